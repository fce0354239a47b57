# Arbitrary expressions inside f-strings: calls, indexing, slices, arithmetic.
def square(n):
    return n * n

nums = [3, 1, 4, 1, 5, 9, 2, 6]
word = "interpolation"
print(f"{square(7)} {square(square(2))}")
print(f"{nums[0]} {nums[-1]} {nums[2:5]} {nums[::-1]}")
print(f"{word[0].upper() + word[1:]} {word[::2]} {len(word)}")
print(f"{sum(nums)} {max(nums)} {min(nums)} {sorted(nums)}")
print(f"{sum(nums) / len(nums):.3f}")
print(f"{'yes' if 9 in nums else 'no'} {nums.count(1)}")
print(f"{2 ** 64} {-7 // 2} {-7 % 2} {7 / 2}")
print(f"{not nums} {nums and 'nonempty'}")
print(f"{word.find('pol')} {word.replace('o', '0')}")
total = 0
for i in range(3):
    total += i
    print(f"step {i}: total={total:>3} {'*' * total}")
