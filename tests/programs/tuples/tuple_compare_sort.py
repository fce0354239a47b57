# Lexicographic tuple ordering drives multi-key sorting.
people = [("smith", "john", 40), ("doe", "jane", 31), ("smith", "anna", 28), ("doe", "adam", 31), ("brown", "zoe", 50)]
for p in sorted(people):
    print(p)
def key_age_name(p):
    return (p[2], p[0], p[1])
for p in sorted(people, key=key_age_name):
    print(p[2], p[0], p[1])
print(max(people), min(people))
print((1, "a") < (1, "b"), (2,) > (1, 99), (1, 2, 3) == (1, 2, 3))
print((0.5, 1) < (0.5, 2), (True, 0) == (1, False))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")], reverse=True))
