# Caesar cipher: encode/decode with modular arithmetic on ord/chr.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch

def caesar(text, k):
    out = []
    for ch in text:
        out.append(shift_char(ch, k))
    return "".join(out)

msg = "Attack at Dawn! Zebras & xylophones."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg)
for k in [1, 13, 25, -1]:
    print(k, caesar("abcxyz", k))
print(caesar(caesar("Round Trip", 13), 13))
