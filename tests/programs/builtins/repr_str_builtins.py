# repr() and str() of all basic types, including nesting.
things = [0, -5, 2 ** 100, 1.0, -2.5e-7, float("inf"), "s", "it's", "", None, True, [], [1, "a"], (), (1,), {}, {"k": [1.5]}]
for t in things:
    print(repr(t), "|", str(t))
print(repr(repr("x")), str(repr("x")))
print(len(repr("é")), len(ascii("é")))
print(ascii(["é", "x", 1]), ascii({"ü": "ß"}))
nested = [things[6], [things[7], (things[9],)]]
print(nested)
print(str(nested) == repr(nested))
print(repr(1.0) + str(2) + repr("3"))
