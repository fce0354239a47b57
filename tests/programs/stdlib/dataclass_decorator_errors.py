from dataclasses import dataclass, field


def attempt(make):
    try:
        cls = make()
        print("made", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int

    return A


def mutable():
    @dataclass
    class B:
        items: list = []

    return B


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int

    return C


def field_without_annotation():
    @dataclass
    class D:
        x: int
        y = field(default=2)

    return D


def overwrite_order():
    @dataclass(order=True)
    class E:
        x: int

        def __lt__(self, other):
            return True

    return E


def frozen_from_plain():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class F(Base):
        y: int

    return F


for maker in [non_default, mutable, order_without_eq, field_without_annotation, overwrite_order, frozen_from_plain]:
    attempt(maker)
