# Equality vs identity for lists, and mutation visibility through aliases.
def append_to(lst, item):
    lst.append(item)
    return lst

def rebind(lst):
    lst = [0]
    return lst

a = [1, 2]
b = append_to(a, 3)
print(a, b, a is b)
c = rebind(a)
print(a, c, a is c)
x = [[1, 2]] * 2
print(x[0] is x[1])
x[0].append(3)
print(x)
y = [[1, 2], [1, 2]]
print(y[0] is y[1], y[0] == y[1])
z = y[:]
print(z is y, z[0] is y[0])
nested = [1, [2, [3, [4]]]]
copy = nested.copy()
copy[1][1][0] = "changed"
print(nested)
print([] == [], len([]) == 0)
