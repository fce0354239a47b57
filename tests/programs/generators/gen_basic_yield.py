# Tests a simple generator function consumed by a for loop
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count_up(5):
    print("got", v)

def letters():
    yield "a"
    yield "b"
    yield "c"

for ch in letters():
    print(ch, end=" ")
print()
print("empty loop start")
for v in count_up(0):
    print("never", v)
print("empty loop end")
