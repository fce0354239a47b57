from typing import List, Optional


class A:
    pass


print(int | None, None | str, int | str | int, A | None)
print(list[int], dict[str, list[int]], tuple[int, str], set[A])
print(Optional[int], List[int])
alias = list[int] | None
print(alias)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)


def f(x: int | None = None) -> list[str] | None:
    return None if x is None else [str(x)]


print(f(), f(3))


from typing import Callable, Tuple


class Ann:
    t: Tuple[int, ...]
    u: tuple[str, ...] = ()
    c: Callable[..., int] = None


print(Ann.__annotations__)
