# Character statistics over a paragraph.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
vowels = 0
consonants = 0
spaces = 0
other = 0
for ch in text:
    if ch.lower() in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
    elif ch == " ":
        spaces += 1
    else:
        other += 1
print(vowels, consonants, spaces, other, len(text))
lines = text.split("\n")
for i, line in enumerate(lines):
    print(i, len(line), line.count("it"), line.lower().count("it"), line[:12] + "...")
upper_initials = ""
for word in text.split():
    upper_initials += word[0].upper()
print(upper_initials)
print(text.replace("\n", " ").replace(",", "").split(" ")[-3:])
