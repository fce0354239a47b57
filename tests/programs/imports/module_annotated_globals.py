import mod_annot

print(mod_annot.count, mod_annot.ratio)
print(hasattr(mod_annot, "name"))
try:
    print(mod_annot.name)
except AttributeError as e:
    print("AttributeError:", e)
print(mod_annot.Box.size, hasattr(mod_annot.Box, "label"))
mod_annot.count += 1
mod_annot.name = "set later"
print(mod_annot.count, mod_annot.name)
