# Uncaught TypeError: unexpected keyword argument.
def connect(host, port=80, timeout=10):
    return host + ":" + str(port) + " t=" + str(timeout)

print(connect("example"))
print(connect("example", timeout=3))
try:
    connect("example", 8080, port=1)
except TypeError as e:
    print("caught:", e)
print(connect("example", retries=5))
