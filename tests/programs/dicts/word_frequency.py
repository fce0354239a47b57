# Word frequency counting with a dict, sorted by count then word.
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs. A quick brown dog? No -- a lazy fox! The end."""
counts = {}
for raw in text.split():
    word = ""
    for ch in raw.lower():
        if ch.isalpha():
            word += ch
    if word:
        counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")

def count_then_word(item):
    return (-item[1], item[0])

for word, n in sorted(counts.items(), key=count_then_word)[:8]:
    print(f"{word:<8}{n:>3} {'#' * n}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
