# Towers of Hanoi: print the moves for 4 disks, count for more.
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
for disk, src, dst in moves:
    print("move disk", disk, "from", src, "to", dst)
print(len(moves))

def count_moves(n):
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1

print(count_moves(10), count_moves(64))
