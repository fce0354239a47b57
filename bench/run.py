#!/usr/bin/env python3
"""Benchmark runner: pyaot (AOT executable and --jit) against CPython, and PyPy when
installed, measured in the same run; writes docs/BENCHMARKS.md.

Usage: python3 bench/run.py [--runs N] [--no-build] [--out PATH]

Every program's output is compared with CPython's first; a benchmark whose output
differs is reported as wrong, not timed.
"""
import argparse
import datetime
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def best_time(cmd, runs, cwd=None):
    """Best wall time of `runs` executions (seconds), and the stdout of the last one."""
    best, out = math.inf, b""
    for _ in range(runs):
        t0 = time.perf_counter()
        p = run(cmd, cwd=cwd)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {p.stderr.decode(errors='replace')[-500:]}")
        best, out = min(best, dt), p.stdout
    return best, out


def interleaved(variants, runs):
    """Best time and output of each command, running them in turn `runs` times, so that
    a noisy machine slows every variant alike."""
    best = {k: (math.inf, b"") for k in variants}
    for _ in range(runs):
        for k, cmd in variants.items():
            t, out = best_time(cmd, 1)
            if t < best[k][0]:
                best[k] = (t, out)
    return best


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def thousand_line_program():
    lines = []
    for i in range(200):
        lines += [f"def f{i}(a, b=2):", f"    c = a * {i} + b", f"    if c % 3 == 0:", f"        return c // 3", "    return c - 1"]
    lines.append("total = 0")
    lines.append("for i in range(10):")
    lines.append("    total += f0(i) + f199(i, 5)")
    lines.append("print(total)")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "BENCHMARKS.md"))
    args = ap.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-j2"], cwd=ROOT, check=True)
    pyaot = os.path.join(ROOT, "target", "release", "pyaot")
    python = sys.executable
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (it is the baseline)")
    pypy = shutil.which("pypy3")
    tmp = tempfile.mkdtemp(prefix="pyaot-bench-")
    env_cache = dict(os.environ, PYAOT_CACHE_DIR=os.path.join(tmp, "cache"))

    programs = sorted(f for f in os.listdir(BENCH) if f.endswith(".py") and f not in ("run.py", "hello.py"))
    rows = []
    for prog in programs:
        path = os.path.join(BENCH, prog)
        exe = os.path.join(tmp, prog[:-3])
        t0 = time.perf_counter()
        b = run([pyaot, "build", path, "-o", exe], env=env_cache)
        compile_s = time.perf_counter() - t0
        if b.returncode != 0:
            rows.append((prog, None, None, None, None, compile_s, "does not compile: " + b.stderr.decode()[-200:]))
            continue
        variants = {"py": [python, path], "aot": [exe], "jit": [pyaot, "run", "--jit", path]}
        if pypy:
            variants["pypy"] = [pypy, path]
        try:
            res = interleaved(variants, args.runs)
        except RuntimeError as e:
            rows.append((prog, None, None, None, None, compile_s, str(e)[:200]))
            continue
        (t_py, out_py), (t_aot, out_aot), (t_jit, out_jit) = res["py"], res["aot"], res["jit"]
        note = ""
        if out_aot != out_py or out_jit != out_py:
            note = "OUTPUT DIFFERS from CPython"
        t_pypy = res["pypy"][0] if pypy else None
        rows.append((prog, t_py, t_aot, t_jit, t_pypy, compile_s, note))
        print(f"{prog:14} cpython {t_py:.3f}s  aot {t_aot:.3f}s  jit {t_jit:.3f}s" + (f"  pypy {t_pypy:.3f}s" if t_pypy else ""), flush=True)

    # Start-up, size and compile time.
    hello = os.path.join(BENCH, "hello.py")
    hello_exe = os.path.join(tmp, "hello")
    run([pyaot, "build", hello, "-o", hello_exe], env=env_cache)
    t_hello_aot, _ = best_time([hello_exe], 20)
    t_hello_py, _ = best_time([python, hello], 20)
    size = os.path.getsize(hello_exe)
    big = os.path.join(tmp, "thousand.py")
    with open(big, "w") as f:
        f.write(thousand_line_program())
    t_compile_big = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        r = run([pyaot, "build", big, "-o", os.path.join(tmp, "thousand")], env=env_cache)
        t_compile_big = min(t_compile_big, time.perf_counter() - t0)
        if r.returncode != 0:
            t_compile_big = math.nan
            break

    ratios = [r[1] / r[2] for r in rows if r[2] and not r[6]]
    geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else float("nan")
    lines = [
        "# Benchmarks",
        "",
        "Measured by `python3 bench/run.py --runs %d` (best of %d runs, wall time; the variants of a program run in turn, so machine noise hits them alike)." % (args.runs, args.runs),
        "",
        f"- Date: {datetime.date.today().isoformat()}; machine: {cpu_model()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}",
        f"- CPython: {platform.python_version()} ({python}); PyPy: {'installed' if pypy else 'not installed'}",
        "- `aot` is the executable from `pyaot build`; `jit` is `pyaot run --jit`, compile time included.",
        "- Speedup = CPython time / pyaot AOT time.",
        "",
        "| program | CPython | pyaot aot | pyaot jit | PyPy | speedup (aot) | build time | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    fmt = lambda t: "—" if t is None else f"{t * 1000:.1f} ms"
    for prog, t_py, t_aot, t_jit, t_pypy, comp, note in rows:
        sp = f"{t_py / t_aot:.1f}x" if (t_py and t_aot) else "—"
        lines.append(f"| {prog} | {fmt(t_py)} | {fmt(t_aot)} | {fmt(t_jit)} | {fmt(t_pypy)} | {sp} | {fmt(comp)} | {note} |")
    lines += [
        "",
        f"Geometric mean speedup (aot): **{geo:.2f}x**",
        "",
        "## Start-up, size, compile time",
        "",
        "| measure | value |",
        "|---|---|",
        f"| hello world, pyaot executable | {t_hello_aot * 1000:.2f} ms |",
        f"| hello world, CPython | {t_hello_py * 1000:.2f} ms |",
        f"| hello world executable size (stripped) | {size / 1024:.0f} KB |",
        f"| `pyaot build` of a 1,000-line program | {t_compile_big * 1000:.0f} ms |",
        "",
    ]
    notes = os.path.join(BENCH, "NOTES.md")
    if os.path.exists(notes):
        with open(notes) as f:
            lines += ["## Notes", "", f.read().strip(), ""]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
