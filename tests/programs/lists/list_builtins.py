# Builtins applied to lists.
nums = [4, -2, 7, 0, 7, 3]
print(len(nums), sum(nums), min(nums), max(nums))
print(sorted(nums), list(reversed(nums)), nums)
print(any(nums), all(nums), any([]), all([]), any([0, "", None]), all([1, "x"]))
for i, v in enumerate(nums):
    if v == 7:
        print("seven at", i)
for i, v in enumerate(nums, 1):
    print(i, v, end="; ")
print()
names = ["a", "b", "c"]
for n, v in zip(names, nums):
    print(n, v)
print(list(zip(names, nums)), list(enumerate("xy")))
print(list(zip([1, 2, 3], "ab", [True, False, None])))
it = iter(nums)
print(next(it), next(it), list(it))
print(isinstance(nums, list), isinstance(nums, (tuple, dict)), type(nums).__name__)
print(str(nums), repr([]))
