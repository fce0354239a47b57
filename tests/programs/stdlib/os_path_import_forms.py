import os
import os.path
import os.path as osp
from os import path, sep
from os.path import join, splitext as split_ext
from io import StringIO
import io as iomod

print(osp.join("a", "b"), path.basename("/x/y.z"), join("p", "q"), split_ext("f.tar.gz"))
print(os.path is osp, path is os.path, sep == os.sep, osp.__name__)
buf = StringIO("abc")
print(buf.read(2), isinstance(buf, iomod.StringIO), type(buf).__name__)
print(os.path.exists(__file__), osp.isfile("os_path_import_forms.py"))
