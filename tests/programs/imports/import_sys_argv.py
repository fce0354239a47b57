import sys
import mod_sysuser

print(len(sys.argv))
print(sys.argv[0].replace("\\", "/").split("/")[-1])
print(mod_sysuser.arg_count())
print(mod_sysuser.script_name())
print(mod_sysuser.sys is sys)
print(type(sys.argv).__name__)
print(sys.maxsize > 2 ** 31)
