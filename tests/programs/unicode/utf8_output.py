# Printing non-ASCII text of many scripts exactly.
greetings = {
    "English": "Hello",
    "Français": "Bonjour",
    "Deutsch": "Grüß Gott",
    "Ελληνικά": "Γειά σου",
    "Русский": "Привет",
    "日本語": "こんにちは",
    "한국어": "안녕하세요",
    "العربية": "مرحبا",
    "עברית": "שלום",
    "हिन्दी": "नमस्ते",
    "Emoji": "👋🌍",
}
for lang, text in greetings.items():
    print(f"{lang}: {text} ({len(text)} code points)")
print("combining: e\u0301 a\u0308 n\u0303")
print("zwj family: 👨\u200d👩\u200d👧", len("👨\u200d👩\u200d👧"))
print("flags: 🇯🇵🇫🇷", len("🇯🇵🇫🇷"))
print("math: ∑ ∫ √ ∞ ≠ ≤ ≥ π")
