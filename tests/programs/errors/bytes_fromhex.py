# bytes.fromhex stops at the first character that is not a hex digit
print(bytes.fromhex("cafe babe"))
print(bytes.fromhex("cafe bab"))
