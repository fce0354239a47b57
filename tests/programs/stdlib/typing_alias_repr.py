import typing
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

print(List[int])
print(Dict[str, List[int]])
print(Optional[int])
print(Union[int, str])
print(Tuple[int])
print(Tuple[int, str, float])
print(Callable[[int, str], bool])
print(Iterator[int])
print(List[Optional[str]])
print(Any, typing.List, typing.Dict)
IntList = List[int]
Matrix = List[List[float]]
print(IntList, Matrix)

def scale(m: Matrix, k: float) -> Matrix:
    return [[v * k for v in row] for row in m]

print(scale([[1.0, 2.0], [3.0, 4.0]], 0.5))
print(List[int] == List[int], Optional[int] == Union[int, None])
