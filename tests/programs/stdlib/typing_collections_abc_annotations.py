from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence


def squares(xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        yield x * x


def total(m: Mapping[str, float]) -> float:
    return sum(m.values())


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return f(g(x))
    return h


def middle(s: Sequence[str]) -> str:
    return s[len(s) // 2]


print(list(squares(range(5))), list(squares([])))
print(total({"a": 1.5, "b": 2.25}), total({}))
print(compose(lambda x: x + 1, lambda x: x * 2)(10))
print(middle(["x", "y", "z"]), middle("hello"), middle(("p", "q")))
print(Iterable[int], Callable[[int], str])
