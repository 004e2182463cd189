#!/usr/bin/env python3
"""Runs every case of the hostile-input corpus (make_corpus.py) against the planatlas executable.

    python3 tests/corpus/run_corpus.py --exe build/src/planatlas --corpus build/corpus [--jobs 2] [--filter TEXT]

Each case must: end by itself within its time limit with an exit status below 128 (no signal, no
crash); fail or succeed as the case says; when it fails, say so on stderr naming the file or the
option, with what the case expects to read; print no raw GDAL line ("ERROR 1: …") and no sanitizer
report; leave every input byte-identical (and the bundled geodata/ and assets/), and leave no
temporary file behind.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time

RAW = re.compile(r"^(ERROR \d+:|Warning \d+:)", re.M)
CRASH = re.compile(r"AddressSanitizer|LeakSanitizer|runtime error:|Segmentation fault|terminate called|Aborted")


def snapshot(top):
    """What is in a folder: each entry's kind and, for files, a hash of the bytes."""
    out = {}
    if not os.path.exists(top):
        return out
    for dirpath, dirs, files in os.walk(top):
        for n in sorted(dirs + files):
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, top)
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                out[rel] = "link:" + os.readlink(p)
            elif stat.S_ISREG(st.st_mode):
                h = hashlib.sha256()
                with open(p, "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        h.update(block)
                out[rel] = "file:%o:%s" % (stat.S_IMODE(st.st_mode), h.hexdigest())
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = "dir"
            else:
                out[rel] = "special:%o" % stat.S_IFMT(st.st_mode)
    return out


def expand(arg, case_dir, out_dir, root, as_bytes):
    s = arg.replace("{case}", case_dir).replace("{out}", out_dir).replace("{root}", root)
    return s.encode("latin-1") if as_bytes else s


NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


def nobody_can_run(exe, corpus):
    """As root every file is readable, so the permission cases run as nobody: if nobody can reach the
    executable and the corpus (a build tree under a private home, say), they are skipped, and said so."""
    if os.geteuid() != 0:
        return True
    try:
        ok = subprocess.run(NOBODY + [exe, "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20).returncode == 0
        return ok and subprocess.run(NOBODY + ["test", "-r", os.path.join(corpus, "manifest.json")], timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def run_case(case, exe, corpus, root):
    case_dir = os.path.join(corpus, "cases", case["id"])
    out_dir = os.path.join(corpus, "out", case["id"])
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    before = snapshot(case_dir)
    args = [expand(a, case_dir, out_dir, root, case.get("bytes_args")) for a in case["args"]]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = os.path.join(out_dir, ".config")
    env.update(case.get("env", {}))
    prefix = []
    if case.get("as_nobody") and os.geteuid() == 0:
        prefix = NOBODY
        env["XDG_CONFIG_HOME"] = "/tmp"
    t0 = time.monotonic()
    problems = []
    try:
        p = subprocess.run(prefix + [exe] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=case["timeout"], env=env)
        status, err = p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        status, err = None, (e.stderr or b"").decode("utf-8", "replace")
        problems.append("did not end within %d s" % case["timeout"])
    seconds = time.monotonic() - t0
    if status is not None:
        if status < 0 or status >= 128:
            problems.append("exit status %d (a signal or a crash)" % status)
        elif case["expect"] == "fail" and status == 0:
            problems.append("succeeded, but the case expects a refusal")
        elif case["expect"] == "ok" and status != 0:
            problems.append("failed (status %d), but the case expects success" % status)
        if status != 0 and not err.strip():
            problems.append("failed without a word on stderr")
    if status and case["names"] and not any(n in err for n in case["names"]):
        problems.append("stderr names none of %s" % case["names"])
    for want in case["stderr_has"]:
        if want not in err:
            problems.append("stderr lacks %r" % want)
    if RAW.search(err):
        problems.append("a raw library line: %r" % RAW.search(err).group(0))
    if CRASH.search(err):
        problems.append("a crash report: %r" % CRASH.search(err).group(0))
    after = snapshot(case_dir)
    if after != before:
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        problems.append("inputs changed: %s" % changed[:5])
    leftovers = [n for n in os.listdir(out_dir) if ".planatlas-" in n]
    for dirpath, _, files in os.walk(case_dir):
        leftovers += [n for n in files if ".planatlas-" in n]
    if leftovers:
        problems.append("temporary files left: %s" % leftovers[:3])
    shutil.rmtree(out_dir, ignore_errors=True)
    first = next((l for l in err.splitlines() if l.strip()), "")
    return {"id": case["id"], "kind": case["kind"], "status": status, "seconds": round(seconds, 2), "problems": problems,
            "stderr_first": first[:300], "stderr_lines": len(err.splitlines())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--filter", default="")
    ap.add_argument("--results", default="")
    a = ap.parse_args()
    exe = os.path.abspath(a.exe)
    manifest = json.load(open(os.path.join(a.corpus, "manifest.json")))
    root = manifest["root"]
    cases = [c for c in manifest["cases"] if a.filter in c["id"]]
    if any(c.get("as_nobody") for c in cases) and not nobody_can_run(exe, a.corpus):
        skipped = [c["id"] for c in cases if c.get("as_nobody")]
        print("skipped (the user nobody cannot reach the executable or the corpus here): %s" % ", ".join(skipped))
        cases = [c for c in cases if not c.get("as_nobody")]
    bundled = {d: snapshot(os.path.join(root, d)) for d in ("geodata", "assets")}
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        results = list(pool.map(lambda c: run_case(c, exe, a.corpus, root), cases))
    for d, snap in bundled.items():
        if snapshot(os.path.join(root, d)) != snap:
            results.append({"id": "bundled-" + d, "kind": "bundled data", "status": None, "seconds": 0,
                            "problems": ["the bundled %s/ changed during the run" % d], "stderr_first": "", "stderr_lines": 0})
    failed = [r for r in results if r["problems"]]
    for r in failed:
        print("FAIL %s (status %s, %.1f s): %s\n     stderr: %s" % (r["id"], r["status"], r["seconds"], "; ".join(r["problems"]),
                                                                  r["stderr_first"]))
    kinds = {}
    for r in results:
        kinds.setdefault(r["kind"], [0, 0])
        kinds[r["kind"]][0] += 1
        kinds[r["kind"]][1] += not r["problems"]
    slowest = max(results, key=lambda r: r["seconds"]) if results else None
    print("corpus: %d cases, %d passed, %d failed in %.0f s (slowest %s, %.1f s)" % (
        len(results), len(results) - len(failed), len(failed), time.monotonic() - t0, slowest and slowest["id"],
        slowest["seconds"] if slowest else 0))
    for k, (n, ok) in sorted(kinds.items()):
        print("  %-24s %3d/%d" % (k, ok, n))
    if a.results:
        with open(a.results, "w") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
