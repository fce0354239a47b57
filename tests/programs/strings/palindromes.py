# String processing: palindromes and normalisation.
def normalize(s):
    out = ""
    for ch in s.lower():
        if ch.isalnum():
            out += ch
    return out

def is_palindrome(s):
    t = normalize(s)
    return t == t[::-1]

tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "12321", "12 3 4"]
for t in tests:
    print(repr(t), normalize(t), is_palindrome(t))

def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if len(sub) > len(best) and sub == sub[::-1]:
                best = sub
    return best

print(longest_palindrome("forgeeksskeegfor"))
print(longest_palindrome("abacdfgdcaba"))
