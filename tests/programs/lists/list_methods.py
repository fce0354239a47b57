# The list methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(5, 2))
b = a.copy()
b.reverse()
print(b, a)
a.clear()
print(a, b)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
r = nums.append(0)
print(r, nums.sort(), nums)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(100)
print(nested, shallow)
x = [1, 2, 3]
x += [4]
x *= 2
print(x, x.count(4))
