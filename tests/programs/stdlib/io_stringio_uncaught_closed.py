import io

log = io.StringIO()
log.write("first\n")
print(repr(log.getvalue()))
log.close()
print("closed")
log.write("second\n")
print("unreachable")
