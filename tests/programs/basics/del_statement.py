# del of names, subscripts and slices.
x = 5
print(x)
del x
x = "rebound"
print(x)
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
nested = [[1, 2, 3], [4, 5]]
del nested[0][1]
print(nested)
a = b = [1, 2]
del a
print(b)
lst2 = [1, 2, 3]
del lst2[:]
print(lst2, len(lst2))
