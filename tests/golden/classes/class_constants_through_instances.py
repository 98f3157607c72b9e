"""Class-level constants of every kind read through instances, in a loop (as a site sees them
again and again), while the class, a subclass or the instance changes them."""


class Config:
    name = 'default'
    blob = b'\x00\x01'
    big = 2 ** 100
    ratio = 0.5
    z = 1 + 2j
    flag = True
    nothing = None
    marker = ...
    items = (1, 2)
    count = 3


class Child(Config):
    name = 'child'


def read(o):
    return (o.name, o.blob, o.big, o.ratio, o.z, o.flag, o.nothing, o.marker, o.items, o.count)


c, k = Config(), Child()
seen = []
for step in range(8):
    seen.append((read(c), read(k)))
    if step == 1:
        Config.name = 'renamed'
    elif step == 2:
        c.name = 'own'          # the instance shadows the class constant
    elif step == 3:
        del c.name              # and stops shadowing it
    elif step == 4:
        Config.big = -1
        Config.blob = b'new'
    elif step == 5:
        del Child.name          # the subclass now inherits the renamed constant
    elif step == 6:
        Config.name = property(lambda self: 'from property')
for i, (a, b) in enumerate(seen):
    print(i, a[:2], a[2], a[3:], '|', b[0], b[2])

class Slotted:
    __slots__ = ('x',)
    tag = 'slotted'
s = Slotted()
print([s.tag for _ in range(3)])
Slotted.tag = 'changed'
print([s.tag for _ in range(2)])
try:
    s.tag = 'mine'
except AttributeError as e:
    print('AttributeError:', e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    label = 'meta'


w = WithMeta()
print([w.label for _ in range(2)])
WithMeta.label = 'meta2'
print([w.label for _ in range(2)])


class Dyn:
    kind = 'plain'

    def __getattribute__(self, name):
        if name == 'kind':
            return 'intercepted'
        return object.__getattribute__(self, name)


d = Dyn()
print([d.kind for _ in range(2)])
