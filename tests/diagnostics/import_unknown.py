import tkinter
print(tkinter.getcwd())
