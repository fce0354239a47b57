# Tests uncaught TypeError for missing two required __init__ arguments (plural wording with 'and').
class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


p = Pair("l", "r")
print(p.left, p.right)
q = Pair()
