# ord/chr across the planes, surrogate-free astral characters.
for ch in ["a", "é", "Ω", "€", "中", "😀", "🚀", "🧑", "\U0010FFFF"[0]]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch, len(ch))
print(chr(0x1F600), chr(0x1F680), chr(0x4E2D), chr(0x20AC))
smiles = ""
for cp in range(0x1F600, 0x1F60A):
    smiles += chr(cp)
print(smiles, len(smiles), smiles[3], smiles[::-1])
print(ord(max("a😀z")), min("😀é"), sorted("z😀aé"))
print("😀" > "z", "é" > "e", "Z" < "é")
codes = []
for ch in "Öl 🛢":
    codes.append(ord(ch))
print(codes)
