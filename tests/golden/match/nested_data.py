# Deeply nested patterns over an event log.
events = [
    ("click", {"pos": (10, 20), "button": "left"}),
    ("click", {"pos": (0, 0), "button": "right"}),
    ("key", {"key": "q", "mods": ["ctrl"]}),
    ("key", {"key": "a", "mods": []}),
    ("scroll", {"delta": -3}),
    ("resize", {"size": [800, 600]}),
    ("resize", {"size": [0, 600]}),
    ("unknown",),
]

for event in events:
    match event:
        case ("click", {"pos": (0, 0)}):
            print("click at the origin")
        case ("click", {"pos": (x, y), "button": "left" | "middle" as b}):
            print(f"{b} click at {x},{y}")
        case ("key", {"key": k, "mods": ["ctrl", *_]}):
            print(f"ctrl+{k}")
        case ("key", {"key": str(k)}):
            print(f"key {k}")
        case ("scroll", {"delta": int(d)}) if d < 0:
            print(f"scroll up {-d}")
        case ("resize", {"size": [w, h]}) if w and h:
            print(f"resize to {w}x{h}")
        case (name, *_):
            print(f"ignored {name}")
