# Tests simple container classes (Stack and Queue) wrapping lists with methods.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def empty(self):
        return len(self.items) == 0


class Queue:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    def get(self):
        return self.items.pop(0)

    def size(self):
        return len(self.items)


s = Stack()
for ch in "abc":
    s.push(ch)
print(s.peek(), s.empty())
out = ""
while not s.empty():
    out += s.pop()
print(out, s.empty())
q = Queue()
for n in [5, 6, 7]:
    q.put(n)
print(q.get(), q.size(), q.get(), q.get(), q.size())
