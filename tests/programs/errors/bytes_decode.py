# Decoding invalid UTF-8 without an error handler raises UnicodeDecodeError
raw = "naïve".encode("latin-1")
print(raw, raw.decode("latin-1"))
print(raw.decode("utf-8", "replace"))
print(raw.decode())
