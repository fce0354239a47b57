# N-queens solutions counted by backtracking; one board printed.
def solve(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        solutions.append(placement[:])
        return
    for c in range(n):
        if c in cols or (row - c) in diag1 or (row + c) in diag2:
            continue
        cols.append(c)
        diag1.append(row - c)
        diag2.append(row + c)
        placement.append(c)
        solve(n, row + 1, cols, diag1, diag2, placement, solutions)
        cols.pop()
        diag1.pop()
        diag2.pop()
        placement.pop()

for n in range(1, 8):
    sols = []
    solve(n, 0, [], [], [], [], sols)
    print(n, len(sols))
sols = []
solve(6, 0, [], [], [], [], sols)
for c in sols[0]:
    print("." * c + "Q" + "." * (6 - c - 1))
