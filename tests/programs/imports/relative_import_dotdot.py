from pkg_rel.sub import worker
import pkg_rel.sub

print(worker.work(1))
print(worker.work(2))
print(worker.work(5))
print(worker.info())
print(pkg_rel.sub.config.LIMITS)
print(pkg_rel.sub.make_tag("sub"))
print(worker.__name__)
