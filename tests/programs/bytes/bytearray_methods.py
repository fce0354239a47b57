# bytearray's mutating methods: append, extend, insert, pop, remove, reverse, clear, copy
ba = bytearray()
ba.append(104)
ba.extend(b"ell")
ba.extend([111, 32])
ba.extend(bytearray(b"!"))
ba.extend(x for x in b"?")
ba.insert(0, 62)
ba.insert(-1, 46)
ba.insert(100, 10)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(108)
print(ba)
c = ba.copy()
ba.reverse()
print(ba, c, c == ba, c is ba)
ba.clear()
print(ba, c)
c *= 2
print(c)
c += b"|" + bytearray(b"|")
print(c)
for op in (lambda: bytearray().pop(), lambda: c.pop(99), lambda: c.remove(0), lambda: c.remove(256),
           lambda: c.append(-1), lambda: c.append("x"), lambda: c.extend(5), lambda: c.extend([1, 256]),
           lambda: c.insert(0, 999), lambda: c.reverse(1)):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(c)
