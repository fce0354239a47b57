# complex(str): CPython's forms (<float>, <float>j, <float><signed float>j, <sign>j, j),
# parentheses and whitespace (of any script), decimal digits of any script, underscores
# between digits, and its two ValueError messages.
good = ["1+10j", "1", "1j", "-1", "+1", "(1+2j)", "(1.3+2.2j)", "3.14+1J", " ( +3.14-6J )", " ( +3.14-J )",
        " ( +3.14+j )", "J", "( j )", "+J", "( -j)", "1e-500", "-1e-500j", "-1e-500+1e-500j", "1e500",
        "-1e500j", "-1e500+1.8e308j", "infj", "-infinityj", "nan-nanj", "InF+NaNj", ".5j", "+.5-.5J", "1.e5",
        "1e+5-1E-5j", "1_000.000_1+2_0j", "1_2j", "\u2003(\u20021+1j ) ", "\u0661+\u0662j", "\t1j\n", "1" * 30]
for s in good:
    z = complex(s)
    print(repr(s), z)
bad = ["", "\0", "3\x009", "1+1j\x00j", "1+", "1+1j+1j", "--", "(1+2j", "1+2j)", "1+(2j)", "(1+2j)123", "x", "1j+2",
       "1e1ej", "1e++1ej", ")1+2j(", "1..1j", "1.11.1j", "1e1.1j", "\u3053\u3093\u306b\u3061\u306f", "1 +2j",
       "1+-2j", "\x1c1j", "1e", "()", "((1j))", "0x10", "1__2j", "_1j", "1_j", "1_", "1j_", "1_\u00e9", "1.5_e3"]
for s in bad:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
print(complex("1" * 500) == float("1" * 500))
