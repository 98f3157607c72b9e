# Dotted names are value patterns compared with ==; bare names capture.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Config:
    DEBUG = "debug"
    QUIET = "quiet"

    class Levels:
        HIGH = 3


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE:
            return "go"
        case Config.DEBUG:
            return "debugging"
        case Config.Levels.HIGH:
            return "high"
        case _:
            return "?"


for c in [Color.RED, Color.GREEN, Color.BLUE, "debug", 3, 1]:
    print(c, paint(c))

RED = "not a value pattern"
match "anything":
    case RED:
        print("a bare name captures:", RED)
