import mod_sizes

print(mod_sizes.size("abc"), mod_sizes.biggest([3, 9, 2]))


def fake_len(x):
    return 99


mod_sizes.len = fake_len
print(mod_sizes.size("abc"))
print(len("abc"))
mod_sizes.max = min
print(mod_sizes.biggest([3, 9, 2]))
