# Tests an iterable whose __iter__ returns a fresh iterator object, so it can be iterated many times.
class Team:
    def __init__(self, members):
        self.members = members

    def __iter__(self):
        return TeamIterator(self.members)


class TeamIterator:
    def __init__(self, members):
        self.members = members
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.members):
            raise StopIteration
        m = self.members[self.i]
        self.i += 1
        return m.upper()


t = Team(["ann", "bob", "cy"])
print(list(t))
print(list(t))
for a in t:
    for b in t:
        if a < b:
            print(a, b)
it1 = iter(t)
it2 = iter(t)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1 is it2)
print(tuple(t), "BOB" in t, "bob" in t)
