# Tests a pipeline of chained generators (source -> filter -> map -> take)
def source(lines):
    for line in lines:
        print("read:", line)
        yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line

def parse_ints(lines):
    for line in lines:
        yield int(line)

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

raw = ["3", "", "14", "  ", "15", "92", "65"]
pipeline = take(3, parse_ints(non_empty(source(raw))))
print("nothing read yet")
for v in pipeline:
    print("value:", v)
print("total of all:", sum(parse_ints(non_empty(raw))))
