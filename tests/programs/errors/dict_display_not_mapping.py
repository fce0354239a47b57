# `**` of something that is not a mapping, in a dict display: CPython's TypeErrors.
class NoKeys:
    pass


class KeysNotIterable:
    def keys(self):
        return 5


class KeysRaiseAttributeError:
    def keys(self):
        raise AttributeError('inner')


class NoGetItem:
    def keys(self):
        return ['z']


for bad in [NoKeys(), KeysNotIterable(), KeysRaiseAttributeError(), NoGetItem(), 2.5, range(3)]:
    try:
        {'a': 1, **bad}
    except TypeError as e:
        print(e)


def merge(a, b):
    return {**a, **b}


print(merge({'a': 1}, {'b': 2}))
print(merge({'a': 1}, 42))
