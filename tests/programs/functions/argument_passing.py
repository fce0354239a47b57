# Arguments are passed by object reference.
def mutate(lst, d):
    lst.append("added")
    d["new"] = True

def reassign(lst, n, s):
    lst = ["replaced"]
    n += 1
    s += "!"
    return lst, n, s

items = ["orig"]
conf = {}
mutate(items, conf)
print(items, conf)
number = 5
text = "hi"
print(reassign(items, number, text))
print(items, number, text)

def swap_first_last(seq):
    if len(seq) >= 2:
        seq[0], seq[-1] = seq[-1], seq[0]
    return seq

data = [1, 2, 3, 4]
same = swap_first_last(data)
print(data, same is data)
print(swap_first_last([9]), swap_first_last([]))
