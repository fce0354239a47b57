# chr, ord, hex, bin, oct round trips.
for ch in ["A", "z", "0", " ", "~", "é", "€", "😀", "\n"]:
    code = ord(ch)
    print(repr(ch), code, hex(code), bin(code), oct(code), chr(code) == ch)
alphabet = ""
for code in range(ord("a"), ord("z") + 1):
    alphabet += chr(code)
print(alphabet)
print(chr(0x1F600), chr(955), chr(65) + chr(66), ord(chr(1114111)))
print(hex(0), hex(-1), bin(0), oct(-8), hex(2 ** 64))
print(int(hex(48879), 16), int(bin(10), 2), int(oct(511), 8))
