# Tests __getitem__, __setitem__, __delitem__ on a dict-like class with a default value.
class DefaultMap:
    def __init__(self, default):
        self.default = default
        self.data = {}

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        return self.default

    def __setitem__(self, key, value):
        print(f"set {key!r} = {value!r}")
        self.data[key] = value

    def __delitem__(self, key):
        print(f"del {key!r}")
        if key in self.data:
            del self.data[key]

    def __len__(self):
        return len(self.data)


m = DefaultMap(0)
m["a"] = 1
m["b"] = 2
print(m["a"], m["b"], m["zzz"])
m["a"] += 10
print(m["a"])
del m["b"]
del m["nothing"]
print(m.data, len(m))
m[(1, 2)] = "tuple key"
print(m[(1, 2)], m[1, 2])
