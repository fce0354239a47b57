# Tests recursive generators walking a tree with 'yield from'
tree = ("root", [
    ("a", [("a1", []), ("a2", [("a2x", [])])]),
    ("b", []),
    ("c", [("c1", [])]),
])

def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from preorder(child, depth + 1)

for depth, name in preorder(tree):
    print("  " * depth + name)

def postorder(node):
    name, children = node
    for child in children:
        yield from postorder(child)
    yield name

print(list(postorder(tree)))

def leaves(node):
    name, children = node
    if not children:
        yield name
    for c in children:
        yield from leaves(c)

print(list(leaves(tree)))
