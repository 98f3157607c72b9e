# A text adventure's command parser, the PEP 636 tutorial way.
inventory = []
room = "hall"


def handle(command):
    global room
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are in the {room}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            room = f"{direction} room"
            return f"you walk {direction}"
        case ["go", other]:
            return f"you cannot go {other}"
        case ["get", obj] if obj not in inventory:
            inventory.append(obj)
            return f"taken: {obj}"
        case ["get", obj]:
            return f"you already have the {obj}"
        case ["drop", *objects] if objects:
            dropped = [o for o in objects if o in inventory]
            for o in dropped:
                inventory.remove(o)
            return f"dropped {dropped}"
        case ["quit" | "exit" | "bye"]:
            return "goodbye"
        case [verb, *rest]:
            return f"unknown verb {verb!r} with {len(rest)} argument(s)"


for line in [
    "",
    "look",
    "go north",
    "look",
    "go up",
    "get lamp",
    "get lamp",
    "get key",
    "drop lamp sword",
    "drop",
    "dance wildly now",
    "bye",
]:
    print(f"> {line!r:20} {handle(line)}")
print(inventory, room)
