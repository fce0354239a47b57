# A mutable default argument is evaluated once and shared between calls.
def append_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_item(1))
print(append_item(2))
print(append_item(3, []))
print(append_item(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1))
print(safe_append(2))
counter_default = 10

def uses_default(x=counter_default):
    return x

counter_default = 20
print(uses_default(), counter_default)
