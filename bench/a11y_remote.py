"""Responsiveness seen from outside, through the accessibility stack: kvmgui and
virt-manager each connected to a host of 40 VMs behind a 300 ms link while another
client starts 20 of them.

Run by hand as root (the far host is tests/integration/remote_host.py, see
bench/slowhost.py; the apps run in a private desktop session, tests/e2e/desktop.py):

    .venv/bin/python bench/a11y_remote.py [--runs 3] [--apps kvmgui,virt-manager]
        [--delay-ms 300] [--vms 40] [--starts 20] [--far-idle | --far-nice 19]
        [--fault starts|kill|hang] [--perf DIR]

``--apps floor`` adds the floor: bench/a11y_floor.py, a bare Qt table of the host's VMs
with one lifecycle callback, measured the same way.

Each run starts, in turn (order rotated between runs), a fresh desktop session (Xvfb,
D-Bus, the AT-SPI bus) with one application connected to the host through the delaying
proxy, and bench/a11y_ping.py: once the application shows the host's last VM, it asks
the application's window for its extents every 10 ms (each answer is a D-Bus round trip
that the application's GUI thread serves) from just before the first start until 3 s
after the last start returned. Reported per application: the longest and the 99th
percentile round trip, and how many took over 50 ms; median and worst over the runs.
The results file also has the answers that failed, by kind ("The application no longer
exists": it crashed). ``--fault kill|hang``: instead of the starts, with 5 guests
running, the host's libvirtd is killed, or its traffic dropped, for 20 s, then back.
Writes bench/a11y-remote-results.json. ``virt-manager`` is Debian's (apt install
virt-manager; not needed by the test suite, so not in tools/install-system-deps.sh).

The same caveat as bench/remote.py: the far host's guests run on this machine's CPUs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.procio import read_line  # noqa: E402
from bench.sides import median_worst, rotated, write_results  # noqa: E402
from bench.slowhost import SlowHost, slow_host  # noqa: E402
from tests.e2e.desktop import SYSTEM_PYTHON, DesktopSession, skip_reason  # noqa: E402

SETTLE_S = 3.0
FAULT_S = 20.0  # how long the host stays dead or hung
PRESTARTED = 5  # guests running through a fault (their figures are read every second)
READY_TIMEOUT_S = 200.0
APPS = {  # what the application calls itself on the accessibility bus, and how to start it
    "kvmgui": ("kvmgui", lambda uri: [sys.executable, "-m", "kvmgui", "-c", uri]),
    "virt-manager": ("virt-manager",
                     lambda uri: ["virt-manager", "--no-fork", "--connect", uri]),
    # the least a Qt client does (bench/a11y_floor.py): what the machine alone costs
    "floor": ("kvmgui-floor",
              lambda uri: [sys.executable, str(REPO / "bench" / "a11y_floor.py"), uri]),
}


def one_run(app: str, slow: SlowHost, fault: str, starts: list[str], *,
            far_nice: int | None, perf: Path | None = None) -> dict:
    bus_name, command = APPS[app]
    session = DesktopSession()
    running = slow.names[-PRESTARTED:] if fault != "starts" else []
    with tempfile.TemporaryDirectory(prefix="kvmgui-bench-a11y-") as home:
        try:
            for name in running:  # guests whose figures the client follows through the fault
                slow.far.lookupByName(name).create()
            session.start()
            env = dict(session.env, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                       XDG_RUNTIME_DIR=f"{home}/run", XDG_STATE_HOME=f"{home}/.state",
                       PYTHONPATH=str(REPO))
            os.makedirs(f"{home}/run", mode=0o700)
            client = subprocess.Popen(command(slow.uri), env=env, cwd=REPO,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            session.procs.append(client)
            pinger = subprocess.Popen(
                [SYSTEM_PYTHON, str(REPO / "bench" / "a11y_ping.py"), bus_name,
                 slow.names[-1], str(client.pid)], env=session.env, stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True)
            session.procs.append(pinger)
            ready = read_line(pinger, READY_TIMEOUT_S)
            if not ready.startswith("READY"):
                return {"error": f"not ready: {ready!r}"}
            assert pinger.stdin is not None
            recorder = None
            if perf is not None:  # the client's GUI thread: switches and samples, with stacks
                recorder = subprocess.Popen(
                    ["perf", "record", "-q", "-k", "mono", "-e", "sched:sched_switch",
                     "-e", "cpu-clock", "-F", "1000", "--call-graph", "dwarf,16384",
                     "-t", str(client.pid), "-o", str(perf / f"{app}-{time.time():.0f}.data")],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                session.procs.append(recorder)  # ended by session.stop if still running
                time.sleep(1.0)
            pinger.stdin.write("GO\n")
            pinger.stdin.flush()
            time.sleep(0.2)
            if fault == "starts":
                for name in starts:
                    slow.far.lookupByName(name).create()
                    if far_nice is not None:
                        slow.renice_guest(name, far_nice)
            else:
                slow.hang() if fault == "hang" else slow.kill()
                time.sleep(FAULT_S)
                slow.recover()
            time.sleep(SETTLE_S)
            pinger.stdin.write("STOP\n")
            pinger.stdin.flush()
            if recorder is not None:
                recorder.send_signal(signal.SIGINT)  # perf writes its file on SIGINT
                recorder.wait(60)
            line = read_line(pinger, 60.0)
            data = json.loads(line) if line.startswith("{") else {"error": repr(line)}
            data["ready"] = ready
            return data
        finally:
            session.stop()
            slow.destroy_all(starts + running)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--apps", default="kvmgui,virt-manager")
    parser.add_argument("--delay-ms", type=float, default=300.0)
    parser.add_argument("--vms", type=int, default=40)
    parser.add_argument("--starts", type=int, default=20)
    parser.add_argument("--tcg", action="store_true", help="guests under TCG even with /dev/kvm")
    parser.add_argument("--far-nice", type=int, metavar="N",
                        help="each started guest's scheduling autogroup at nice N")
    parser.add_argument("--far-idle", action="store_true",
                        help="the far host on CPU time nothing else wants (bench/fargroup.py)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "a11y-remote-results.json")
    parser.add_argument("--fault", choices=("starts", "kill", "hang"), default="starts",
                        help="what happens on the host while the client is asked: another "
                             "client starts guests (default), or its libvirtd is killed, or "
                             f"its traffic is dropped (veth down), for {FAULT_S:.0f} s")
    parser.add_argument("--perf", type=Path, metavar="DIR",
                        help="record each client's GUI thread with perf into DIR (read with "
                             "bench/a11y_why.py; slows it: for reading, not the table)")
    args = parser.parse_args()
    apps = args.apps.split(",")
    reason = skip_reason() or next(
        (f"{a} is not installed" for a in apps if a == "virt-manager" and not shutil.which(a)), None)
    if reason:
        sys.exit(f"cannot run: {reason}")
    results: dict[str, list[dict]] = {app: [] for app in apps}
    if args.perf:
        args.perf.mkdir(parents=True, exist_ok=True)
    with slow_host(args.vms, args.delay_ms, tcg=args.tcg, far_idle=args.far_idle) as slow:
        kvm, far_idle = slow.kvm, slow.far_idle
        for run in range(args.runs):
            for app in rotated(apps, run):
                print(f"run {run + 1}/{args.runs}: {app}…", file=sys.stderr, flush=True)
                results[app].append(one_run(app, slow, args.fault, slow.names[: args.starts],
                                            far_nice=args.far_nice, perf=args.perf))
                print(f"  {results[app][-1]}", file=sys.stderr, flush=True)

    what = (f"another client starts {args.starts}" if args.fault == "starts" else
            f"{PRESTARTED} running, its libvirtd {'killed' if args.fault == 'kill' else 'hung'} "
            f"for {FAULT_S:.0f} s")
    print(f"\n{args.vms} VMs behind {args.delay_ms:.0f} ms (each way), {what}; an AT-SPI call "
          f"every 10 ms; {args.runs} runs each, median / worst")
    print(f"{'':14}{'longest ms':>16}{'p99 ms':>16}{'over 50 ms':>14}")
    for app, runs in results.items():
        if not any("max_ms" in r for r in runs):
            print(f"{app:14} no result")
            continue
        cols = [f"{median:>8.0f} /{worst:>6.0f}" for median, worst in
                (median_worst(runs, key) for key in ("max_ms", "p99_ms", "over_50"))]
        print(f"{app:14}{cols[0]}{cols[1]}{cols[2]}")
    write_results(args.out, results, fault=args.fault, kvm=kvm, far_nice=args.far_nice,
                  far_idle=far_idle,
                  delay_ms=args.delay_ms, vms=args.vms, starts=args.starts,
                  load_before=os.getloadavg())
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
