# bytes() of a str without the codec name is a TypeError: string argument without an encoding
print(bytes("abc", "ascii"))
print(bytearray("abc", encoding="utf-8"))
print(bytes("abc"))
