# String indexing and slicing with steps.
s = "Hello, World"
print(s[0], s[-1], s[7])
print(s[0:5], s[7:], s[:5], s[-5:])
print(s[::2], s[1::2], s[::-1])
print(s[10:2:-2], s[-1:-6:-1])
print(s[100:], s[-100:3], s[5:2])
print(s[:], s[::1] == s)
print(s[2:-2], s[-3:-1])
print(len(s), len(s[3:8]))
for i in range(0, len(s), 4):
    print(i, s[i:i + 4])
word = "racecar"
print(word == word[::-1])
print("abcdef"[::3], "abcdef"[1:5:2], "abcdef"[5:0:-2])
print("x"[0], "xy"[-2])
