# Tests 'as' patterns binding a whole sub-match while also matching its structure
def inspect(v):
    match v:
        case [(0 | 1) as bit, *rest] as whole:
            return f"starts with bit {bit}, rest {rest}, whole {whole}"
        case {"id": (int() as ident)} as record:
            return f"record {record} has int id {ident}"
        case (str() | bytes()) as text:
            return f"text-like {text!r}"
        case [[a, b] as inner, c]:
            return f"inner pair {inner} then {c}, a+b={a + b}"
        case _ as anything:
            return f"fallback {anything!r}"

print(inspect([1, 5, 6]))
print(inspect([0]))
print(inspect({"id": 42, "name": "x"}))
print(inspect({"id": "42"}))
print(inspect("hi"))
print(inspect(b"hi"))
print(inspect([[2, 3], 9]))
print(inspect(3.5))
