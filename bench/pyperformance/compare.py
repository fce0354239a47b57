#!/usr/bin/env python3
"""The pyperformance programs under pyaot: checked against CPython, and timed.

Usage:
    python3 bench/pyperformance/compare.py --check [--pyaot PATH] [--dir DIR]
    python3 bench/pyperformance/compare.py --time [--loops N] [--runs R] [--pyaot PATH]

Both first fetch the programs (fetch.py; pinned pyperformance 1.14.0 from PyPI).

--check runs each program under CPython and under pyaot's three tiers (`pyaot run`,
`--jit`, `--vm`) with the pyperf stand-in at PYPERF_STANDIN_LOOPS=1, and compares stdout
and exit status. Every program in COMPILES must match in every tier (exit 1 otherwise);
the others are reported and must still be refused at compile time (exit status 2, a
diagnostic), never run with a wrong result. The test suite runs this
(tests/pyperformance.rs).

--time measures wall time (best of R rounds, each running every column once in turn) of
CPython, the AOT executable (built once with `pyaot build`), `pyaot run --jit`,
`pyaot run --vm` and PyPy when installed, each at PYPERF_STANDIN_LOOPS=N, and prints a Markdown table with pyaot AOT's speedup over
CPython and its geometric mean.
"""
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import fetch  # noqa: E402

# The programs pyaot compiles today (all thirteen; the list stays so that a program that
# stops compiling fails the check instead of being taken as refused).
COMPILES = ["nbody", "spectral_norm", "fannkuch", "richards", "float", "nqueens", "chaos", "go", "hexiom",
            "deltablue", "raytrace", "generators", "unpack_sequence"]
ALL = ["nbody", "spectral_norm", "fannkuch", "richards", "float", "nqueens", "chaos", "go", "hexiom", "deltablue",
       "raytrace", "generators", "unpack_sequence"]
TIERS = [("aot", []), ("jit", ["--jit"]), ("vm", ["--vm"])]


def run(cmd, cwd, loops, timeout=600):
    env = dict(os.environ, PYPERF_STANDIN_LOOPS=str(loops), PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - start


def check(pyaot, d):
    bad = []
    for name in ALL:
        prog = name + ".py"
        exp = run([sys.executable, prog], d, 1)
        for tier, flags in TIERS:
            got = run([pyaot, "run"] + flags + [prog], d, 1)
            if name in COMPILES:
                ok = got[0] == exp[0] and got[1] == exp[1]
                status = "ok" if ok else "MISMATCH"
                if not ok:
                    bad.append(f"{name} [{tier}]: expected exit {exp[0]} {exp[1][-200:]!r}, got exit {got[0]} "
                               f"{got[1][-200:]!r} {got[2][-400:].decode(errors='replace')}")
            else:
                # Not supported yet: it must be refused when compiling, not run wrongly.
                ok = got[0] == 2 and b"not supported yet" in got[2]
                status = "refused (not supported yet)" if ok else "NOT REFUSED"
                if not ok:
                    bad.append(f"{name} [{tier}]: expected a compile-time diagnostic, got exit {got[0]}")
            print(f"{name:16} {tier:4} {status}")
    for b in bad:
        print("FAIL", b)
    return 1 if bad else 0


def best(cmds, cwd, loops, runs, expected):
    """Best wall time of each command over `runs` rounds. Each round runs every command
    once, in turn, so that the machine's slow spells hit all of them alike. None for a
    command that fails or prints something else."""
    times = {k: [] for k in cmds}
    failed = set()
    for _ in range(runs):
        for k, cmd in cmds.items():
            if k in failed:
                continue
            code, out, err, t = run(cmd, cwd, loops)
            if code != 0 or out != expected:
                failed.add(k)
                continue
            times[k].append(t)
    return {k: (None if k in failed or not ts else min(ts)) for k, ts in times.items()}


def timing(pyaot, d, loops, runs):
    pypy = shutil.which("pypy3")
    out_dir = tempfile.mkdtemp(prefix="pyaot-pp-")
    rows = []
    try:
        for name in COMPILES:
            prog = name + ".py"
            code, expected, _, _ = run([sys.executable, prog], d, loops)
            if code != 0:
                print(f"{name}: CPython failed", file=sys.stderr)
                continue
            exe = os.path.join(out_dir, name)
            subprocess.run([pyaot, "build", prog, "-o", exe], cwd=d, check=True)
            cmds = {"py": [sys.executable, prog], "aot": [exe], "jit": [pyaot, "run", "--jit", prog],
                    "vm": [pyaot, "run", "--vm", prog]}
            if pypy:
                cmds["pypy"] = [pypy, prog]
            row = {"name": name, "pypy": None}
            row.update(best(cmds, d, loops, runs, expected))
            rows.append(row)
            print(f"{name}: " + ", ".join(f"{k} {v:.3f}s" for k, v in row.items() if isinstance(v, float)),
                  file=sys.stderr)
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    out = []
    cols = [("py", "CPython"), ("aot", "pyaot aot"), ("jit", "pyaot jit"), ("vm", "pyaot vm")]
    if pypy:
        cols.append(("pypy", "PyPy"))
    fmt = lambda t: "failed" if t is None else f"{t:.3f} s"  # noqa: E731
    out.append("## pyperformance")
    out.append("")
    out.append(f"Measured by `python3 bench/pyperformance/compare.py --time --loops {loops} --runs {runs}` "
               f"on {time.strftime('%Y-%m-%d')} (best of {runs} runs, wall time, PYPERF_STANDIN_LOOPS={loops}; the runs "
               "of all columns interleaved; "
               "`aot` is the `pyaot build` executable, `jit`/`vm` include compile time). A program pyaot "
               "does not compile yet would show as failed.")
    out.append("")
    out.append("| benchmark | " + " | ".join(c for _, c in cols) + " | aot vs CPython |")
    out.append("|---|" + "---:|" * (len(cols) + 1))
    ratios = []
    for r in rows:
        speed = r["py"] / r["aot"] if r["py"] and r["aot"] else None
        if speed:
            ratios.append(speed)
        tail = f" | {speed:.2f}x |" if speed else " | — |"
        out.append(f"| {r['name']} | " + " | ".join(fmt(r[k]) for k, _ in cols) + tail)
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        out.append("")
        out.append(f"Geometric mean of pyaot aot's speedup over CPython: {geo:.2f}x ({len(ratios)} programs).")
    text = "\n".join(out) + "\n"
    print(text)
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write(text)
    return 0


def main(argv):
    pyaot = os.path.join(ROOT, "target", "release", "pyaot")
    d = fetch.DEFAULT_DEST
    mode, loops, runs = None, 10, 3
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--check", "--time"):
            mode = a
        elif a == "--pyaot":
            i += 1
            pyaot = os.path.abspath(argv[i])
        elif a == "--dir":
            i += 1
            d = os.path.abspath(argv[i])
        elif a == "--loops":
            i += 1
            loops = int(argv[i])
        elif a == "--runs":
            i += 1
            runs = int(argv[i])
        else:
            print(__doc__)
            return 2
        i += 1
    if mode is None:
        print(__doc__)
        return 2
    if fetch.main([d]) != 0:
        return 1
    return check(pyaot, d) if mode == "--check" else timing(pyaot, d, loops, runs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
