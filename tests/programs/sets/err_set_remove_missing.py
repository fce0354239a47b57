# Tests the uncaught KeyError from set.remove of a missing element
seen = {1, 2, 3}
seen.remove(2)
print("after removing 2:", seen)
seen.discard(2)
print("discard of a missing element is silent:", seen)
print("2 in seen:", 2 in seen)
seen.add(40)
print("after add 40:", seen)
seen.remove(2)
print("unreachable")
