#!/usr/bin/env python3
"""Run the fetched pyperformance programs under CPython with the pyperf stand-in.

Usage: python3 bench/pyperformance/run_cpython.py [--dir DIR] [--loops N ...]
                                                  [--expected OUTDIR] [NAME ...]

For each program (default: all 13, in fetch.BENCHMARKS order) and each loop count
(default: 1), runs `python3 NAME.py` in DIR (default: bench/pyperformance/programs/)
with PYPERF_STANDIN_LOOPS=N and PYTHONPATH set to this directory (where pyperf.py is),
prints its wall time and output, and fails if it exits non-zero or writes to stderr.
With --expected OUTDIR, writes each program's stdout for the first loop count to
OUTDIR/NAME.out (what a compiled program must print).
Run fetch.py first.
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fetch  # noqa: E402  (for the list of benchmarks)


def main(argv):
    prog_dir = fetch.DEFAULT_DEST
    loops_list = []
    expected_dir = None
    names = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--dir":
            i += 1
            prog_dir = os.path.abspath(argv[i])
        elif arg == "--loops":
            i += 1
            loops_list.append(int(argv[i]))
        elif arg == "--expected":
            i += 1
            expected_dir = os.path.abspath(argv[i])
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        elif arg.startswith("-"):
            sys.stderr.write("unknown option %s\n" % arg)
            return 2
        else:
            names.append(arg)
        i += 1
    loops_list = loops_list or [1]
    names = names or list(fetch.BENCHMARKS)
    if expected_dir:
        os.makedirs(expected_dir, exist_ok=True)

    failures = 0
    for name in names:
        path = os.path.join(prog_dir, name + ".py")
        if not os.path.isfile(path):
            sys.stderr.write("%s: missing (run fetch.py first)\n" % path)
            failures += 1
            continue
        for n, loops in enumerate(loops_list):
            env = dict(os.environ)
            env["PYPERF_STANDIN_LOOPS"] = str(loops)
            env["PYTHONPATH"] = HERE
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, name + ".py"], cwd=prog_dir, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  universal_newlines=True)
            dt = time.perf_counter() - t0
            ok = proc.returncode == 0 and proc.stderr == ""
            print("%-16s loops=%-3d %7.2f s  %s  %s" % (
                name, loops, dt, "ok  " if ok else "FAIL", proc.stdout.strip().replace("\n", " | ")))
            if not ok:
                failures += 1
                sys.stderr.write("%s: exit %d\n%s" % (name, proc.returncode, proc.stderr))
            if expected_dir and n == 0:
                with open(os.path.join(expected_dir, name + ".out"), "w") as f:
                    f.write(proc.stdout)
    print("%d passed, %d failed" % (len(names) * len(loops_list) - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
