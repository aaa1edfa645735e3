"""Soak: kvmgui against a host of 1,000 VMs under a steady event storm, with a libvirtd
restart every 5 minutes. Run by hand as root (not in CI):

    .venv/bin/python bench/soak.py --minutes 30 [--vms 1000] [--rate 20] [--restart-every 300]

The host is a real libvirtd (QEMU driver) in its own network + mount namespaces
(tests/integration/isolated_host.py), so a restart is a real daemon going away and coming
back with its state on disk. Its VMs are defined, not running (1,000 QEMU guests do not
fit on this machine); the storm therefore consists of the events a definition makes:

  redefine  the same VM with another vCPU count and memory   (DEFINED/UPDATED)
  rename    an inactive VM                                    (UNDEFINED+DEFINED/RENAMED)
  replace   undefine a VM and define a new one (new uuid)     (UNDEFINED, DEFINED/ADDED)

issued by another client (this process, a worker thread with its own connection) at
``--rate`` operations a second, paused while the daemon is down. Every
``--restart-every`` seconds the daemon is stopped (SIGTERM) and started again on the
same state; kvmgui must notice, reconnect by itself and reconcile.

kvmgui runs as its real main window (``kvmgui.app.start``, offscreen) in a child
process (``--probe``). Reported:

  RSS        the child's resident set (/proc/PID/status, read from outside) every 10 s:
             after the first listing, at the end, the peak, and growth per 10 minutes
             over the second half (a leak shows as a steady slope)
  stall      tests/integration/lag_probe.py (a 5 ms precise timer on the GUI thread) in
             windows of 30 s: the longest stall of each window, with and without the time
             the kernel kept the thread waiting for a CPU (the machine is shared)
  missed     once the storm has stopped and 10 s have passed: the model's VMs
             (uuid, name, state, vCPUs, memory, persistence) against libvirt's listing
             on a fresh connection; any difference is a missed (or wrongly applied) event.
             Also: the VM table's row count against the same truth.

Writes bench/soak-results.json and prints a summary.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import libvirt  # noqa: E402

LAG_WINDOW_S = 30.0
RSS_EVERY_S = 10.0
SETTLE_S = 10.0
READY_TIMEOUT_S = 300.0


def domain_xml(name: str, vcpus: int = 1, mib: int = 64, uuid: str | None = None) -> str:
    uuid_el = f"<uuid>{uuid}</uuid>" if uuid else ""
    return (f"<domain type='qemu'><name>{name}</name>{uuid_el}"
            f"<memory unit='MiB'>{mib}</memory><vcpu>{vcpus}</vcpu>"
            "<os><type arch='x86_64'>hvm</type></os><on_poweroff>destroy</on_poweroff>"
            "</domain>")


# =========================================================================== probe
# (``soak.py --probe URI N`` in a fresh process: the real app under the lag probe)


def probe(uri: str, total: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: PLC0415

    from kvmgui.app import start  # noqa: PLC0415
    from kvmgui.libvirt.connection import ConnState  # noqa: PLC0415
    from tests.integration.lag_probe import LagProbe  # noqa: PLC0415

    app, registry, window = start(["-c", uri])
    conn = registry.find(uri)
    lag = LagProbe(5)
    state = {"ready": False, "events": 0, "states": []}
    t0 = time.monotonic()

    def say(data: dict) -> None:
        print(json.dumps(data), flush=True)

    def check_ready() -> None:
        if conn.state == ConnState.CONNECTED and window.proxy.rowCount() == total:
            ready_timer.stop()
            state["ready"] = True
            lag.start()
            window_timer.start()
            say({"ready": time.monotonic() - t0})

    def lag_window() -> None:
        stats = lag.stop()
        _s, runq, cpu, gc_ms = stats.worst_split()
        say({"lag": {"t": time.monotonic() - t0, "max_ms": stats.max_ms,
                     "own_ms": stats.max_own_ms, "p99_ms": stats.p99, "worst_runq_ms": runq,
                     "worst_cpu_ms": cpu, "worst_gc_ms": gc_ms, "over50": stats.over(50)},
             "events": state["events"]})
        lag.start()

    def on_state(new_state: ConnState, *_rest: object) -> None:
        state["states"].append((round(time.monotonic() - t0, 2), new_state.name))
        say({"conn": new_state.name, "t": time.monotonic() - t0})

    def on_events(events: list) -> None:
        state["events"] += sum(1 for e in events if e.kind == "domain")

    def dump() -> dict:
        recs = [[r.uuid, r.name, int(r.state), r.vcpus, r.max_memory_kib, r.persistent]
                for r in conn.domains.records()]
        return {"records": recs, "rows": window.proxy.rowCount(),
                "model_rows": window.proxy.sourceModel().rowCount(),
                "conn": conn.state.name, "events": state["events"]}

    def stdin_ready() -> None:
        line = sys.stdin.readline()
        if line.startswith("DUMP"):
            say({"dump": dump()})
        elif line.startswith("QUIT") or not line:
            with contextlib.suppress(Exception):
                say({"lag_last": lag.stop().max_ms})
            os._exit(0)

    conn.stateChanged.connect(on_state)
    conn.events.connect(on_events)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(stdin_ready)
    ready_timer = QTimer()
    ready_timer.timeout.connect(check_ready)
    ready_timer.start(50)
    window_timer = QTimer()
    window_timer.setInterval(int(LAG_WINDOW_S * 1000))
    window_timer.timeout.connect(lag_window)
    app.exec()
    os._exit(0)


# =========================================================================== driver


class Storm(threading.Thread):
    """Another client: redefines, renames and replaces VMs at a steady rate."""

    def __init__(self, uri: str, rate: float, seed: int) -> None:
        super().__init__(daemon=True, name="storm")
        self.uri, self.rate = uri, rate
        self.rng = random.Random(seed)
        self.stop_flag = threading.Event()
        self.ops = {"redefine": 0, "rename": 0, "replace": 0, "failed": 0}
        self.serial = 0

    def run(self) -> None:
        conn: libvirt.virConnect | None = None
        period = 1.0 / self.rate
        next_at = time.monotonic()
        while not self.stop_flag.is_set():
            next_at += period
            try:
                if conn is None:
                    conn = libvirt.open(self.uri)
                    names = [d.name() for d in conn.listAllDomains(0)]
                self._one(conn, names)
            except libvirt.libvirtError:
                self.ops["failed"] += 1
                with contextlib.suppress(Exception):
                    if conn is not None:
                        conn.close()
                conn = None
                time.sleep(0.5)  # the daemon is restarting
                next_at = time.monotonic()
            delay = next_at - time.monotonic()
            if delay > 0:
                self.stop_flag.wait(delay)
        if conn is not None:
            with contextlib.suppress(libvirt.libvirtError):
                conn.close()

    def _one(self, conn: libvirt.virConnect, names: list[str]) -> None:
        i = self.rng.randrange(len(names))
        name = names[i]
        roll = self.rng.random()
        self.serial += 1
        if roll < 0.7:
            dom = conn.lookupByName(name)
            conn.defineXML(domain_xml(name, 1 + self.serial % 4, 64 + 16 * (self.serial % 8),
                                      dom.UUIDString()))
            self.ops["redefine"] += 1
        elif roll < 0.85:
            new = f"soak-r{self.serial:07d}"
            conn.lookupByName(name).rename(new, 0)
            names[i] = new
            self.ops["rename"] += 1
        else:
            conn.lookupByName(name).undefine()
            new = f"soak-n{self.serial:07d}"
            names[i] = new  # before define: a failed define is retried from the listing
            conn.defineXML(domain_xml(new))
            self.ops["replace"] += 1


def truth(uri: str) -> list[list]:
    conn = libvirt.open(uri)
    try:
        out = []
        for dom in conn.listAllDomains(0):
            st, maxmem, _mem, vcpus, _cpu = dom.info()
            out.append([dom.UUIDString(), dom.name(), st, vcpus, maxmem, bool(dom.isPersistent())])
        return out
    finally:
        conn.close()


def compare(model: list[list], real: list[list]) -> dict:
    m = {r[0]: tuple(r[1:]) for r in model}
    t = {r[0]: tuple(r[1:]) for r in real}
    only_model = sorted(set(m) - set(t))
    only_truth = sorted(set(t) - set(m))
    differ = sorted(u for u in set(m) & set(t) if m[u] != t[u])
    return {"model": len(m), "truth": len(t), "only_in_model": len(only_model),
            "only_in_libvirt": len(only_truth), "different": len(differ),
            "examples": [(u, m.get(u), t.get(u)) for u in (only_model + only_truth + differ)[:5]]}


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Lines(threading.Thread):
    """Reads the probe's JSON lines into a list (and a queue for the ones we wait on)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True, name="probe-lines")
        self.proc = proc
        self.lines: list[dict] = []
        self.cond = threading.Condition()

    def run(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                with self.cond:
                    self.lines.append(json.loads(line))
                    self.cond.notify_all()

    def wait_for(self, key: str, timeout: float, after: int = 0) -> dict | None:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for d in self.lines[after:]:
                    if key in d:
                        return d
                left = deadline - time.monotonic()
                if left <= 0 or not self.is_alive():
                    return None
                self.cond.wait(left)


def slope_per_10min(points: list[tuple[float, int]]) -> float:
    """Least-squares slope of RSS (KiB) over time (s), in MiB per 10 minutes."""
    if len(points) < 3:
        return float("nan")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den * 600 / 1024 if den else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=20.0, help="storm operations per second")
    parser.add_argument("--restart-every", type=float, default=300.0, help="seconds")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "soak-results.json")
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe[0], int(args.probe[1]))
        return

    from tests.integration.isolated_host import IsolatedHost, integration_skip_reason  # noqa: PLC0415

    reason = integration_skip_reason()
    if reason:
        sys.exit(f"cannot run: {reason}")
    host = IsolatedHost()
    proc = None
    storm = None
    result: dict = {"args": {k: v for k, v in vars(args).items() if k not in ("out", "probe")}}
    try:
        host.start()
        uri = host.uri
        c = libvirt.open(uri)
        t = time.monotonic()
        for i in range(args.vms):
            c.defineXML(domain_xml(f"soak{i:05d}"))
        c.close()
        log(f"defined {args.vms} VMs in {time.monotonic() - t:.1f} s")
        with tempfile.TemporaryDirectory(prefix="kvmgui-soak-") as private:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
                       XDG_CONFIG_HOME=f"{private}/config", XDG_STATE_HOME=f"{private}/state",
                       XDG_CACHE_HOME=f"{private}/cache")
            proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--probe", uri,
                                     str(args.vms)], cwd=REPO, env=env, stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            lines = Lines(proc)
            lines.start()
            ready = lines.wait_for("ready", READY_TIMEOUT_S)
            if ready is None:
                sys.exit("the app never listed every VM")
            log(f"kvmgui ready after {ready['ready']:.1f} s")
            result["ready_s"] = ready["ready"]
            storm = Storm(uri, args.rate, args.seed)
            t0 = time.monotonic()
            rss: list[tuple[float, int]] = [(0.0, rss_kib(proc.pid))]
            storm.start()
            end = t0 + args.minutes * 60
            next_restart = t0 + args.restart_every
            restarts: list[dict] = []
            while time.monotonic() < end:
                now = time.monotonic()
                if now >= next_restart:
                    r0 = time.monotonic()
                    host.restart_daemon()
                    restarts.append({"at_s": round(r0 - t0, 1), "took_s": round(time.monotonic() - r0, 2)})
                    log(f"restart {len(restarts)} at {r0 - t0:.0f} s took {time.monotonic() - r0:.1f} s")
                    next_restart += args.restart_every
                time.sleep(max(0.0, min(RSS_EVERY_S - (time.monotonic() - t0) % RSS_EVERY_S,
                                        next_restart - time.monotonic(), end - time.monotonic())))
                if proc.poll() is not None:
                    sys.exit("the app died")
                rss.append((time.monotonic() - t0, rss_kib(proc.pid)))
                if len(rss) % 30 == 0:
                    log(f"{rss[-1][0]:.0f} s: RSS {rss[-1][1] / 1024:.0f} MiB, ops {storm.ops}")
            storm.stop_flag.set()
            storm.join(30)
            log(f"storm stopped: {storm.ops}")
            time.sleep(SETTLE_S)
            real = truth(uri)
            n = len(lines.lines)
            assert proc.stdin is not None
            proc.stdin.write("DUMP\n")
            proc.stdin.flush()
            dumped = lines.wait_for("dump", 60, after=n)
            final_rss = rss_kib(proc.pid)
            proc.stdin.write("QUIT\n")
            proc.stdin.flush()
            lags = [d["lag"] for d in lines.lines if "lag" in d]
            conns = [d for d in lines.lines if "conn" in d]
            half = [p for p in rss if p[0] >= rss[-1][0] / 2]
            result.update({
                "duration_s": round(time.monotonic() - t0, 1),
                "ops": storm.ops, "restarts": restarts,
                "conn_changes": conns,
                "rss_mib": {"start": rss[0][1] / 1024, "end": final_rss / 1024,
                            "peak": max(r for _t, r in rss) / 1024,
                            "slope_second_half_mib_per_10min": slope_per_10min(half),
                            "series": [(round(t, 1), r) for t, r in rss]},
                "lag": {"windows": len(lags),
                        "max_ms": max((w["max_ms"] for w in lags), default=float("nan")),
                        "median_window_max_ms": median([w["max_ms"] for w in lags]),
                        "max_own_ms": max((w["own_ms"] for w in lags), default=float("nan")),
                        "median_window_own_ms": median([w["own_ms"] for w in lags]),
                        "windows_over_50ms": sum(1 for w in lags if w["max_ms"] > 50),
                        "ticks_over_50ms": sum(w["over50"] for w in lags),
                        "all": lags},
                "events_seen": dumped["dump"]["events"] if dumped else None,
                "missed": compare(dumped["dump"]["records"], real) if dumped else {"error": "no dump"},
                "table_rows": dumped["dump"]["rows"] if dumped else None,
                "conn_at_end": dumped["dump"]["conn"] if dumped else None,
            })
    finally:
        if storm is not None:
            storm.stop_flag.set()
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(30)
        host.stop()
    result["when"] = time.strftime("%Y-%m-%d %H:%M")
    result["load_end"] = os.getloadavg()
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    r, lag, miss = result["rss_mib"], result["lag"], result["missed"]
    print(f"{result['duration_s'] / 60:.1f} min, {args.vms} VMs, storm {result['ops']}, "
          f"{len(result['restarts'])} restarts")
    print(f"RSS {r['start']:.0f} -> {r['end']:.0f} MiB (peak {r['peak']:.0f}; "
          f"second half {r['slope_second_half_mib_per_10min']:+.1f} MiB/10 min)")
    print(f"stall: worst {lag['max_ms']:.0f} ms (without CPU wait {lag['max_own_ms']:.0f}); "
          f"median of 30 s windows {lag['median_window_max_ms']:.0f} ms; "
          f"{lag['windows_over_50ms']} windows over 50 ms")
    print(f"model vs libvirt: {miss}; table rows {result['table_rows']}")
    print(f"wrote {args.out}", file=sys.stderr)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def log(text: str) -> None:
    print(time.strftime("%H:%M:%S"), text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
