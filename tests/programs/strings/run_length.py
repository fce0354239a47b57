# Run-length encoding and decoding.
def encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(str(count) + prev)
            prev = ch
            count = 1
    out.append(str(count) + prev)
    return "".join(out)

def decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
print(decode("3x2y10z"))
