# Tests list comprehensions with multiple for clauses and ifs between them.
print([(i, j) for i in range(3) for j in range(2)])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print([c + d for c in "ab" for d in "xyz"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([x for row in matrix if row[0] > 1 for x in row if x % 2 == 1])
# later clause depends on earlier variable
print([(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
