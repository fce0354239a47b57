# Creating exception objects without raising, and inspecting them.
e1 = ValueError("bad", 42)
e2 = KeyError("key")
e3 = Exception()
e4 = RuntimeError("single")
for e in [e1, e2, e3, e4]:
    print(type(e).__name__, repr(e), str(e), e.args, len(e.args))
print(isinstance(e1, Exception), isinstance(e2, LookupError), isinstance(e3, ValueError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(IndexError(), LookupError))
print(isinstance(RecursionError(), RuntimeError), isinstance(UnboundLocalError(), NameError))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for err in errors:
    try:
        raise err
    except LookupError as caught:
        print("lookup", repr(caught), caught is err)
    except Exception as caught:
        print("other", repr(caught), caught is err)
print(repr(KeyError("it's")), str(KeyError("it's")), str(KeyError(1, 2)))
print(str(ValueError()), repr(ValueError()), repr(ValueError("")))
