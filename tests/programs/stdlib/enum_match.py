from enum import Enum, IntEnum


class Cmd(Enum):
    START = "start"
    STOP = "stop"
    PAUSE = "pause"


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


def handle(c):
    match c:
        case Cmd.START:
            return "starting"
        case Cmd.STOP | Cmd.PAUSE:
            return "halting " + c.value
        case Code.OK:
            return "ok"
        case 404:
            return "missing"
        case _:
            return "?"


for c in [Cmd.START, Cmd.STOP, Cmd.PAUSE, Code.OK, Code.NOT_FOUND, 5]:
    print(handle(c))
print([handle(Cmd(v)) for v in ["pause", "start"]])
