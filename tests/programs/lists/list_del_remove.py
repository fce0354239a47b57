# Removing elements while keeping track of indices.
nums = list(range(20))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
evens = []
for n in nums:
    if n % 2 == 0:
        evens.append(n)
for e in evens:
    nums.remove(e)
print(nums, evens)
del nums[1:-1:2]
print(nums)
stack = [1, 2, 3]
while stack:
    print("popped", stack.pop())
print(stack)
dedup = []
for ch in "mississippi":
    if ch not in dedup:
        dedup.append(ch)
print(dedup)
letters = list("abcdefgh")
del letters[::3]
print(letters)
