"""The outside half of bench/a11y_remote.py: asks an application a question through
AT-SPI every 10 ms and times each answer, as a screen reader (or a desktop test that
measures responsiveness) would see it.

Run with Debian's /usr/bin/python3 (python3-pyatspi), in the desktop session's
environment:  a11y_ping.py APP READY_TEXT

Prints READY once APP is on the accessibility bus with a window, and some node of it
shows READY_TEXT in its name (the client has listed the host), or "READY timeout" after
READY_S. Then, on a line "GO" on stdin, asks the window for its extents (a call that
libatspi never answers from its cache: each one is a D-Bus round trip served by the
application's GUI thread) every 10 ms until a line "STOP"; prints one JSON line.
"""

import json
import select
import sys
import time
from pathlib import Path

import pyatspi

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
from atspi_driver import app_named  # the e2e tests' lookup (the same interpreter)

TICK_S = 0.010
READY_S = 180.0
NODE_LIMIT = 20000


def find_app(name, deadline):
    """``name`` once it is on the bus with a window (or None at ``deadline``)."""
    while time.monotonic() < deadline:
        try:
            app = app_named(name)
        except LookupError:
            app = None
        if app is not None and app.childCount > 0:
            return app
        time.sleep(0.5)
    return None


def shows(acc, text):
    """Whether a node under ``acc`` has ``text`` in its name (breadth-first, bounded)."""
    queue, seen = [acc], 0
    while queue and seen < NODE_LIMIT:
        node = queue.pop(0)
        seen += 1
        try:
            if text in (node.name or ""):
                return True
            queue.extend(node.getChildAtIndex(i) for i in range(min(node.childCount, 500)))
        except Exception:  # a node that went away while we walked: skip it
            continue
    return False


def wait_ready(name, text):
    deadline = time.monotonic() + READY_S
    app = find_app(name, deadline)
    if app is None:
        print(json.dumps({"error": f"no application {name!r} on the bus"}), flush=True)
        sys.exit(1)
    while time.monotonic() < deadline:
        if shows(app, text):
            print("READY", flush=True)
            return app
        time.sleep(1.0)
    print("READY timeout", flush=True)
    return app


def ping(window):
    component = window.queryComponent()
    times = []  # (seconds since GO, round trip ms)
    t0 = time.monotonic()
    next_tick = t0
    errors = {}  # what failed, how often
    while True:
        wait = max(0.0, next_tick - time.monotonic())
        stop = select.select([sys.stdin], [], [], wait)[0] and sys.stdin.readline()
        if stop and stop.strip() == "STOP":
            break
        start = time.monotonic()
        try:
            component.getExtents(pyatspi.DESKTOP_COORDS)
        except Exception as error:  # pyatspi's errors come in several kinds
            what = f"{type(error).__name__}: {error}"[:160]
            errors[what] = errors.get(what, 0) + 1
        end = time.monotonic()
        times.append((start - t0, (end - start) * 1000))
        next_tick = max(next_tick + TICK_S, end)
    rtts = sorted(ms for _t, ms in times)
    n = len(rtts)
    return {"count": n, "errors": sum(errors.values()), "error_kinds": errors,
            "go_monotonic": t0,
            "p50_ms": rtts[n // 2] if n else None,
            "p99_ms": rtts[min(n - 1, int(n * 0.99))] if n else None,
            "max_ms": rtts[-1] if n else None,
            "over_50": sum(1 for ms in rtts if ms > 50),
            "long": [[round(t, 3), round(ms, 1)] for t, ms in times if ms > 20]}


def main():
    name, text = sys.argv[1], sys.argv[2]
    app = wait_ready(name, text)
    window = next((app.getChildAtIndex(i) for i in range(app.childCount)
                   if app.getChildAtIndex(i).getRoleName() == "frame"), app.getChildAtIndex(0))
    if sys.stdin.readline().strip() != "GO":
        sys.exit(1)
    print(json.dumps(ping(window)), flush=True)


if __name__ == "__main__":
    main()
