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

With the client's pid as a third argument, each answer over 40 ms also says where its
time went (``slow``): for the pinger itself, the a11y bus's dbus-daemon and the client's
GUI and D-Bus threads, the milliseconds each ran on a CPU and waited for one
(``/proc/…/schedstat``) while the answer was out.
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
SLOW_MS = 40.0
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


def schedstat(tid):
    """(ns on a CPU, ns waiting for one) of a thread, or None once it is gone."""
    try:
        with open(f"/proc/{tid}/schedstat") as f:
            run, wait = f.read().split()[:2]
        return int(run), int(wait)
    except (OSError, ValueError):
        return None


def watched_threads(client_pid):
    """label -> tid: this pinger, the a11y bus's daemon, the client's GUI and D-Bus threads."""
    found = {"pinger": Path("/proc/thread-self").resolve().name, "gui": str(client_pid)}
    for task in Path(f"/proc/{client_pid}/task").iterdir():
        try:
            if task.joinpath("comm").read_text().strip().startswith("QDBus"):
                found["qdbus"] = task.name
        except OSError:
            continue
    buses = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"accessibility.conf" in proc.joinpath("cmdline").read_bytes():
                buses.append(int(proc.name))
        except OSError:
            continue
    if buses:
        found["a11y-bus"] = str(max(buses))  # this session's: the newest
    return found


def ping(window, client_pid=None):
    component = window.queryComponent()
    threads = watched_threads(client_pid) if client_pid else {}
    slow = []  # [seconds since GO, ms, {label: [ms on a CPU, ms waiting for one]}]
    times = []  # (seconds since GO, round trip ms)
    t0 = time.monotonic()
    next_tick = t0
    errors = {}  # what failed, how often
    while True:
        wait = max(0.0, next_tick - time.monotonic())
        stop = select.select([sys.stdin], [], [], wait)[0] and sys.stdin.readline()
        if stop and stop.strip() == "STOP":
            break
        before = {label: schedstat(tid) for label, tid in threads.items()}
        start = time.monotonic()
        try:
            component.getExtents(pyatspi.DESKTOP_COORDS)
        except Exception as error:  # pyatspi's errors come in several kinds
            what = f"{type(error).__name__}: {error}"[:160]
            errors[what] = errors.get(what, 0) + 1
        end = time.monotonic()
        times.append((start - t0, (end - start) * 1000))
        if threads and (end - start) * 1000 > SLOW_MS:
            spent = {}
            for label, tid in threads.items():
                after, was = schedstat(tid), before[label]
                if after and was:
                    spent[label] = [round((a - b) / 1e6, 1) for a, b in zip(after, was, strict=True)]
            slow.append([round(start - t0, 3), round((end - start) * 1000, 1), spent])
        next_tick = max(next_tick + TICK_S, end)
    rtts = sorted(ms for _t, ms in times)
    n = len(rtts)
    return {"count": n, "errors": sum(errors.values()), "error_kinds": errors,
            "go_monotonic": t0,
            "p50_ms": rtts[n // 2] if n else None,
            "p99_ms": rtts[min(n - 1, int(n * 0.99))] if n else None,
            "max_ms": rtts[-1] if n else None,
            "over_50": sum(1 for ms in rtts if ms > 50),
            "long": [[round(t, 3), round(ms, 1)] for t, ms in times if ms > 20],
            "slow": slow}


def main():
    name, text = sys.argv[1], sys.argv[2]
    client_pid = int(sys.argv[3]) if len(sys.argv) > 3 else None
    app = wait_ready(name, text)
    window = next((app.getChildAtIndex(i) for i in range(app.childCount)
                   if app.getChildAtIndex(i).getRoleName() == "frame"), app.getChildAtIndex(0))
    if sys.stdin.readline().strip() != "GO":
        sys.exit(1)
    print(json.dumps(ping(window, client_pid)), flush=True)


if __name__ == "__main__":
    main()
