# bytes are hashable but bytearrays are not: TypeError: unhashable type: 'bytearray'
seen = {b"a", b"b"}
print(sorted(seen))
seen.add(bytes(bytearray(b"c")))
print(len(seen))
seen.add(bytearray(b"d"))
