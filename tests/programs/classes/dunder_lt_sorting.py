# Tests sorting, min and max of user objects using only __lt__, plus key= with a top-level function.
class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"{self.name}:{self.score}"


def by_name(p):
    return p.name


ps = [Player("cy", 30), Player("al", 50), Player("bo", 10), Player("di", 30)]
print(sorted(ps))
print(sorted(ps, reverse=True))
print(min(ps), max(ps))
print(sorted(ps, key=by_name))
ps.sort()
print(ps)
print(ps[0] < ps[1], ps[3] > ps[0])
print(list(reversed(ps)))
