"""Runs a command while other processes keep this machine's CPUs busy (by hand).

Usage: hogs.py [--count 2] [--busy-ms 40] [--idle-ms 5] -- COMMAND [ARGS...]

Each hog spins ``--busy-ms`` then sleeps ``--idle-ms``, in a session of its own (so in
an autogroup of its own, as another user's job would be). They start before COMMAND and
are ended, by pid, when it ends; the exit status is COMMAND's. Used for the "busy
machine" figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time


def spin(busy_s: float, idle_s: float) -> None:
    while True:
        end = time.perf_counter() + busy_s
        while time.perf_counter() < end:
            pass
        time.sleep(idle_s)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2)
    parser.add_argument("--busy-ms", type=float, default=40.0)
    parser.add_argument("--idle-ms", type=float, default=5.0)
    parser.add_argument("--spin", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.spin:
        spin(args.busy_ms / 1000, args.idle_ms / 1000)
        return 0
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    hogs = [subprocess.Popen([sys.executable, __file__, "--spin", "--busy-ms", str(args.busy_ms),
                              "--idle-ms", str(args.idle_ms)], start_new_session=True)
            for _ in range(args.count)]
    try:
        return subprocess.call(command)
    finally:
        for hog in hogs:
            os.kill(hog.pid, signal.SIGTERM)
            hog.wait()


if __name__ == "__main__":
    sys.exit(main())
