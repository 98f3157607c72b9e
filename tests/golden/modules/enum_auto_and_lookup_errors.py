from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

print([(s.name, s.value) for s in State])
try:
    State(10)
except ValueError as e:
    print("ValueError:", e)
try:
    State["NOPE"]
except KeyError as e:
    print("KeyError:", e)
