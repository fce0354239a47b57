from pkg_errs.net import client
import pkg_errs.net

print(client.fetch("a", 5))
try:
    client.fetch("b", 0)
except pkg_errs.net.NetError as e:
    print(type(e).__name__, e, e.secs)
print(pkg_errs.net.TimeoutErr.__module__)
client.fetch("c", 0)
