"""kvmgui on a slow remote host: the GUI thread's longest stall while another client
starts 20 of 40 VMs behind a 300 ms link, against raw libvirt-python on the same link.

Run by hand as root (it builds a real isolated host, see tests/integration/remote_host.py):

    .venv/bin/python bench/remote.py [--runs 5] [--delay-ms 300] [--vms 40] [--starts 20]
        [--baseline DIR] [--profile DIR]

Each run spawns, in turn (order alternating between runs), a fresh probe process:

  kvmgui  the real main window (``kvmgui.app.start``, offscreen) connected to the host
          through the delaying proxy; its VM list must hold every VM first;
  base    (with ``--baseline DIR``) the same as kvmgui, but the kvmgui of another
          checkout (e.g. ``git archive main | tar -x -C DIR``): before/after, interleaved;
  raw     a bare Qt application with libvirt's event loop on the same GLib context and
          one lifecycle callback that notes each VM's state: the least any program that
          follows events on the GUI thread does.

Once a probe is listed, this process (another client, on the far side of the link)
starts N VMs one after the other; the probe measures its event-loop stalls with
tests/integration/lag_probe.py (a 5 ms timer) from just before the first start until
2 s after it has seen the last VM running; then the VMs are destroyed again.

Reported per probe: longest stall; longest stall less the time the kernel kept the
GUI thread waiting for a CPU ("own"); event latency (start call returned -> the probe
saw it); connect time (process start -> every VM listed; for raw: open + list + stats).
Median and worst over the runs.  Writes bench/remote-results.json.

``--profile DIR``: the kvmgui probes also run cProfile on the GUI thread (only there)
from GO to the end, one ``app-<run>.prof`` per run (``python -m pstats``).

``--far-nice 19`` / ``--far-idle``: the far host stands for another machine, but runs on
this one's two cores. ``--far-nice`` lowers each started guest (after its start);
``--far-idle`` puts the far libvirtd and everything it starts in a CPU cgroup that only
gets CPU time nothing else wants (bench/fargroup.py), so what is left of a stall is the
client's own and the rest of the machine's load.

kvmgui's probe also lists each stall over 20 ms as (CLOCK_MONOTONIC at its end, stall,
runqueue wait, CPU time): to find it in a trace taken meanwhile, e.g.
``perf record -e sched:sched_switch -k mono --call-graph dwarf`` filtered on the probe's
GUI thread (its off-CPU stacks say what it waited for).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import libvirt  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QAbstractEventDispatcher,
    QCoreApplication,
    QSocketNotifier,
    QTimer,
)

from bench.procio import read_line  # noqa: E402
from bench.sides import median_worst, rotated, write_results  # noqa: E402
from bench.slowhost import SlowHost, slow_host  # noqa: E402
from tests.integration.lag_probe import LagProbe  # noqa: E402

SETTLE_S = 2.0
PROBE_TIMEOUT_S = 240.0


# =========================================================================== probes
# (run as `remote.py --probe app|raw URI NAME...` in a fresh process)


def _thread_times() -> dict[int, tuple[float, float]]:
    """Per thread of this process (by TID): (ms on a CPU, ms waiting for one)."""
    out = {}
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError, ValueError):
            cpu, wait, _slices = (Path(task) / "schedstat").read_text().split()
            out[int(task.name)] = (int(cpu) / 1e6, int(wait) / 1e6)
    return out


def _cpu_by_thread(before: dict[int, tuple[float, float]]) -> dict[str, list[float]]:
    """CPU and runqueue ms per kind of thread since ``before`` (threads that ended are
    not counted): the GUI thread, kvmgui's workers, other Python threads, the rest."""
    import threading  # noqa: PLC0415

    names = {t.native_id: t.name for t in threading.enumerate()}
    main = threading.main_thread().native_id
    out: dict[str, list[float]] = {}
    for tid, (cpu, wait) in _thread_times().items():
        cpu0, wait0 = before.get(tid, (0.0, 0.0))
        name = names.get(tid)
        kind = ("gui" if tid == main else "worker" if name and name.startswith("kvmgui-worker")
                else "python" if name else "other")
        acc = out.setdefault(kind, [0.0, 0.0])
        acc[0] += round(cpu - cpu0, 1)
        acc[1] += round(wait - wait0, 1)
    return out


