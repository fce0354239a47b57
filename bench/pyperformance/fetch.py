#!/usr/bin/env python3
"""Fetch the pyperformance benchmark programs that pyaot compiles, as they ship.

Usage: python3 bench/pyperformance/fetch.py [DEST] [--no-standin] [--force]

Downloads pyperformance==1.14.0 from PyPI with pip (the wheel: its sha256 is pinned
below and checked), and extracts from it, byte for byte, the run_benchmark.py of each
benchmark in BENCHMARKS into DEST (default: bench/pyperformance/programs/) as
<name>.py, e.g. bm_nbody/run_benchmark.py -> nbody.py. Each extracted file's sha256 is
pinned too. None of these 13 benchmarks needs a data file (their benchmark directories
hold only run_benchmark.py and pyproject.toml; hexiom's boards are in its source).

Unless --no-standin is given, it also copies our pyperf stand-in (pyperf.py, next to
this script) into DEST, so that DEST holds everything a program needs: pyaot compiles
a program together with the user modules found next to it.

Idempotent: when every file in DEST already has the pinned content, nothing is
downloaded. Exits non-zero with a message on any error (pip failure, hash mismatch,
missing member). Python 3.8+, standard library only (pip must be importable by the
Python running this script).
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

VERSION = "1.14.0"
REQUIREMENT = "pyperformance==" + VERSION
# sha256 of pyperformance-1.14.0-py3-none-any.whl as served by PyPI (observed and pinned).
WHEEL_NAME = "pyperformance-1.14.0-py3-none-any.whl"
WHEEL_SHA256 = "94068ac2935b6952ccb5e8a302eb9cebc26e82454494bef6e53822738adf0049"
# Where the benchmarks live inside the wheel. (The 1.14.0 wheel also carries an
# identical copy under a top-level benchmarks/ directory; this is the canonical one.)
MEMBER_DIR = "pyperformance/data-files/benchmarks"

# our name -> (directory in the wheel, sha256 of its run_benchmark.py)
BENCHMARKS = {
    "nbody": ("bm_nbody", "d1385e816d7cfea361b7915e2cf70138cd6b84f40df8bd5152638851f7bcac2b"),
    "spectral_norm": ("bm_spectral_norm", "a3390ec6d75606fec30c4b59ad5f77d5292cd8e36f445197232a34560a880b18"),
    "fannkuch": ("bm_fannkuch", "2a8e4bc4c5e7e8ac605a4ca8246cc4baeab5336ac986d976e33657162750e8bf"),
    "richards": ("bm_richards", "a4512668525331960c54043b5150a3fff92badaeaba850a941893ac69a1028d8"),
    "float": ("bm_float", "b4f61a0978f5b0af2c0d07544ae26422868992e62b8f40e2967e3c694fc1b9a9"),
    "nqueens": ("bm_nqueens", "f50ef0d82036790c99f5469b9cffc368e097de860231b328caa6652183af059e"),
    "chaos": ("bm_chaos", "5d20fd29c8ea89e0ebe4040ae4c05f26f1a620cd2a7fc654d9d7f8cb205651ac"),
    "go": ("bm_go", "ea4c0ebaf32515f8549c64c9291ab13d47bb802e01a82203c37b5066d1bfb463"),
    "hexiom": ("bm_hexiom", "d7518220380d27449b8951bc9ca2e19593569d9bd9f5cb6d86867f354f22e115"),
    "deltablue": ("bm_deltablue", "70da5e16cd5b14f2f398ccc066794b83a30d997c2d91150695b8f938f934dc30"),
    "raytrace": ("bm_raytrace", "88ef4d9060d8e8f6ce40f376477aaf89cc808fa44813225a3071a05a1467f017"),
    "generators": ("bm_generators", "46c59dc44cb63b2c0fed75e6d82875daa237a92d03c87861078513c7b10d4621"),
    "unpack_sequence": ("bm_unpack_sequence", "0dafe97531abc4a5baf30fe011db7acb3bf1e64cd4e41acb0c7db2bb141a8382"),
}
# Data files a benchmark needs besides its run_benchmark.py: none for these 13.
DATA_FILES = {}  # our name -> list of (member path relative to its bm_ directory, dest name)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DEST = os.path.join(HERE, "programs")
STANDIN = os.path.join(HERE, "pyperf.py")


class FetchError(Exception):
    pass


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def sha256_file(path):
    with open(path, "rb") as f:
        return sha256_bytes(f.read())


def has_content(path, digest):
    return os.path.isfile(path) and sha256_file(path) == digest


def wanted_files():
    """[(member path in the wheel, dest file name, sha256 or None)]"""
    files = []
    for name, (bm_dir, digest) in BENCHMARKS.items():
        files.append(("%s/%s/run_benchmark.py" % (MEMBER_DIR, bm_dir), name + ".py", digest))
        for rel, dest_name in DATA_FILES.get(name, []):
            files.append(("%s/%s/%s" % (MEMBER_DIR, bm_dir, rel), dest_name, None))
    return files


def download_wheel(tmp):
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "--dest", tmp, REQUIREMENT]
    print("fetch: running: %s" % " ".join(cmd))
    sys.stdout.flush()
    proc = subprocess.run(cmd)
    if proc.returncode != 0:
        raise FetchError("pip download failed with exit code %d" % proc.returncode)
    path = os.path.join(tmp, WHEEL_NAME)
    if not os.path.isfile(path):
        raise FetchError("pip did not produce %s (got: %s)" % (WHEEL_NAME, ", ".join(sorted(os.listdir(tmp)))))
    digest = sha256_file(path)
    if digest != WHEEL_SHA256:
        raise FetchError("sha256 mismatch for %s: expected %s, got %s" % (WHEEL_NAME, WHEEL_SHA256, digest))
    print("fetch: %s sha256 ok (%s)" % (WHEEL_NAME, digest))
    return path


def extract(wheel, dest, files):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for member, dest_name, digest in files:
            if member not in names:
                raise FetchError("%s has no member %s" % (WHEEL_NAME, member))
            data = zf.read(member)
            if digest is not None and sha256_bytes(data) != digest:
                raise FetchError("sha256 mismatch for %s: expected %s, got %s" % (member, digest, sha256_bytes(data)))
            out = os.path.join(dest, dest_name)
            if os.path.isfile(out) and sha256_file(out) == sha256_bytes(data):
                print("fetch: %s already up to date" % dest_name)
                continue
            tmp_out = out + ".tmp"
            with open(tmp_out, "wb") as f:
                f.write(data)
            os.replace(tmp_out, out)
            print("fetch: wrote %s (from %s)" % (dest_name, member))


def copy_standin(dest):
    out = os.path.join(dest, "pyperf.py")
    if os.path.abspath(out) == os.path.abspath(STANDIN):
        return
    if not os.path.isfile(STANDIN):
        raise FetchError("stand-in %s not found" % STANDIN)
    if os.path.isfile(out) and sha256_file(out) == sha256_file(STANDIN):
        print("fetch: pyperf.py (stand-in) already up to date")
        return
    shutil.copyfile(STANDIN, out)
    print("fetch: copied the pyperf stand-in to %s" % out)


def main(argv):
    dest = None
    standin = True
    force = False
    for arg in argv:
        if arg == "--no-standin":
            standin = False
        elif arg == "--force":
            force = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        elif arg.startswith("-"):
            raise FetchError("unknown option %s (see --help)" % arg)
        elif dest is None:
            dest = arg
        else:
            raise FetchError("more than one destination given")
    dest = os.path.abspath(dest or DEFAULT_DEST)
    os.makedirs(dest, exist_ok=True)

    files = wanted_files()
    missing = [dest_name for _, dest_name, digest in files
               if digest is None or not has_content(os.path.join(dest, dest_name), digest)]
    if missing or force:
        if force:
            print("fetch: --force: downloading %s" % REQUIREMENT)
        else:
            print("fetch: %d file(s) missing or changed in %s (%s): downloading %s"
                  % (len(missing), dest, ", ".join(missing), REQUIREMENT))
        tmp = tempfile.mkdtemp(prefix="pyaot-pyperformance-")
        try:
            extract(download_wheel(tmp), dest, files)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    else:
        print("fetch: all %d benchmark programs in %s already have the pinned content; nothing downloaded"
              % (len(files), dest))
    if standin:
        copy_standin(dest)
    print("fetch: done: %s" % ", ".join(sorted(BENCHMARKS)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except FetchError as e:
        sys.stderr.write("fetch: error: %s\n" % e)
        sys.exit(1)
