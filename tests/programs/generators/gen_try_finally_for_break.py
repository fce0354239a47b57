# Tests that a generator's finally runs when the consumer breaks and the generator is closed
def numbers():
    try:
        for i in range(100):
            print("producing", i)
            yield i
    finally:
        print("numbers finally")

g = numbers()
for v in g:
    if v == 2:
        print("breaking")
        break
g.close()
print("after explicit close")

def with_except():
    try:
        yield "a"
        raise ValueError("inside")
    except ValueError as e:
        print("gen caught", e)
        yield "b"
    finally:
        print("with_except finally")

print(list(with_except()))
