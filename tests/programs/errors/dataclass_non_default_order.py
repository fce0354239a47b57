from dataclasses import dataclass

print("defining")


@dataclass
class Bad:
    a: int = 1
    b: str
