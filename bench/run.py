#!/usr/bin/env python3
"""Benchmark runner: pyaot (AOT executable, --jit and --vm) against CPython, and PyPy
when installed, measured in the same run; writes docs/BENCHMARKS.md.

Usage: python3 bench/run.py [--runs N] [--no-build] [--out PATH] [--pyaot PATH]
                            [--timeout S] [--only PROG ...] [--cpython-only]

Every program's output is compared with CPython's: a tier whose output differs is
reported as "wrong" for that program, one that exits with an error (or does not build,
or times out) as "failed", and neither is timed further; the other tiers go on.

--cpython-only runs the programs under CPython alone, checks that they run and prints
their times; it builds nothing and writes no report.
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

# Programs for dynamic code (eval/exec/compile), with the number of eval/exec calls each
# makes: their per-call time is (program time - empty program time) / calls.
DYNAMIC_CALLS = {
    "eval_cached.py": 300_000,
    "eval_uncached.py": 100_000,
    "exec_loop.py": 1_000_000,
}
# The empty program whose time each tier's per-call figures subtract.
EMPTY = "hello.py"
# The program that uses eval, whose executable size is reported next to hello world's.
EVAL_SIZE_PROG = "eval_cached.py"

# Tiers in table order: key, column title.
TIERS = [("py", "CPython"), ("aot", "pyaot aot"), ("jit", "pyaot jit"), ("vm", "pyaot vm"), ("pypy", "PyPy")]
PYAOT_TIERS = ("aot", "jit", "vm")


class Failed(Exception):
    """A command that exited with an error, timed out, or could not be started."""

    def __init__(self, status, detail):
        super().__init__(f"{status}: {detail}")
        self.status, self.detail = status, detail


def run(cmd, timeout=None, **kw):
    """Run cmd; an executable that cannot be started gives returncode 127, as in a shell."""
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, **kw)
    except OSError as e:
        return subprocess.CompletedProcess(cmd, 127, b"", str(e).encode())


def last_line(b, n=120):
    lines = [l.strip() for l in b.decode(errors="replace").splitlines() if l.strip()]
    s = lines[-1] if lines else "(no message)"
    return s[:n]


def timed(cmd, timeout=None, env=None):
    """Wall time (seconds) and stdout of one execution; raises Failed."""
    t0 = time.perf_counter()
    try:
        p = run(cmd, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise Failed("timeout", f"over {timeout:.0f} s")
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise Failed("failed", f"exit {p.returncode}: {last_line(p.stderr)}")
    return dt, p.stdout


def best_time(cmd, runs, timeout=None, env=None):
    """Best wall time of `runs` executions (seconds), and the stdout of the last one."""
    best, out = math.inf, b""
    for _ in range(runs):
        dt, out = timed(cmd, timeout, env)
        best = min(best, dt)
    return best, out


def interleaved(variants, runs, timeout=None, env=None, expect=None):
    """Best time of each command, running them in turn `runs` times, so that a noisy
    machine slows every variant alike. Returns {key: (time or None, status, detail)}:
    status is "" when it ran, else "failed"/"timeout", or "wrong" when its output
    differs from `expect` (or, without `expect`, from that of the "py" variant, which
    must then come first). A
    variant that fails or is wrong is not run again."""
    res = {k: (math.inf, "", "") for k in variants}
    live = list(variants)
    for _ in range(runs):
        for k in list(live):
            try:
                t, out = timed(variants[k], timeout, env)
            except Failed as e:
                res[k] = (None, e.status, e.detail)
                live.remove(k)
                continue
            if expect is None and k == "py":
                expect = out
            elif expect is not None and out != expect:
                res[k] = (None, "wrong", "output differs from CPython's: " + out.decode(errors="replace")[:60].strip())
                live.remove(k)
                continue
            if t < res[k][0]:
                res[k] = (t, "", "")
    return res


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


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def md(s):
    """Text safe inside a Markdown table cell."""
    return s.replace("|", "\\|").replace("\n", " ")


def cpython_only(programs, runs, timeout):
    python = sys.executable
    ok = True
    for prog in programs + [EMPTY]:
        try:
            t, out = best_time([python, os.path.join(BENCH, prog)], runs, timeout)
        except Failed as e:
            print(f"{prog:18} {e.status}: {e.detail}", flush=True)
            ok = False
            continue
        extra = ""
        if prog in DYNAMIC_CALLS:
            extra = f"  ({DYNAMIC_CALLS[prog]:,} eval/exec calls)"
        print(f"{prog:18} cpython {t:.3f}s  -> {' '.join(out.decode(errors='replace').split())[:40]}{extra}", flush=True)
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "BENCHMARKS.md"))
    ap.add_argument("--pyaot", default=os.path.join(ROOT, "target", "release", "pyaot"), help="the pyaot binary (implies --no-build when given)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed for one run of one program in one tier")
    ap.add_argument("--only", nargs="+", metavar="PROG", help="run only these programs (names in bench/, e.g. fib.py)")
    ap.add_argument("--cpython-only", action="store_true", help="only run the programs under CPython; no build, no report")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (it is the baseline)")
    programs = sorted(f for f in os.listdir(BENCH) if f.endswith(".py") and f not in ("run.py", EMPTY))
    if args.only:
        unknown = [p for p in args.only if p not in programs]
        if unknown:
            sys.exit(f"unknown programs: {', '.join(unknown)} (have: {', '.join(programs)})")
        programs = [p for p in programs if p in args.only]
    if args.cpython_only:
        sys.exit(cpython_only(programs, args.runs, args.timeout))

    pyaot_given = "--pyaot" in sys.argv or any(a.startswith("--pyaot=") for a in sys.argv)
    if not args.no_build and not pyaot_given:
        subprocess.run(["cargo", "build", "--release", "-j2"], cwd=ROOT, check=True)
    pyaot = os.path.abspath(args.pyaot)
    python = sys.executable
    pypy = shutil.which("pypy3")
    tiers = [(k, title) for k, title in TIERS if k != "pypy" or pypy]
    tmp = tempfile.mkdtemp(prefix="pyaot-bench-")
    env_cache = dict(os.environ, PYAOT_CACHE_DIR=os.path.join(tmp, "cache"))

    def build(path, exe):
        """Build time (seconds), and None or the reason the build failed."""
        t0 = time.perf_counter()
        try:
            b = run([pyaot, "build", path, "-o", exe], timeout=args.timeout, env=env_cache)
        except subprocess.TimeoutExpired:
            return time.perf_counter() - t0, f"build timed out (over {args.timeout:.0f} s)"
        dt = time.perf_counter() - t0
        if b.returncode != 0 or not os.path.exists(exe):
            return dt, f"does not build: {last_line(b.stderr)}"
        return dt, None

    def variants_for(path, exe, built):
        v = {"py": [python, path]}
        if built:
            v["aot"] = [exe]
        v["jit"] = [pyaot, "run", "--jit", path]
        v["vm"] = [pyaot, "run", "--vm", path]
        if pypy:
            v["pypy"] = [pypy, path]
        return v

    # Each row: prog, {tier: (time or None, status, detail)}, build time or None, note.
    rows = []
    for prog in programs:
        path = os.path.join(BENCH, prog)
        exe = os.path.join(tmp, prog[:-3])
        compile_s, build_err = build(path, exe)
        # CPython first, alone: it gives the expected output, and a program that
        # CPython cannot run is not measured.
        try:
            _, expect = timed([python, path], args.timeout)
        except Failed as e:
            rows.append((prog, {}, None, f"CPython {e.status}: {e.detail}"))
            print(f"{prog:18} CPython {e.status}: {e.detail}", flush=True)
            continue
        res = interleaved(variants_for(path, exe, build_err is None), args.runs, args.timeout, env_cache, expect)
        if build_err:
            res["aot"] = (None, "failed", build_err)
            compile_s = None
        notes = [f"{k}: {res[k][1]} ({res[k][2]})" if res[k][1] != "wrong" else f"{k}: {res[k][2]}"
                 for k, _ in tiers if k in res and res[k][1]]
        rows.append((prog, res, compile_s, "; ".join(notes)))
        cells = []
        for k, _ in tiers:
            t, st, _ = res.get(k, (None, "—", ""))
            cells.append(f"{k} {t:.3f}s" if t is not None else f"{k} {st}")
        print(f"{prog:18} " + "  ".join(cells), flush=True)

    # Start-up of each tier (the empty program), size and compile time.
    hello = os.path.join(BENCH, EMPTY)
    hello_exe = os.path.join(tmp, "hello")
    _, hello_err = build(hello, hello_exe)
    hello_res = interleaved(variants_for(hello, hello_exe, hello_err is None), 20, args.timeout, env_cache)
    if hello_err:
        hello_res["aot"] = (None, "failed", hello_err)
    size = os.path.getsize(hello_exe) if hello_err is None else None
    eval_exe = os.path.join(tmp, "eval_size")
    _, eval_err = build(os.path.join(BENCH, EVAL_SIZE_PROG), eval_exe)
    eval_size = os.path.getsize(eval_exe) if eval_err is None else None
    big = os.path.join(tmp, "thousand.py")
    with open(big, "w") as f:
        f.write(thousand_line_program())
    t_compile_big = math.inf
    for _ in range(3):
        dt, err = build(big, os.path.join(tmp, "thousand"))
        if err:
            t_compile_big = math.nan
            break
        t_compile_big = min(t_compile_big, dt)

    def speedups(tier, progs):
        xs = []
        for prog, res, _, _ in rows:
            if prog in progs and res.get("py", (None,))[0] and res.get(tier, (None,))[0]:
                xs.append(res["py"][0] / res[tier][0])
        return xs

    compute = [p for p in programs if p not in DYNAMIC_CALLS]
    ms = lambda t: "—" if t is None else f"{t * 1000:.1f} ms"

    def cell(res, k):
        if k not in res:
            return "—"
        t, st, _ = res[k]
        return ms(t) if t is not None else f"**{st}**"

    def ratio(res, k):
        t_py, t = res.get("py", (None,))[0], res.get(k, (None,))[0]
        return f"{t_py / t:.2f}x" if (t_py and t) else "—"

    lines = [
        "# Benchmarks",
        "",
        "Measured by `python3 bench/run.py --runs %d` (best of %d runs, wall time; the variants of a program run in turn, so machine noise hits them alike)." % (args.runs, args.runs),
        "",
        f"- Date: {datetime.date.today().isoformat()}; machine: {cpu_model()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}",
        f"- CPython: {platform.python_version()} ({python}); PyPy: {'installed' if pypy else 'not installed'}",
        "- `aot` is the executable from `pyaot build`; `jit` is `pyaot run --jit` and `vm` is `pyaot run --vm` (the whole program on the bytecode VM), compile time included.",
        "- Speedup = CPython time / that tier's time (below 1x: slower than CPython).",
        "- **wrong**: the output differs from CPython's; **failed**: it exited with an error, did not build, or timed out (see the note). Neither is timed.",
        "",
        "| program | " + " | ".join(title for _, title in tiers) + " | speedup (aot) | speedup (jit) | speedup (vm) | build time | note |",
        "|---|" + "---|" * (len(tiers) + 5),
    ]
    for prog, res, comp, note in rows:
        lines.append(f"| {prog} | " + " | ".join(cell(res, k) for k, _ in tiers)
                     + f" | {ratio(res, 'aot')} | {ratio(res, 'jit')} | {ratio(res, 'vm')} | {ms(comp)} | {md(note)} |")

    lines += ["", f"Geometric mean speedup over CPython, over the programs where the tier ran and printed CPython's output (of the {len(compute)} programs without eval/exec; with them in brackets):", ""]
    for k in PYAOT_TIERS:
        a, b = speedups(k, compute), speedups(k, programs)
        g = lambda xs: f"{geomean(xs):.2f}x" if xs else "—"
        lines.append(f"- {k}: **{g(a)}** over {len(a)} of {len(compute)} ({g(b)} over {len(b)} of {len(programs)})")

    dyn = [p for p in programs if p in DYNAMIC_CALLS]
    if dyn:
        lines += [
            "",
            "## eval/exec per call",
            "",
            f"Time per eval/exec call = (program time − time of the empty program `bench/{EMPTY}` in the same tier) / number of calls.",
            "",
            "| program | calls | " + " | ".join(title for _, title in tiers) + " |",
            "|---|---|" + "---|" * len(tiers),
        ]
        for prog, res, _, _ in rows:
            if prog not in DYNAMIC_CALLS:
                continue
            n = DYNAMIC_CALLS[prog]
            cells = []
            for k, _ in tiers:
                t, st, _ = res.get(k, (None, "—", ""))
                t0 = hello_res.get(k, (None,))[0]
                if t is None:
                    cells.append(f"**{st}**" if st else "—")
                elif t0 is None:
                    cells.append("— (empty program failed)")
                else:
                    cells.append(f"{(t - t0) / n * 1e6:.2f} µs")
            lines.append(f"| {prog} | {n:,} | " + " | ".join(cells) + " |")

    def hello_cell(k):
        t, st, d = hello_res.get(k, (None, "—", ""))
        return f"{t * 1000:.2f} ms" if t is not None else md(f"{st} ({d})" if d else st)

    kb = lambda s, err: f"{s / 1024:.0f} KB" if s is not None else md(err)
    lines += [
        "",
        "## Start-up, size, compile time",
        "",
        "| measure | value |",
        "|---|---|",
        f"| hello world, pyaot executable | {hello_cell('aot')} |",
        f"| hello world, `pyaot run --jit` | {hello_cell('jit')} |",
        f"| hello world, `pyaot run --vm` | {hello_cell('vm')} |",
        f"| hello world, CPython | {hello_cell('py')} |",
        f"| hello world executable size (stripped) | {kb(size, hello_err)} |",
        f"| executable size of a program that uses eval (`{EVAL_SIZE_PROG}`, stripped) | {kb(eval_size, eval_err)} |",
        f"| `pyaot build` of a 1,000-line program | {'failed' if math.isnan(t_compile_big) else f'{t_compile_big * 1000:.0f} ms'} |",
        "",
    ]
    notes = os.path.join(BENCH, "NOTES.md")
    if os.path.exists(notes):
        with open(notes) as f:
            lines += ["## Notes", "", f.read().strip(), ""]
    # The pyperformance table, written by bench/pyperformance/compare.py --time.
    results = os.path.join(BENCH, "pyperformance", "RESULTS.md")
    if os.path.exists(results):
        with open(results) as f:
            lines += [f.read().strip(), ""]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
