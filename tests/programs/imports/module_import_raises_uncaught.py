print("main: before import")
import mod_broken
print("main: unreachable")
