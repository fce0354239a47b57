import mod_script

print(mod_script.helper())
print(mod_script.main())
if __name__ == "__main__":
    print("main guard in program")
