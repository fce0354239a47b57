# Uncaught UnboundLocalError: assignment later in the function makes the name local.
total = 100

def add_to_total(amount):
    print("adding", amount)
    total = total + amount
    return total

print("total is", total)
add_to_total(5)
print("unreachable")
