# A binary search tree built from dicts with recursive insert and traversals.
def insert(node, key):
    if node is None:
        return {"key": key, "left": None, "right": None}
    if key < node["key"]:
        node["left"] = insert(node["left"], key)
    elif key > node["key"]:
        node["right"] = insert(node["right"], key)
    return node

def inorder(node, out):
    if node is not None:
        inorder(node["left"], out)
        out.append(node["key"])
        inorder(node["right"], out)
    return out

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node["left"]), height(node["right"]))

def contains(node, key):
    if node is None:
        return False
    if key == node["key"]:
        return True
    return contains(node["left"] if key < node["key"] else node["right"], key)

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root = insert(root, k)
print(inorder(root, []))
print(height(root))
print(contains(root, 45), contains(root, 55))
chain = None
for k in range(300):
    chain = insert(chain, k)
print(height(chain), len(inorder(chain, [])))
