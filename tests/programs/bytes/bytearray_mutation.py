# Tests bytearray mutation: append, extend, item and slice assignment, del, pop, insert
ba = bytearray(b"abc")
print(ba)
ba.append(100)
print(ba)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba[0] = 65
print(ba, ba[0])
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
ba.insert(0, 33)
print(ba)
ba.remove(88)
print(ba, len(ba))
ba[-1] = 0
print(ba)
ba += b"++"
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
