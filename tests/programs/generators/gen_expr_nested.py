# Tests nested generator expressions and multiple for/if clauses
pairs = ((i, j) for i in range(3) for j in range(3) if i != j)
print(list(pairs))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (x for row in matrix for x in row)
print(list(flat))
print(sum(sum(x for x in row) for row in matrix))

row_sums = list(sum(row) for row in matrix)
print(row_sums)

evens_of_squares = (y for y in (x * x for x in range(10)) if y % 2 == 0)
print(list(evens_of_squares))

diag = [matrix[i][i] for i in range(3)]
print(diag, list(m for m in (row[::-1] for row in matrix)))
