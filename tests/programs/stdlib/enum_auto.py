from enum import Enum, IntEnum, auto


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()


print(list(Weekday))


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()
    D = auto()


print([(m.name, m.value) for m in Mixed])


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Level), Level.HIGH + 0, Level.MID > Level.LOW)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named.SOUTH.value)
