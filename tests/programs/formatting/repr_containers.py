# repr/str of nested containers mixing all basic types.
data = [1, -2.5, "s", 'q"', "it's", None, True, [], (), {}, [1, [2, [3]]], (4,), {"k": [5, (6, 7)]}]
print(data)
print(str(data) == repr(data))
print(tuple(data[:4]))
print({1: "one", "two": 2, (3, 4): [5], 2.5: None, True: False})
print([[]] * 3, [()] * 2)
print(repr("x"), repr(["x"]), str(["x"]))
print({"nested": {"deeper": {"deepest": [1.0, 2.0]}}})
print((1, (2, (3, ()))))
print(["line\nbreak", "tab\t"])
print("%s | %r" % (data[2], data[2]))
