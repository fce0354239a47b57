import os
import os.path

for p in ["a/b/../c", "./a/./b", "a//b///c", "/../x", "../../a/b", "a/..", ".", "", "/", "//a/b",
          "///a", "a/b/c/../../d", "/a/b/../../..", "x/./../y/", "..", "./..", "a/../../b"]:
    print(repr(p), repr(os.path.normpath(p)))
for p in ["/abs", "rel", "", "./x", "//net", "~/home"]:
    print(repr(p), os.path.isabs(p))
here = os.getcwd()
print(os.path.abspath("x.txt") == os.path.join(here, "x.txt"))
print(os.path.abspath(".") == here, os.path.abspath("a/../b") == os.path.join(here, "b"))
print(os.path.abspath("/tmp/../etc"), os.path.isabs(os.path.abspath("q")))
print(os.path.expanduser("no/tilde"), os.path.expanduser("~") == os.path.expanduser("~/"[:-1]))
print(os.path.isabs(os.path.expanduser("~/x")) or os.path.expanduser("~/x") == "~/x")
