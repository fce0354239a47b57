def count(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    freq = {}
    for i in range(n):
        w = words[i % 8] + str(i % 1000)
        freq[w] = freq.get(w, 0) + 1
    best = 0
    for k, v in freq.items():
        if v > best:
            best = v
    return len(freq), best


print(count(1000000))
