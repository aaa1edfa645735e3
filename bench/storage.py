"""Storage benchmark: a pool of 5,000 volumes listed, and 512 MiB moved through libvirt streams.

Run by hand (not part of the test suite; needs root for the real host):

    .venv/bin/python bench/storage.py list      [--volumes 5000] [--repeat 7]
    .venv/bin/python bench/storage.py transfer  [--size-mib 512] [--repeat 5]
    .venv/bin/python bench/storage.py all
    .venv/bin/python bench/storage.py view          [--volumes 5000] [--repeat 5]
    .venv/bin/python bench/storage.py gui-transfer  [--size-mib 512] [--repeat 5]

list      A pool of N volumes on two hosts: the test driver (a generated host file,
          in-process) and a real libvirtd (an isolated host from tests/integration,
          a directory pool of N empty raw files, reached over its socket). Per round,
          interleaved: raw libvirt-python (listAllVolumes + info() each), kvmgui's
          volumelist.list_volumes (all rows of the view), list_volumes +
          volume_details (rows plus the format column read from each volume's XML),
          and each volume's XML read and parsed (what the volume model did before it used
          list_volumes; ``each_volumes_xml``).
transfer  An isolated real host, a dir pool, a 512 MiB file of random data (and one of
          64 MiB data in 512 MiB, for sparse): upload and download with kvmgui's
          streams module vs `virsh vol-upload` / `vol-download` on the same host,
          interleaved. During three kvmgui uploads and downloads a 2 ms QTimer runs
          on a QCoreApplication main thread (the transfer runs in a worker, as in the
          app): the longest gap between ticks is the GUI stall the transfer causes.

view          The Storage tab itself (offscreen) on the same two pools: choosing the pool
              until its volumes view holds every row, against raw libvirt-python, with
              the longest GUI-thread stall over the whole fill (bench/storage_gui.py).
gui-transfer  512 MiB uploaded through the Storage tab's transfer dialog, against virsh,
              with the GUI-thread stall (bench/storage_gui.py).

Prints median and worst of the rounds and writes bench/storage_results.json.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import libvirt  # noqa: E402
from lxml import etree  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from bench import storage_gui  # noqa: E402
from kvmgui.libvirt import fetch, poolops, streams, volumelist  # noqa: E402
from kvmgui.xml.pool_build import pool_xml  # noqa: E402
from kvmgui.xml.pool_spec import PoolSpec  # noqa: E402
from kvmgui.xml.pool_types import PoolType  # noqa: E402
from tests.integration.isolated_host import IsolatedHost  # noqa: E402

MiB = 1024**2
RESULTS = REPO / "bench" / "storage_results.json"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "worst": max(values), "runs": len(values)}


# -- listing --------------------------------------------------------------------------------


def test_host_with_volumes(directory: Path, count: int) -> str:
    node = etree.Element("node")
    pool = etree.SubElement(node, "pool", type="dir")
    etree.SubElement(pool, "name").text = "big"
    etree.SubElement(pool, "capacity", unit="TiB").text = "100"
    etree.SubElement(pool, "available", unit="TiB").text = "90"
    etree.SubElement(etree.SubElement(pool, "target"), "path").text = "/big"
    for i in range(count):
        vol = etree.SubElement(pool, "volume", type="file")
        etree.SubElement(vol, "name").text = f"vol{i:05d}.qcow2"
        etree.SubElement(vol, "capacity", unit="GiB").text = str(1 + i % 100)
        etree.SubElement(vol, "allocation", unit="MiB").text = str(i % 1000)
        etree.SubElement(etree.SubElement(vol, "target"), "format", type="qcow2")
    path = directory / f"storage-host-{count}.xml"
    path.write_bytes(etree.tostring(node, xml_declaration=True, encoding="utf-8"))
    return f"test://{path}"


def each_volumes_xml(conn: libvirt.virConnect, uuid: str) -> list[tuple[str, str, str, int, int]]:
    """What the volume model read before it used ``list_volumes``: each volume's XML,
    parsed (a volume gone meanwhile passed over)."""
    from kvmgui.xml.pool import VolumeDoc  # noqa: PLC0415

    out = []
    for vol in conn.storagePoolLookupByUUIDString(uuid).listAllVolumes(0):
        try:
            doc = VolumeDoc.from_string(vol.XMLDesc(0))
        except libvirt.libvirtError as exc:
            if fetch.is_gone(exc):
                continue
            raise
        out.append((vol.name(), doc.path or vol.path(), doc.format or "", doc.capacity or 0,
                    doc.allocation or 0))
    return out


def list_variants(conn: libvirt.virConnect, uuid: str) -> dict[str, Callable[[], object]]:
    def raw() -> object:
        vols = conn.storagePoolLookupByUUIDString(uuid).listAllVolumes(0)
        return [v.info() for v in vols]

    def rows() -> object:
        return volumelist.list_volumes(conn, uuid)

    def rows_details() -> object:
        got = volumelist.list_volumes(conn, uuid)
        return volumelist.volume_details(conn, uuid, [r.name for r in got])

    def current() -> object:
        return each_volumes_xml(conn, uuid)

    return {"raw listAllVolumes+info": raw, "kvmgui rows (list_volumes)": rows,
            "kvmgui rows + formats": rows_details, "before: each volume's XML": current}


def measure_listing(label: str, conn: libvirt.virConnect, uuid: str, count: int,
                    repeat: int) -> dict:
    """The target pair (raw, rows) ``repeat`` times; the slow reference variants twice.
    One uncounted warm-up call of each first."""
    variants = list_variants(conn, uuid)
    assert len(volumelist.list_volumes(conn, uuid)) == count
    for variant in variants.values():
        variant()  # warm-up, not counted: libvirt's first reading of a fresh pool is slower
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(repeat):
        names = list(variants) if round_ < 2 else list(variants)[:2]
        if round_ % 2:
            names.reverse()  # interleaved, alternating order
        for name in names:
            times[name].append(timed(variants[name]))
    out = {name: summary(values) for name, values in times.items()}
    raw = out["raw listAllVolumes+info"]["median"]
    print(f"\n{label}: {count} volumes, {repeat} rounds")
    for name, stats in out.items():
        print(f"  {name:30s} median {stats['median'] * 1000:8.1f} ms  worst {stats['worst'] * 1000:8.1f} ms"
              f"  ratio {stats['median'] / raw:5.2f}")
    return out


def bench_list(count: int, repeat: int) -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        uri = test_host_with_volumes(Path(tmp), count)
        conn = libvirt.open(uri)
        uuid = conn.storagePoolLookupByName("big").UUIDString()
        results["test driver"] = measure_listing("test driver (in-process)", conn, uuid, count, repeat)
        conn.close()
    with IsolatedHost() as host:
        target = host.tmpdir / "big"
        target.mkdir()
        for i in range(count):
            with (target / f"vol{i:05d}.img").open("wb") as f:
                f.truncate(MiB * (1 + i % 64))
        conn = libvirt.open(host.uri)
        uuid = poolops.create_pool(conn, pool_xml(PoolSpec("big", PoolType.DIR, str(target))))
        results["real host"] = measure_listing("real libvirtd (isolated host, unix socket)", conn, uuid,
                                               count, repeat)
        conn.close()
    return results


# -- transfer ---------------------------------------------------------------------------------


def gui_stall_during(job: Callable[[], object]) -> tuple[float, float]:
    """Run ``job`` in a worker thread while a 2 ms QTimer ticks on this (main) thread.
    Returns (job seconds, longest gap between ticks minus 2 ms, in ms)."""
    app = QCoreApplication.instance() or QCoreApplication([])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = threading.Event()
    took = [0.0]

    def worker() -> None:
        took[0] = timed(job)
        done.set()

    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: app.quit() if done.is_set() else None)
    timer.start()
    check.start()
    threading.Thread(target=worker, daemon=True).start()
    app.exec()
    timer.stop()
    check.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return took[0], (max(gaps) * 1000 - 2) if gaps else float("nan")


def bench_transfer(size_mib: int, repeat: int) -> dict:
    with IsolatedHost() as host:
        uri = host.uri
        target = host.tmpdir / "xfer"
        dense = host.tmpdir / "dense.img"
        with dense.open("wb") as f:
            for _ in range(size_mib):
                f.write(os.urandom(MiB))
        sparse = host.tmpdir / "sparse.img"
        with sparse.open("wb") as f:
            for i in range(8):  # 1/8 data, in 8 pieces
                f.seek(i * size_mib * MiB // 8)
                f.write(os.urandom(size_mib * MiB // 64))
            f.truncate(size_mib * MiB)
        conn = libvirt.open(uri)
        uuid = poolops.create_pool(conn, pool_xml(PoolSpec("xfer", PoolType.DIR, str(target))), build=True)
        pool = conn.storagePoolLookupByUUIDString(uuid)
        vol_xml = f"<volume><name>bench.img</name><capacity unit='MiB'>{size_mib}</capacity></volume>"
        pool.createXML(vol_xml, 0)
        out_file = host.tmpdir / "out.img"

        def virsh(*args: str) -> None:
            subprocess.run(["virsh", "-q", "-c", uri, *args], check=True, capture_output=True, timeout=600)

        def fresh_volume() -> None:
            with contextlib.suppress(libvirt.libvirtError):
                pool.storageVolLookupByName("new.img").delete(0)

        def drop_out() -> None:
            for p in (out_file, out_file.with_name("out.img.part")):
                if p.exists():
                    p.unlink()

        variants: dict[str, tuple[Callable[[], object], Callable[[], None]]] = {
            "upload   virsh vol-upload": (lambda: virsh("vol-upload", "--pool", "xfer", "bench.img",
                                                        str(dense)), lambda: None),
            "upload   kvmgui streams.upload": (lambda: streams.upload(conn, uuid, dense, name="bench.img"),
                                               lambda: None),
            "download virsh vol-download": (lambda: virsh("vol-download", "--pool", "xfer", "bench.img",
                                                          str(out_file)), drop_out),
            "download kvmgui streams.download": (lambda: streams.download(conn, uuid, "bench.img", out_file,
                                                                          sparse=False), drop_out),
            "sparse up   virsh vol-create-as + vol-upload --sparse": (
                lambda: (virsh("vol-create-as", "xfer", "new.img", f"{size_mib}M", "--format", "raw"),
                         virsh("vol-upload", "--sparse", "--pool", "xfer", "new.img", str(sparse))),
                fresh_volume),
            "sparse up   kvmgui streams.upload (new volume)": (
                lambda: streams.upload(conn, uuid, sparse,
                                       create_xml=streams.new_volume_xml("new.img", sparse)),
                fresh_volume),
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        startup: list[float] = []  # virsh's own process start and connect, in each virsh figure
        for round_ in range(repeat):
            names = list(variants)
            if round_ % 2:
                names.reverse()
            for name in names:
                job, cleanup = variants[name]
                cleanup()
                times[name].append(timed(job))
                cleanup()
            startup.append(timed(lambda: virsh("uri")))
        up_stalls, down_stalls = [], []
        for _ in range(3):
            up_stalls.append(gui_stall_during(lambda: streams.upload(conn, uuid, dense, name="bench.img"))[1])
            down_stalls.append(gui_stall_during(lambda: streams.download(conn, uuid, "bench.img", out_file,
                                                                         sparse=False))[1])
            drop_out()
        conn.close()
    results: dict = {}
    print(f"\n{size_mib} MiB through an isolated real libvirtd (unix socket), {repeat} rounds")
    for name, values in times.items():
        speeds = [size_mib / t for t in values]
        results[name] = {"seconds": summary(values), "MiB/s median": statistics.median(speeds),
                         "MiB/s worst": min(speeds)}
        print(f"  {name:52s} median {statistics.median(values):6.2f} s "
              f"({statistics.median(speeds):6.0f} MiB/s)  worst {max(values):6.2f} s")
    start_s = statistics.median(startup)
    results["virsh start-up s"] = summary(startup)
    print(f"  virsh start-up alone (virsh uri): median {start_s * 1000:.0f} ms, "
          f"worst {max(startup) * 1000:.0f} ms")
    for kind in ("upload", "download"):
        ours = next(v for k, v in results.items() if k.startswith(kind) and "kvmgui" in k)
        theirs = next(v for k, v in results.items() if k.startswith(kind) and "virsh" in k)
        share = ours["MiB/s median"] / theirs["MiB/s median"]
        net = theirs["seconds"]["median"] - start_s
        share_net = net / ours["seconds"]["median"]
        results[f"{kind} share of virsh"] = share
        results[f"{kind} share of virsh without its start-up"] = share_net
        print(f"  {kind}: kvmgui at {share * 100:.0f} % of virsh's throughput (median); "
              f"{share_net * 100:.0f} % with virsh's start-up taken off its time")
    results["GUI stall ms"] = {"upload": summary(up_stalls), "download": summary(down_stalls)}
    print(f"  longest GUI-thread stall during a kvmgui upload: median {statistics.median(up_stalls):.1f} ms, "
          f"worst {max(up_stalls):.1f} ms; download: median {statistics.median(down_stalls):.1f} ms, "
          f"worst {max(down_stalls):.1f} ms (3 runs each)")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["list", "transfer", "all", "view", "gui-transfer"])
    parser.add_argument("--volumes", type=int, default=5000)
    parser.add_argument("--size-mib", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    libvirt.registerErrorHandler(lambda *_a: None, None)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    stamp = time.strftime("%Y-%m-%d %H:%M")
    if args.what in ("list", "all"):
        results["list"] = {"when": stamp, "volumes": args.volumes, **bench_list(args.volumes, args.repeat)}
    if args.what in ("transfer", "all"):
        results["transfer"] = {"when": stamp, "size_mib": args.size_mib,
                               **bench_transfer(args.size_mib, args.repeat)}
    if args.what == "view":
        results["view"] = {"when": stamp, "volumes": args.volumes,
                           **storage_gui.bench_view(args.volumes, args.repeat, test_host_with_volumes)}
    if args.what == "gui-transfer":
        results["gui-transfer"] = {"when": stamp, "size_mib": args.size_mib,
                                   **storage_gui.bench_gui_transfer(args.size_mib, args.repeat)}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