def _probe_common(names: list[str], conn_ready, on_go, report) -> tuple:
    """Wait until listed, say READY, wait for GO on stdin, then measure until every VM
    in ``names`` was seen running (+ SETTLE_S)."""
    probe = LagProbe()
    state: dict = {"seen": {}, "go": None}
    want = set(names)

    def check_ready() -> None:
        if conn_ready():
            ready_timer.stop()
            print("READY", flush=True)

    ready_timer = QTimer()
    ready_timer.timeout.connect(check_ready)
    ready_timer.start(20)

    def stdin_ready() -> None:
        line = sys.stdin.readline()
        if line.startswith("GO") and state["go"] is None:
            state["go"] = time.time()
            state["threads"] = _thread_times()
            probe.start()
            on_go()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(stdin_ready)

    def seen_running(name: str) -> None:
        if name in want and name not in state["seen"] and state["go"] is not None:
            state["seen"][name] = time.time()
            if len(state["seen"]) == len(want):
                QTimer.singleShot(int(SETTLE_S * 1000), finish)

    def finish() -> None:
        lag = probe.stop()
        _stall, runq, _cpu, _gc = lag.worst_split()
        _own, _runq, own_cpu, own_gc = lag.worst_split(own=True)
        report({"cpu_ms": _cpu_by_thread(state["threads"]),
                "max_ms": lag.max_ms, "own_ms": lag.max_own_ms, "p99_ms": lag.p99,
                "worst_runq_ms": runq, "own_cpu_ms": own_cpu, "own_gc_ms": own_gc,
                "seen": state["seen"], "ticks": lag.ticks,
                "long_stalls": [[round(v, 4) for v in row] for row in lag.longer_than(20.0)]})

    def give_up() -> None:
        lag = probe.stop()
        report({"error": "timeout", "seen": state["seen"], "max_ms": lag.max_ms})

    QTimer.singleShot(int(PROBE_TIMEOUT_S * 1000), give_up)
    return seen_running, notifier, ready_timer  # kept alive by the caller


def probe_app(uri: str, names: list[str], total: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # (XDG_CONFIG_HOME: see one_run)
    profile_to = os.environ.get("KVMGUI_BENCH_PROFILE")
    # kvmgui only here: the raw probe and the driver never load it.
    from kvmgui.app import start  # noqa: PLC0415
    from kvmgui.libvirt.connection import ConnState  # noqa: PLC0415
    from kvmgui.libvirt.records import DomainState  # noqa: PLC0415

    t0 = time.time()
    app, registry, window = start(["-c", uri])
    conn = registry.find(uri)
    out: dict = {}

    def ready() -> bool:
        if conn.state == ConnState.CONNECTED and window.proxy.rowCount() == total:
            out.setdefault("connect_s", time.time() - t0)
            return True
        return False

    profiler = None
    stalls: list[dict] = []

    def go() -> None:
        nonlocal profiler
        if profile_to:
            import cProfile  # noqa: PLC0415

            profiler = cProfile.Profile()  # profiles the thread that enables it: the GUI's
            profiler.enable()
        if os.environ.get("KVMGUI_BENCH_STALLS"):
            _profile_stalls(stalls, float(os.environ["KVMGUI_BENCH_STALLS"]))

    def report(data: dict) -> None:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile_to)
        if stalls:
            data["stalls"] = stalls
        print(json.dumps({**out, **data}), flush=True)
        os._exit(0)

    seen, *_keep = _probe_common(names, ready, go, report)

    def on_changed(records: list) -> None:  # after the model's slot: the row shows it
        for rec in records:
            if rec.state == DomainState.RUNNING:
                seen(rec.name)

    conn.domains.changed.connect(on_changed)
    app.exec()


