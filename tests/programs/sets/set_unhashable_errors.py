# Tests TypeError messages when putting unhashable values in sets or using them as frozenset members
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("list in literal", lambda: {[1, 2]})
attempt("dict in set()", lambda: set([{}]))
attempt("set of sets", lambda: {frozenset(), {1}})
attempt("add list", lambda: {1}.add([2]))
attempt("frozenset of lists", lambda: frozenset([[1]]))
attempt("list membership", lambda: [1] in {1, 2})
attempt("tuple holding list", lambda: {(1, [2])})
attempt("tuple ok", lambda: {(1, (2,))})
