# sort/sorted with key functions and reverse; stability.
def length(s):
    return len(s)

records = [("alice", 30, 88.5), ("bob", 25, 92.0), ("carol", 35, 88.5), ("dave", 25, 75.0), ("eve", 30, 92.0)]

def by_age(r):
    return r[1]

def by_score(r):
    return r[2]

def by_score_then_name(r):
    return (-r[2], r[0])

def name_len(r):
    return len(r[0])

print(sorted(records, key=by_age))
print(sorted(records, key=by_score, reverse=True))
print(sorted(records, key=by_score_then_name))
print(sorted(records, key=name_len))
print(sorted(records, key=name_len, reverse=True))
words = ["pear", "Fig", "apple", "banana", "kiwi", "Date"]

def lower(s):
    return s.lower()

words.sort(key=lower)
print(words)
words.sort(key=length)
print(words)
words.sort()
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((9, 7, 8)))
print(sorted({"b": 1, "a": 2}))
