from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

def total(xs: List[int]) -> int:
    return sum(xs)

def lookup(d: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return d.get(key, default)

def describe(v: Union[int, str]) -> str:
    return f"{type(v).__name__}:{v}"

def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)

def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i

def anything(x: Any) -> Any:
    return x

counts: Dict[str, int] = {"a": 1, "b": 2}
names: List[str] = []
maybe: Optional[float] = None
print(total([1, 2, 3]), lookup(counts, "b"), lookup(counts, "z"), lookup(counts, "z", 0))
print(describe(5), describe("five"), apply(lambda v: v * 10, 4))
print(list(pairs(4)), anything([None]), names, maybe)

class Stack:
    items: List[int]

    def __init__(self) -> None:
        self.items = []

    def push(self, v: int) -> "Stack":
        self.items.append(v)
        return self

print(Stack().push(1).push(2).items)
