# Tests the walrus operator := driving while loops over a queue and a chunked reader
queue = [5, 3, 8, 0, 7]
pos = 0

def pop_next():
    global pos
    if pos < len(queue):
        pos += 1
        return queue[pos - 1]
    return None

while (item := pop_next()) is not None:
    print("processing", item)
print("queue drained, last item:", item)

data = list(range(11))
def chunks(size):
    start = 0
    def read():
        nonlocal start
        part = data[start:start + size]
        start += size
        return part
    return read

reader = chunks(4)
while chunk := reader():
    print("chunk", chunk)

n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("collatz steps", steps + 1)
