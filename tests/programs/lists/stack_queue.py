# Lists as a stack and as a queue: balanced brackets and BFS.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "a(b)c]"]:
    print(repr(s), balanced(s))

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
queue = [1]
dist = {1: 0}
order = []
while queue:
    node = queue.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in dist:
            dist[nxt] = dist[node] + 1
            queue.append(nxt)
print(order)
print(dist)
