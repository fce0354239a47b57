# reversed() through __reversed__ or __len__/__getitem__, iteration and `in` through __getitem__ alone, and their TypeErrors.
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(reversed(R())), list(reversed(S())), list(S()), 4 in S(), 3 in S(), type(reversed(S())).__name__, type(iter(S())).__name__)
class N: pass
for f in (lambda: reversed(N()), lambda: iter(N()), lambda: 1 in N()):
    try: f()
    except TypeError as e: print(e)
