import os
import os.path

me = "os_path_file_queries.py"
print(os.path.exists(me), os.path.isfile(me), os.path.isdir(me))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."))
print(os.path.exists(".."), os.path.isdir(".."), os.path.isdir(os.curdir))
print(os.path.exists("no_such_file_here.txt"), os.path.isfile("no_such_file_here.txt"), os.path.isdir("nope/"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.exists(""), os.path.isfile(""))
print(os.path.exists(os.devnull), os.path.isfile(os.devnull))
size = os.path.getsize(me)
print(type(size).__name__, size > 200, size == os.path.getsize(os.path.abspath(me)))
print(os.path.exists(os.path.join("..", "stdlib", me)) == os.path.exists(os.path.join("..", os.path.basename(os.getcwd()), me)))
try:
    os.path.getsize("no_such_file_here.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
try:
    os.path.getsize("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
