# Every unsupported construct is reported at once.
class A:
    pass

f = lambda: 0
async def g():
    pass

print(aiter)
