# Tests common bytes methods: hex, fromhex, find, count, split, strip, upper, startswith, replace
b = b"Hello, World"
print(b.hex())
print(b"\x00\xff\x10".hex())
print(bytes.fromhex("48 65 6c 6c 6f"))
print(b.upper(), b.lower())
print(b.find(b"o"), b.find(b"z"), b.index(b"W"))
print(b.count(b"l"), b.count(b"o"))
print(b.split(b", "), b"a b  c".split())
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"))
print(b.startswith(b"Hell"), b.endswith(b"d"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum())
print(b"a-b-c".partition(b"-"))