def _profile_stalls(into: list[dict], threshold_ms: float) -> None:
    """What ran on the GUI thread in each gap of the lag probe's ticks longer than
    ``threshold_ms``: a cProfile per gap (cleared at every tick), its top functions by
    own time, with the gap's length. (Slows the GUI thread: figures from such runs are
    for reading, not for the tables.)"""
    import cProfile  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    prof = cProfile.Profile()
    original = LagProbe._tick
    last = [time.perf_counter()]

    def tick(self: LagProbe) -> None:
        prof.disable()
        now = time.perf_counter()
        gap_ms = (now - last[0]) * 1000
        last[0] = now
        if gap_ms > threshold_ms:
            stats = pstats.Stats(prof)
            top = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:12]  # type: ignore[attr-defined]
            into.append({"gap_ms": round(gap_ms, 1), "at": round(now, 3), "top": [
                [f"{Path(f).name}:{line}({fn})", round(tt * 1000, 2), cc]
                for (f, line, fn), (cc, _nc, tt, _ct, _callers) in top]})
        prof.clear()
        original(self)
        prof.enable()

    LagProbe._tick = tick  # type: ignore[method-assign]
    prof.enable()


def probe_raw(uri: str, names: list[str], total: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    t0 = time.time()
    app = QCoreApplication(sys.argv[:1])
    # libvirt's default event loop lives on GLib's default context, which Qt's GLib
    # dispatcher iterates: callbacks run on this (the GUI) thread, as in kvmgui.
    libvirt.virEventRegisterDefaultImpl()
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    if "Glib" not in dispatcher.metaObject().className():
        sys.exit("raw probe: Qt does not run GLib's main context here")
    conn = libvirt.open(uri)
    conn.setKeepAlive(5, 3)
    doms = conn.listAllDomains(0)
    conn.getAllDomainStats(0)
    out = {"connect_s": time.time() - t0, "listed": len(doms)}
    states: dict[str, int] = {}

    def report(data: dict) -> None:
        print(json.dumps({**out, **data}), flush=True)
        os._exit(0)

    seen, *_keep = _probe_common(names, lambda: len(doms) == total, lambda: None, report)

    def lifecycle(_c, dom, event, _detail, _opaque) -> None:
        name = dom.name()
        states[name] = event
        if event == libvirt.VIR_DOMAIN_EVENT_STARTED:
            seen(name)

    conn.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle, None)
    app.exec()


# =========================================================================== driver


def one_run(kind: str, slow: SlowHost, names: list[str], *,
            repos: dict[str, Path], profile: Path | None = None,
            stalls_ms: float = 0.0, far_nice: int | None = None) -> dict:
    """``kind``: app, base (app from the baseline checkout) or raw."""
    repo = repos.get(kind, REPO)
    with tempfile.TemporaryDirectory(prefix="kvmgui-bench-remote-") as config:
        # The app's own QSettings() in a private place: no saved connections or settings.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo),
                   XDG_CONFIG_HOME=config)
        if profile is not None:
            env["KVMGUI_BENCH_PROFILE"] = str(profile)
        if stalls_ms:
            env["KVMGUI_BENCH_STALLS"] = str(stalls_ms)
        return _measure("raw" if kind == "raw" else "app", slow, names, env, repo,
                        far_nice=far_nice)


