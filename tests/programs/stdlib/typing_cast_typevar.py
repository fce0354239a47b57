from typing import Generic, List, Optional, Sequence, TypeVar, cast

T = TypeVar("T")
K = TypeVar("K", int, str)

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None

def repeat(x: T, n: int) -> List[T]:
    return [x] * n

print(T, K)
print(first([3, 4]), first("xy"), first([]))
print(repeat("ab", 3), repeat(None, 2))
v = cast(int, "not really an int")
print(v, type(v).__name__)
print(cast(List[int], [1, 2]), cast("str", 5), cast(Optional[str], None))
print(type(T).__name__, T.__name__)
