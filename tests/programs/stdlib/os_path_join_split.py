import os.path

print(os.path.join("a", "b", "c"), os.path.join("/usr", "lib"), os.path.join("a/", "b"))
print(os.path.join("a", "/abs", "c"), os.path.join("", "x"), os.path.join("x", ""), repr(os.path.join("")))
print(os.path.join("a", "", "b"), os.path.join("/", "etc", "passwd"), os.path.join("a//", "b//"))
for p in ["/usr/lib/python3.11", "file.txt", "/", "dir/", "a/b/", "", "//x", "/a//b", "../up"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.split(p))
for p in ["a.py", "archive.tar.gz", ".bashrc", "noext", "dir.d/file", "/x/y.", "a..b", "...", "dir/.hidden.txt"]:
    print(repr(p), os.path.splitext(p))
root, ext = os.path.splitext("report.final.PDF")
print(root, ext, ext.lower() == ".pdf")
