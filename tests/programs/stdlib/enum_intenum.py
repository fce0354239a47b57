from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW == 1, Priority.HIGH > 7, Priority.LOW < Priority.MEDIUM, 5 == Priority.MEDIUM, 3 < Priority.MEDIUM)
print(Priority.HIGH + 1, Priority.HIGH - Priority.LOW, 2 * Priority.MEDIUM, Priority.HIGH // 3, Priority.HIGH / 4)
print(Priority.HIGH % 3, -Priority.LOW, Priority.MEDIUM ** 2, Priority.HIGH & 2, Priority.LOW | 2)
print(type(Priority.HIGH + 1).__name__, isinstance(Priority.LOW, int), isinstance(Priority.LOW, Priority))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), sum(Priority))
print(int(Priority.HIGH), float(Priority.LOW), bool(Priority.LOW), abs(Priority.MEDIUM))
d = {1: "one", 10: "ten"}
print(d[Priority.LOW], d[Priority.HIGH], Priority.LOW in {1, 2}, hash(Priority.MEDIUM) == hash(5))
print(Priority(5), Priority(10).name, [p.value for p in Priority])
print(Priority.LOW == Priority.LOW, Priority.LOW != 2)
