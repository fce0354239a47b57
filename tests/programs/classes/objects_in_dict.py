# Tests objects as dict values, lookup by key, grouping objects and updating via dict access.
class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
        self.scores = []

    def average(self):
        if len(self.scores) == 0:
            return 0
        return sum(self.scores) / len(self.scores)


roster = {}
for name, grade in [("ann", 9), ("bob", 10), ("cid", 9)]:
    roster[name] = Student(name, grade)
roster["ann"].scores.append(90)
roster["ann"].scores.append(80)
roster["bob"].scores.append(70)
for key in roster:
    s = roster[key]
    print(key, s.grade, s.scores, s.average())
by_grade = {}
for s in roster.values():
    if s.grade not in by_grade:
        by_grade[s.grade] = []
    by_grade[s.grade].append(s.name)
print(by_grade)
print(roster.get("zed") is None, roster.get("cid").name)
del roster["bob"]
print(list(roster.keys()))
