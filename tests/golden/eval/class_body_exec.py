# A table of generated accessors: class bodies build their attributes with exec and eval,
# called by name and through other names.
FIELDS = ["width", "height"]
run = exec
evaluate = eval


class Shape:
    scale = 2
    for _name in FIELDS:
        exec(f"def get_{_name}(self): return self._{_name} * {_name!r}.__len__()")
    area_formula = eval("'width * height'")
    factor = evaluate("scale * 10")
    run("kind = 'shape-' + str(scale)")
    names_seen = eval("sorted([kind, area_formula])")
    exec("del _name")
    exec("temporary = 1")
    exec("del temporary")

    def __init__(self, w, h):
        self._width, self._height = w, h


s = Shape(3, 4)
print(s.get_width(), s.get_height(), Shape.area_formula, Shape.factor, Shape.kind)
print(Shape.names_seen)
print(hasattr(Shape, "_name"), hasattr(Shape, "temporary"))


class Registry:
    items = {}
    run("items['a'] = 1")
    exec("count = len(items)", globals(), {"items": {"x": 1, "y": 2}})
    exec("total = 5")


print(Registry.items, hasattr(Registry, "count"), Registry.total)
