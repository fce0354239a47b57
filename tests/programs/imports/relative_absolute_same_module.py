import pkg_rel.util as u_abs
from pkg_rel import util as u_from
from pkg_rel.sub import worker
import pkg_rel.sub.helper

print(u_abs is u_from)
print(worker.clamp is u_abs.clamp)
print(worker.helper is pkg_rel.sub.helper)
u_abs.marker = "set via absolute"
print(pkg_rel.util.marker)
print(worker.work(100))
