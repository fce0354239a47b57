# Greedy word wrapping and text justification.
def length(s):
    return len(s)

text = ("Python is a high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of "
        "significant indentation.")

def wrap(text, width):
    lines = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines

for width in [20, 35]:
    print("width", width)
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|")
lines = wrap(text, 30)
print(len(lines), max(lines, key=length))
print("\n".join(wrap("short", 10)))
