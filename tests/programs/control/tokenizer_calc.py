# A tiny tokenizer and recursive-descent calculator for + - * / and parentheses.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch))
    tokens.append("end")
    return tokens

def parse_expr(toks, pos):
    value, pos = parse_term(toks, pos)
    while toks[pos] in ("+", "-"):
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos

def parse_term(toks, pos):
    value, pos = parse_factor(toks, pos)
    while toks[pos] in ("*", "/"):
        op = toks[pos]
        rhs, pos = parse_factor(toks, pos + 1)
        value = value * rhs if op == "*" else value / rhs
    return value, pos

def parse_factor(toks, pos):
    tok = toks[pos]
    if tok == "-":
        value, pos = parse_factor(toks, pos + 1)
        return -value, pos
    if tok == "(":
        value, pos = parse_expr(toks, pos + 1)
        return value, pos + 1
    if isinstance(tok, (int, float)):
        return tok, pos + 1
    raise ValueError("unexpected " + repr(tok))

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) * -1", "1.5 + 2.25",
            "100 - 3 - 7", "8 / (3 - 1)", "4294967296 * 4294967296 * 16", "-(-(2))"]:
    print(src, "=", parse_expr(tokenize(src), 0)[0])
for bad in ["2 $ 3", "1 + )"]:
    try:
        parse_expr(tokenize(bad), 0)
    except ValueError as e:
        print("error:", e)
