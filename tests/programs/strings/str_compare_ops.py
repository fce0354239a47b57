# String comparison, ord ordering, min/max/sorted of strings.
def length(s):
    return len(s)

words = ["banana", "Apple", "cherry", "apple", "Banana", "", "b"]
print(sorted(words))
print(min(words), max(words))
print("a" < "b", "B" < "a", "abc" < "abcd", "" < "a")
fruit = "apple"
print(fruit == "apple", fruit is not None)
def lower_key(w):
    return w.lower()
print(sorted(words, key=lower_key))
print(sorted(words, key=length))
print(max(words, key=length), min(words, key=length))
print(ord("a"), ord("A"), ord("0"), chr(97), chr(65 + 25))
code = ""
for ch in "Hello":
    code += str(ord(ch)) + " "
print(code.strip())
print("Zebra" < "apple", "zebra" < "apple")
