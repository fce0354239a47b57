def f(xs):
    for x in xs:
        try:
            if x == 0:
                return "zero"
            r = 10 // x
        except ZeroDivisionError as e:
            print("never", e)
            break
        except (ValueError, TypeError):
            raise
        else:
            print(r)
        finally:
            print("done", x)
    return None


f([5, 0])
