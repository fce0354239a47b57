# Recursive string functions: reverse, palindromes, binary representation.
def reverse(s):
    if len(s) <= 1:
        return s
    return reverse(s[1:]) + s[0]

def is_pal(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal(s[1:-1])

def to_binary(n):
    if n < 2:
        return str(n)
    return to_binary(n // 2) + str(n % 2)

def count_char(s, ch):
    if not s:
        return 0
    return (1 if s[0] == ch else 0) + count_char(s[1:], ch)

print(reverse("recursion"), reverse(""), reverse("é😀x"))
for w in ["level", "rotor", "python", "", "ab"]:
    print(repr(w), is_pal(w))
for n in [0, 1, 2, 10, 255, 1024, 2 ** 40]:
    print(n, to_binary(n), to_binary(n) == bin(n)[2:])
print(count_char("mississippi", "s"), count_char("a" * 500, "a"))
