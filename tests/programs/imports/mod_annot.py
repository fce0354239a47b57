count: int = 5
name: str
ratio: float = 0.5


class Box:
    size: int = 3
    label: str
