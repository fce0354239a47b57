# Uncaught KeyError with an int key after del.
squares = {}
for i in range(5):
    squares[i] = i * i
print(squares)
del squares[3]
print(squares)
print(squares.pop(4))
print(len(squares))
print(squares[3])
