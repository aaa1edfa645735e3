"""OS database benchmark: load time, search, media detection, and the GUI-thread stall
while they run in a worker.

Run by hand (not part of the test suite):

    .venv/bin/python bench/osinfo.py [--repeat 7] [--iso PATH]

Every figure is taken in a fresh process (imports included, as when the wizard first
opens), interleaving the two sides so a burst of load on the machine hits both alike:

  raw      import gi + Libosinfo, Loader.process_default_path(), get_db();
           Media.create_from_location + Db.identify_media — libosinfo alone
  kvmgui   kvmgui.osinfo.database.load_database() (the same, plus the OS index) and
           OsDatabase.detect_media(); search("ubuntu") and get("win11")
  stall    the longest gap of a 2 ms sleep loop on the main thread (the GUI thread's
           stand-in) minus 2 ms, while load_database() and then detect_media() run in a
           worker thread: what the GIL lets the GUI thread do meanwhile

Without --iso it detects a small ISO labelled like Ubuntu Server 22.04 (made with
pycdlib). Prints a table and one JSON line with the medians and worst values.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_iso(path: Path) -> None:
    import pycdlib  # noqa: PLC0415 (probes import nothing before their clocks start)

    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, vol_ident="Ubuntu-Server 22.04.1 LTS amd64", sys_ident="LINUX")
    boot = b"\0" * 2048
    iso.add_fp(io.BytesIO(boot), len(boot), "/BOOT.IMG;1")
    iso.add_eltorito("/BOOT.IMG;1", bootcatfile="/BOOT.CAT;1", media_name="noemul")
    iso.write(str(path))
    iso.close()


# -- probes (each runs in its own process) --------------------------------------------


def probe_raw(iso: str) -> dict:
    start = time.perf_counter()
    import gi  # noqa: PLC0415 (timed)

    gi.require_version("Libosinfo", "1.0")
    from gi.repository import GLib, Libosinfo  # noqa: PLC0415 (timed)

    imported = time.perf_counter()
    loader = Libosinfo.Loader()
    loader.process_default_path()
    db = loader.get_db()
    loaded = time.perf_counter()
    context = GLib.MainContext.new()
    context.push_thread_default()
    media = Libosinfo.Media.create_from_location(iso, None)
    context.pop_thread_default()
    db.identify_media(media)
    detected = time.perf_counter()
    return {"import_s": imported - start, "load_s": loaded - start, "detect_s": detected - loaded,
            "os": media.get_os().get_short_id() if media.get_os() else None}


class StallMeter:
    """Longest gap of a 2 ms sleep loop on this (main) thread while ``busy`` is set."""

    def __init__(self) -> None:
        self.worst = 0.0

    def run_while(self, job) -> object:
        result: list = []
        worker = threading.Thread(target=lambda: result.append(job()))
        worker.start()
        while worker.is_alive():
            t0 = time.perf_counter()
            time.sleep(0.002)
            self.worst = max(self.worst, time.perf_counter() - t0 - 0.002)
        worker.join()
        return result[0]


def probe_kvmgui(iso: str) -> dict:
    sys.path.insert(0, str(REPO))
    start = time.perf_counter()
    from kvmgui.osinfo.database import load_database  # noqa: PLC0415 (timed)

    db = load_database()
    loaded = time.perf_counter()
    found = db.detect_media(iso)
    detected = time.perf_counter()
    hits = db.search("ubuntu")
    searched = time.perf_counter()
    db.get("win11")
    got = time.perf_counter()
    return {"load_s": loaded - start, "detect_s": detected - loaded,
            "search_ms": (searched - detected) * 1000, "get_ms": (got - searched) * 1000,
            "os": found.os.short_id if found.os else None,
            "entries": len(db.entries), "hits": len(hits), "available": db.available}


def probe_stall(iso: str) -> dict:
    sys.path.insert(0, str(REPO))
    load_meter, detect_meter = StallMeter(), StallMeter()
    from kvmgui.osinfo import database  # noqa: PLC0415 (imported where it is measured)

    db = load_meter.run_while(database.load_database)  # the import of gi happens in the worker too
    detect_meter.run_while(lambda: db.detect_media(iso))
    return {"load_stall_ms": load_meter.worst * 1000, "detect_stall_ms": detect_meter.worst * 1000}


PROBES = {"raw": probe_raw, "kvmgui": probe_kvmgui, "stall": probe_stall}


def spawn(kind: str, iso: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, __file__, "--probe", kind, "--iso", iso], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def summary(values: list[float], scale: float = 1.0, digits: int = 0) -> str:
    return f"{statistics.median(values) * scale:.{digits}f} / {max(values) * scale:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--iso", default="")
    parser.add_argument("--probe", choices=sorted(PROBES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(PROBES[args.probe](args.iso)), flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        iso = args.iso or str(Path(tmp) / "ubuntu-like.iso")
        if not args.iso:
            make_iso(Path(iso))
        runs: dict[str, list[dict]] = {kind: [] for kind in PROBES}
        for _ in range(args.repeat):
            for kind in PROBES:  # interleaved
                runs[kind].append(spawn(kind, iso))
    raw, ours, stall = runs["raw"], runs["kvmgui"], runs["stall"]
    print(f"OS database: {ours[0]['entries']} entries (libosinfo: {ours[0]['available']}), "
          f"detected {ours[0]['os']!r} (raw: {raw[0]['os']!r}); "
          f"{args.repeat} runs, median / worst")  # fmt: skip
    rows = [
        ("load, ms (import included)", summary([r["load_s"] for r in raw], 1000),
         summary([r["load_s"] for r in ours], 1000)),
        ("  of which import gi + Libosinfo, ms", summary([r["import_s"] for r in raw], 1000), ""),
        ("detect ISO, ms", summary([r["detect_s"] for r in raw], 1000),
         summary([r["detect_s"] for r in ours], 1000)),
        ("search('ubuntu'), ms", "", summary([r["search_ms"] for r in ours], 1, 2)),
        ("get('win11'), first call, ms", "", summary([r["get_ms"] for r in ours], 1, 2)),
        ("main-thread stall during load, ms", "", summary([r["load_stall_ms"] for r in stall], 1, 1)),
        ("main-thread stall during detect, ms", "", summary([r["detect_stall_ms"] for r in stall], 1, 1)),
    ]  # fmt: skip
    print(f"{'':38} {'raw libosinfo':>16} {'kvmgui':>16}")
    for name, a, b in rows:
        print(f"{name:38} {a:>16} {b:>16}")
    print(json.dumps({"repeat": args.repeat, "raw": raw, "kvmgui": ours, "stall": stall}))


if __name__ == "__main__":
    main()
