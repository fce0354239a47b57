# bytes as dict keys and set members; CPython's hash of bytes (hash randomization off)
counts = {}
for word in b"the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(hash(b"abc"), hash(b""), hash(b"abc") == hash(bytes(bytearray(b"abc"))))
s = {b"x", b"y", b"z", b"x", bytes(b"y")}
print(len(s), sorted(s))
print({b"k": 1}[bytes([107])], b"k" in {b"k"}, bytearray(b"k") in {b"k": 1})
fs = frozenset([b"a", b"b"])
print(sorted(fs), {(b"t", 1): "tuple key"}[(b"t", 1)])
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
