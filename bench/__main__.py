"""Run the benchmarks: every bench/bench_<name>.py with a main(), or the names given.

Each benchmark prints its own table and writes bench/results/<name>.json; the
write-ups with the numbers live in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

BENCH_DIR = Path(__file__).parent


def available() -> list[str]:
    return sorted(path.stem.removeprefix("bench_") for path in BENCH_DIR.glob("bench_*.py"))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(available())})")
    args = parser.parse_args()
    names = args.names or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}")
    failed = []
    for name in names:
        print(f"\n=== bench {name} ===", flush=True)
        started = time.monotonic()
        try:
            importlib.import_module(f"bench.bench_{name}").main()
        except Exception:  # one broken benchmark must not hide the others' results
            traceback.print_exc()
            failed.append(name)
        print(f"=== {name}: {time.monotonic() - started:.0f}s ===", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
