# Tests uncaught TypeError for unary minus on a user object without __neg__.
class C:
    def __abs__(self):
        return 7


c = C()
print(abs(c))
print(-abs(c))
print(-c)
