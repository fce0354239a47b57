# Uncaught IndexError on a string index.
word = "short"
print(word[0], word[-1], word[4])
for i in range(3):
    print(i, word[i * 2])
print(word[1:100])
print(word[-5:], word[::-1])
print(len(word))
index = -len(word) - 1
print("index", index)
print(word[index])
