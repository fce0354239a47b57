# Adding a str to bytes is a TypeError: can't concat str to bytes
header = b"GET "
path = "/index.html"
print(header + path.encode())
print(header + path)
