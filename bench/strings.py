def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 97}")
    text = ",".join(parts)
    total = 0
    for piece in text.split(","):
        key, value = piece.split(":")
        total += int(value) + len(key)
    return total


print(build(300000))