def _measure(kind: str, slow: SlowHost, names: list[str], env: dict,
             repo: Path = REPO, *, far_nice: int | None = None) -> dict:
    script = repo / "bench" / "remote.py"
    proc = subprocess.Popen([sys.executable, str(script), "--probe", kind, slow.uri,
                             str(len(slow.names)), *names], cwd=repo, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        if read_line(proc, PROBE_TIMEOUT_S) != "READY":
            return {"error": "not ready"}
        assert proc.stdin is not None
        proc.stdin.write("GO\n")
        proc.stdin.flush()
        time.sleep(0.2)  # the probe's timer is running before the first start
        started = {}
        for name in names:
            slow.far.lookupByName(name).create()
            started[name] = time.time()
            if far_nice is not None:
                slow.renice_guest(name, far_nice)
        line = read_line(proc, PROBE_TIMEOUT_S)
        data = json.loads(line) if line.startswith("{") else {"error": "no result"}
        seen = data.pop("seen", {})
        lat = [seen[n] - started[n] for n in names if n in seen]
        data["latency_ms"] = {"p50": statistics.median(lat) * 1000 if lat else float("nan"),
                              "max": max(lat) * 1000 if lat else float("nan")}
        data["seen_count"] = len(seen)
        return data
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        slow.destroy_all(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--delay-ms", type=float, default=300.0)
    parser.add_argument("--vms", type=int, default=40)
    parser.add_argument("--starts", type=int, default=20)
    parser.add_argument("--tcg", action="store_true", help="guests under TCG even with /dev/kvm")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "remote-results.json")
    parser.add_argument("--baseline", type=Path,
                        help="also run kvmgui from this checkout ('base'), interleaved")
    parser.add_argument("--profile", type=Path, help="cProfile the kvmgui GUI thread into DIR")
    parser.add_argument("--kinds", default="app,raw", help="which probes (app, raw)")
    parser.add_argument("--far-nice", type=int, metavar="N",
                        help="each started guest's scheduling autogroup at nice N (19: the "
                             "far side's guests hardly compete with the probe for CPU)")
    parser.add_argument("--far-idle", action="store_true",
                        help="the far host's libvirtd and its guests on CPU time nothing else "
                             "wants (a cgroup at cpu.idle): as if it were another machine")
    parser.add_argument("--stalls", type=float, default=0.0, metavar="MS",
                        help="kvmgui probe: profile what ran in each gap over MS (slows it)")
    parser.add_argument("--probe", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        kind, uri, total, *names = args.probe
        (probe_app if kind == "app" else probe_raw)(uri, names, int(total))
        return

    kinds = args.kinds.split(",") + (["base"] if args.baseline else [])
    results: dict[str, list[dict]] = {kind: [] for kind in kinds}
    repos = {"base": args.baseline.resolve()} if args.baseline else {}
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    with slow_host(args.vms, args.delay_ms, tcg=args.tcg, far_idle=args.far_idle) as slow:
        kvm, far_idle = slow.kvm, slow.far_idle
        starts = slow.names[: args.starts]
        for run in range(args.runs):
            for kind in rotated(kinds, run):
                print(f"run {run + 1}/{args.runs}: {kind}…", file=sys.stderr, flush=True)
                prof = (args.profile / f"{kind}-{run + 1}.prof"
                        if args.profile and kind != "raw" else None)
                results[kind].append(one_run(kind, slow, starts, repos=repos, profile=prof,
                                             stalls_ms=args.stalls, far_nice=args.far_nice))
                print(f"  {results[kind][-1]}", file=sys.stderr, flush=True)

    print(f"\n{args.vms} VMs behind {args.delay_ms:.0f} ms (each way), another client starts "
          f"{args.starts}; {args.runs} runs each, median / worst ({'KVM' if kvm else 'TCG'} guests)")
    print(f"{'':8}{'stall ms':>16}{'own stall ms':>16}{'event→seen ms':>16}{'connect s':>14}")
    for kind in kinds:
        runs = results[kind]
        for r in runs:
            r["latency_p50_ms"] = r.get("latency_ms", {}).get("p50", float("nan"))
        s, o, lat, c = (median_worst(runs, k) for k in ("max_ms", "own_ms", "latency_p50_ms", "connect_s"))
        label = {"app": "kvmgui", "base": "baseline"}.get(kind, kind)
        print(f"{label:8}{s[0]:>8.0f} /{s[1]:>5.0f}{o[0]:>9.0f} /{o[1]:>5.0f}"
              f"{lat[0]:>9.0f} /{lat[1]:>5.0f}{c[0]:>8.1f} /{c[1]:>4.1f}")
    write_results(args.out, results, kvm=kvm, far_nice=args.far_nice,
                  far_idle=far_idle,
                  baseline=str(args.baseline or ""), delay_ms=args.delay_ms, vms=args.vms,
                  starts=args.starts, load_before=os.getloadavg())
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
