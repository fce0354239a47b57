"""A small stand-in for the pyperf module, for running pyperformance benchmarks.

It has what the pyperformance benchmarks in this directory use from pyperf: Runner
(with metadata, argparser.add_argument, parse_args, bench_func and bench_time_func)
and perf_counter. It measures nothing: it calls each benchmark function a fixed number
of times and prints one line per benchmark that never contains a time, so that a
compiled program and CPython print exactly the same thing.

The number of times comes from the environment variable PYPERF_STANDIN_LOOPS (default
1): bench_func calls func(*args) that many times; bench_time_func calls func(loops,
*args) once with loops set to it, as pyperf does.

Printed per benchmark: "<name>: ok", or "<name>: ok, result <repr>" when the function
returned an int, a bool or a str (deterministic values; floats such as durations, None
and other objects are not printed).

Written in plain Python on purpose (classes, functions, *args/**kwargs, keyword-only
parameters, dicts, lists): it is compiled together with the benchmarks.
"""
import os
import time


def perf_counter():
    return time.perf_counter()


def standin_loops():
    value = os.environ.get("PYPERF_STANDIN_LOOPS")
    if value is None or value == "":
        return 1
    loops = int(value)
    if loops < 1:
        raise ValueError("PYPERF_STANDIN_LOOPS must be at least 1, got " + value)
    return loops


def dest_name(names, kwargs):
    """The attribute name argparse would give an argument: dest=, else the first long
    option without its dashes, else the first name; '-' becomes '_'."""
    if "dest" in kwargs:
        return kwargs["dest"]
    chosen = names[0]
    for name in names:
        if name.startswith("--"):
            chosen = name
            break
    while chosen.startswith("-"):
        chosen = chosen[1:]
    return chosen.replace("-", "_")


# The attributes Namespace has: every option the benchmarks add. An unknown one is an
# error (add it here and to Namespace).
KNOWN_OPTIONS = ["benchmark", "filename", "height", "iterations", "level",
                 "reference", "rng_seed", "thickness", "width"]


class Namespace:
    """What parse_args returns: each option's default as an attribute (None when the
    option has no default or was never added)."""

    def __init__(self, values):
        self.values = values
        self.benchmark = values.get("benchmark")
        self.filename = values.get("filename")
        self.height = values.get("height")
        self.iterations = values.get("iterations")
        self.level = values.get("level")
        self.reference = values.get("reference")
        self.rng_seed = values.get("rng_seed")
        self.thickness = values.get("thickness")
        self.width = values.get("width")


class ArgParser:
    """Stands for runner.argparser: records each argument's default, parses nothing."""

    def __init__(self):
        self.defaults = {}

    def add_argument(self, *names, **kwargs):
        if len(names) == 0:
            raise ValueError("add_argument needs a name")
        dest = dest_name(names, kwargs)
        if dest not in KNOWN_OPTIONS:
            raise ValueError("pyperf stand-in: unknown option " + dest
                             + " (add it to KNOWN_OPTIONS and Namespace)")
        self.defaults[dest] = kwargs.get("default")
        return None


class Runner:

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.metadata = {}
        self.argparser = ArgParser()
        self.args = None

    def parse_args(self, args=None):
        self.args = Namespace(self.argparser.defaults)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        loops = standin_loops()
        result = None
        for i in range(loops):
            result = func(*args)
        report(name, result)
        return None

    def bench_time_func(self, name, func, *args, inner_loops=None, metadata=None):
        loops = standin_loops()
        func(loops, *args)
        report(name, None)
        return None


def report(name, result):
    if isinstance(result, int) or isinstance(result, str):
        print(name + ": ok, result " + repr(result))
    else:
        print(name + ": ok")
