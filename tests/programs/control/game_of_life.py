# Conway's game of life on a small torus.
W = 8
H = 6
board = []
for r in range(H):
    board.append([0] * W)
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    board[r][c] = 1

def show(b):
    for row in b:
        line = ""
        for cell in row:
            line += "#" if cell else "."
        print(line)
    print()

def step(b):
    new = []
    for r in range(H):
        row = []
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += b[(r + dr) % H][(c + dc) % W]
            row.append(1 if n == 3 or (n == 2 and b[r][c]) else 0)
        new.append(row)
    return new

show(board)
for gen in range(4):
    board = step(board)
show(board)
alive = 0
for row in board:
    alive += sum(row)
print("alive", alive)
