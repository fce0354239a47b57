# Formatting errors, caught and reported.
def attempt(label, template, args):
    try:
        print(label, template % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("ok", "%s-%s", (1, 2))
attempt("few", "%s %s %s", (1, 2))
attempt("many", "%s", (1, 2))
attempt("nonnum", "%d", "x")
attempt("badchar", "%y", (1,))
attempt("c", "%c", (1234567,))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError", e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print("KeyError", e)
try:
    print(format(1.5, "d"))
except ValueError as e:
    print("ValueError", e)
try:
    print(format("s", "d"))
except ValueError as e:
    print("ValueError", e)
try:
    print(format(5, ".2s"))
except ValueError as e:
    print("ValueError", e)
