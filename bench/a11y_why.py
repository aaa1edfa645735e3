"""What the client's GUI thread did while a slow AT-SPI answer was on its way: reads a
``bench/a11y_remote.py --perf DIR`` recording beside that run's results.

    .venv/bin/python bench/a11y_why.py DIR/APP-….data RESULTS.json APP [--run N] [--over MS]

For each answer slower than ``--over`` (40 ms): how long the GUI thread was on a CPU
meanwhile (1 ms samples) and in which code, and each time it was switched out, with its
state: R (preempted: it wanted the CPU) or S/D (it waited for something, with the stack
that says what). Also what it ran in the ``--before`` ms before the answer began: on a
machine where every runnable session gets an equal share (autogroups), a burst of work
leaves the whole process owing CPU time, and it waits in the run queue until the others
have had theirs.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
from pathlib import Path

HEADER = re.compile(r"\s*([\d.]+):\s+(\S+):(?:\s+(.*))?$")
PYTHON_GLUE = ("_Py", "Py", "cfunction", "method_", "slot_", "vectorcall", "[unknown]")


def events(data: Path) -> list[tuple[float, str, str, list[str]]]:
    """(time, event, its trace fields, stack frames) from ``perf script``."""
    text = subprocess.run(["perf", "script", "-i", str(data), "-F", "time,event,trace,ip,sym"],
                          capture_output=True, text=True, check=True).stdout
    out: list[tuple[float, str, str, list[str]]] = []
    for line in text.splitlines():
        match = HEADER.match(line)
        if match and not line.startswith("\t"):
            out.append((float(match[1]), match[2], match[3] or "", []))
        elif line.strip() and out:
            parts = line.split(None, 1)
            if len(parts) == 2:
                out[-1][3].append(parts[1])
    return sorted(out, key=lambda e: e[0])


def where(frames: list[str], depth: int = 5) -> str:
    names = [f.split(" (")[0] for f in frames if "kallsyms" not in f]
    return " < ".join([n for n in names if not n.startswith(PYTHON_GLUE)][:depth])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("results", type=Path)
    parser.add_argument("app")
    parser.add_argument("--run", type=int, default=1)
    parser.add_argument("--over", type=float, default=40.0)
    parser.add_argument("--before", type=float, default=100.0, metavar="MS")
    args = parser.parse_args()
    run = json.loads(args.results.read_text())["results"][args.app][args.run - 1]
    trace = events(args.data)
    go = run["go_monotonic"]
    for since_go, ms in run["long"]:
        if ms < args.over:
            continue
        start, end = go + since_go, go + since_go + ms / 1000
        on: collections.Counter[str] = collections.Counter()
        ahead: collections.Counter[str] = collections.Counter()
        switches = []
        for i, (t, event, fields, frames) in enumerate(trace):
            if t > end:
                break
            if event == "cpu-clock" and t >= start:
                on[where(frames)] += 1
            elif event == "cpu-clock" and t >= start - args.before / 1000:
                ahead[where(frames)] += 1
            elif event == "sched:sched_switch":
                back = next((e[0] for e in trace[i + 1:]), end)  # its next event: back on
                if back > start:  # off during the answer (perhaps since before it)
                    state = re.search(r"prev_state=(\S+)", fields)
                    switches.append((min(back, end) - max(t, start),
                                     state[1] if state else "?", where(frames)))
        print(f"\nanswer at +{since_go:.3f} s took {ms:.1f} ms; GUI thread on a CPU "
              f"{sum(on.values())} ms")
        for stack, n in on.most_common(4):
            print(f"  on  {n:4d} ms  {stack[:200]}")
        print(f"  in the {args.before:.0f} ms before it: on a CPU {sum(ahead.values())} ms")
        for stack, n in ahead.most_common(3):
            print(f"  before {n:4d} ms  {stack[:200]}")
        off = collections.Counter()
        for gap, state, _stack in switches:
            off[state] += gap * 1000
        print("  off " + ", ".join(f"{state} {total:.1f} ms" for state, total in off.items()))
        for gap, state, stack in sorted(switches, reverse=True)[:3]:
            if state != "R":
                print(f"      {state} {gap * 1000:5.1f} ms  {stack[:200]}")


if __name__ == "__main__":
    main()
