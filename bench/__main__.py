"""python -m bench [--scale tiny|small|full]: run every benchmark, each in its own process, and write
bench/results-<scale>.json and (for small and full) bench/BENCHMARKS.md."""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import markdown
from bench.suites import SCALES, SUITES

HERE = Path(__file__).resolve().parent


def run_suite(name: str, scale: str, work: Path) -> dict:
    """One suite in a fresh Python process (its peak memory is then its own)."""
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "bench", "--one", name, "--scale", scale, "--work", str(work)],
                         capture_output=True, text=True, cwd=HERE.parent)
    if res.returncode != 0:
        return {"error": (res.stderr.strip().splitlines() or ["failed"])[-1]}
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["suite_seconds"] = time.perf_counter() - t
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", choices=list(SCALES), default="small")
    parser.add_argument("--only", action="append", choices=list(SUITES), help="Run only this suite (repeatable).")
    parser.add_argument("--out", type=Path, default=HERE, help="Where to write results and BENCHMARKS.md.")
    parser.add_argument("--one", choices=list(SUITES), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(SUITES[args.one](args.scale, args.work)))
        return 0
    results = {"scale": args.scale, "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count(),
                                                 "platform": platform.platform()}, "commit": _commit(), "suites": {}}
    with tempfile.TemporaryDirectory(prefix="fkg-bench-") as tmp:
        work = Path(tmp)
        for name in args.only or list(SUITES):
            print(f"running {name} ({args.scale})...", file=sys.stderr, flush=True)
            results["suites"][name] = run_suite(name, args.scale, work)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"results-{args.scale}.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    text = markdown(results)
    if args.scale != "tiny":
        (args.out / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    print(text)
    failed = [n for n, r in results["suites"].items() if "error" in r]
    return 1 if failed else 0


def _commit() -> str:
    """The commit the benchmarks ran on ('' outside a git checkout)."""
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


if __name__ == "__main__":
    sys.exit(main())
