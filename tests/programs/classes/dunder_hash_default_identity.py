# Tests that plain objects are hashable by identity and usable as dict keys (distinct instances differ).
class Token:
    def __init__(self, text):
        self.text = text


t1 = Token("a")
t2 = Token("a")
d = {t1: 1, t2: 2}
print(len(d), d[t1], d[t2])
print(hash(t1) == hash(t1), t1 in d, Token("a") in d)
d[t1] = 10
print(d[t1], len(d))
owner = {}
for t in [t1, t2, t1]:
    owner[t] = owner.get(t, 0) + 1
print(owner[t1], owner[t2])
