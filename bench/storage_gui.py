"""The storage GUI measured through its real widgets (modes ``view`` and ``gui-transfer`` of
bench/storage.py; run that, not this).

view          The Storage tab (``StoragePanel``, offscreen) on a pool of N volumes, test driver
              and real libvirtd: from choosing the pool to its volumes view holding all N rows
              (the model's ``loaded``, after the view took the rows in), against raw
              libvirt-python on its own connection to the same URI (``listAllVolumes`` +
              ``info()`` each), interleaved. Also the time until the format column is full
              (``detailed``) and the longest GUI-thread stall (a 2 ms timer) over the whole
              fill, rows, formats and users.
gui-transfer  A 512 MiB file of random data uploaded through the tab (``upload_file`` → the
              transfer dialog → a worker), with the same stall timer, against
              ``virsh vol-upload`` of the same file, interleaved.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import libvirt
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from bench.stall import StallMeter
from kvmgui.libvirt import eventloop, poolops
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets.transfer import TransferDialog
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from tests.integration.isolated_host import IsolatedHost

MiB = 1024**2


def app() -> QApplication:
    instance = QApplication.instance()
    if isinstance(instance, QApplication):
        return instance
    made = QApplication([])
    eventloop.install()
    return made


def wait(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    qt = QCoreApplication.instance()
    assert qt is not None
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError
        qt.processEvents()
        time.sleep(0.0005)


def open_panel(uri: str) -> tuple[ConnectionRegistry, StoragePanel]:
    app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "k.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    conn = registry.add(uri, save=False)
    conn.open()
    wait(lambda: conn.state == ConnState.CONNECTED, 60)
    panel = StoragePanel(conn)
    panel.resize(1000, 700)
    panel.show()
    return registry, panel


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "worst": max(values), "runs": len(values)}


# -- the volumes view ------------------------------------------------------------------------------


def measure_view(label: str, uri: str, pool_name: str, count: int, repeat: int) -> dict:
    registry, panel = open_panel(uri)
    conn = panel.conn
    raw_conn = libvirt.open(uri)
    pool = next(p for p in conn.pools.records() if p.name == pool_name)
    volumes = panel.volumes
    model = volumes.model

    def raw() -> float:
        start = time.perf_counter()
        vols = raw_conn.storagePoolLookupByName(pool_name).listAllVolumes(0)  # test:// UUIDs differ per open
        for vol in vols:
            vol.info()
        return time.perf_counter() - start

    def view() -> tuple[float, float, float]:
        volumes.set_pool(None)
        wait(lambda: model.rowCount() == 0)
        loaded: list[float] = []
        detailed: list[float] = []
        model.loaded.connect(lambda: loaded.append(time.perf_counter()))
        model.detailed.connect(lambda: detailed.append(time.perf_counter()))
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        volumes.set_pool(pool)
        wait(lambda: bool(loaded) and volumes.view.model().rowCount() == count)
        wait(lambda: bool(detailed))
        wait(lambda: model.volume_at(count - 1) is not None
             and model.volume_at(count - 1).users is not None)
        stall = meter.stop()
        model.loaded.disconnect()
        model.detailed.disconnect()
        return loaded[0] - start, detailed[0] - start, stall

    raw()  # warm-up, not counted (libvirt's first reading of a fresh pool is slower)
    view()
    raws, rows, formats, stalls = [], [], [], []
    for round_ in range(repeat):
        order = (raw, view) if round_ % 2 == 0 else (view, raw)
        for fn in order:
            if fn is raw:
                raws.append(raw())
            else:
                r, f, s = view()
                rows.append(r)
                formats.append(f)
                stalls.append(s)
    raw_conn.close()
    panel.close()
    registry.shutdown()
    out = {"raw listAllVolumes+info s": summary(raws), "view full s": summary(rows),
           "formats in s": summary(formats), "GUI stall ms": summary(stalls),
           "ratio (median)": statistics.median(rows) / statistics.median(raws)}
    print(f"\n{label}: {count} volumes, {repeat} rounds")
    print(f"  raw listAllVolumes+info  median {statistics.median(raws) * 1000:8.1f} ms  "
          f"worst {max(raws) * 1000:8.1f} ms")
    print(f"  volumes view full        median {statistics.median(rows) * 1000:8.1f} ms  "
          f"worst {max(rows) * 1000:8.1f} ms  ratio {out['ratio (median)']:.2f}")
    print(f"  format column full       median {statistics.median(formats) * 1000:8.1f} ms")
    print(f"  GUI stall (whole fill)   median {statistics.median(stalls):6.1f} ms  "
          f"worst {max(stalls):6.1f} ms")
    return out


def bench_view(count: int, repeat: int, test_host: Callable[[Path, int], str]) -> dict:
    """``test_host(directory, count)``: the URI of a test-driver host with a pool "big" of
    ``count`` volumes (bench/storage.py makes it)."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        uri = test_host(Path(tmp), count)
        results["test driver"] = measure_view("volumes view, test driver (in-process)", uri, "big",
                                              count, repeat)
    with IsolatedHost() as host:
        target = host.tmpdir / "big"
        target.mkdir()
        for i in range(count):
            with (target / f"vol{i:05d}.img").open("wb") as f:
                f.truncate(MiB * (1 + i % 64))
        conn = libvirt.open(host.uri)
        poolops.create_pool(conn, pool_xml(PoolSpec("big", PoolType.DIR, str(target))))
        conn.close()
        results["real host"] = measure_view("volumes view, real libvirtd (unix socket)", host.uri, "big",
                                            count, repeat)
    return results


# -- an upload through the tab ---------------------------------------------------------------------


def bench_gui_transfer(size_mib: int, repeat: int) -> dict:
    with IsolatedHost() as host:
        source = host.tmpdir / "upload.img"
        with source.open("wb") as f:
            for _ in range(size_mib):
                f.write(os.urandom(MiB))
        conn = libvirt.open(host.uri)
        uuid = poolops.create_pool(conn, pool_xml(PoolSpec("xfer", PoolType.DIR, str(host.tmpdir / "xfer"))),
                                   build=True)
        pool = conn.storagePoolLookupByUUIDString(uuid)
        registry, panel = open_panel(host.uri)
        wait(lambda: panel.pool_view.select_key(uuid))
        volumes = panel.volumes

        def drop() -> None:
            pool.refresh(0)
            for vol in pool.listAllVolumes(0):
                vol.delete(0)

        def gui() -> tuple[float, float]:
            meter = StallMeter()
            meter.start()
            start = time.perf_counter()
            volumes.upload_file(str(source))
            dialog = volumes.dialog
            assert isinstance(dialog, TransferDialog)
            wait(lambda: dialog.outcome is not None or dialog.error.isVisible())
            took = time.perf_counter() - start
            stall = meter.stop()
            assert dialog.outcome is not None, dialog.error.text()
            wait(lambda: volumes.dialog is None)
            return took, stall

        def virsh() -> float:
            start = time.perf_counter()
            subprocess.run(["virsh", "-q", "-c", host.uri, "vol-create-as", "xfer", "upload.img",
                            f"{size_mib}M", "--format", "raw"], check=True, capture_output=True)
            subprocess.run(["virsh", "-q", "-c", host.uri, "vol-upload", "--pool", "xfer", "upload.img",
                            str(source)], check=True, capture_output=True, timeout=600)
            return time.perf_counter() - start

        guis, stalls, virshes = [], [], []
        for round_ in range(repeat):
            for which in (("gui", "virsh") if round_ % 2 == 0 else ("virsh", "gui")):
                drop()
                wait(lambda: not volumes.model.loading)
                if which == "gui":
                    took, stall = gui()
                    guis.append(took)
                    stalls.append(stall)
                else:
                    virshes.append(virsh())
        drop()
        panel.close()
        registry.shutdown()
        conn.close()
    speed = size_mib / statistics.median(guis)
    out = {"gui upload s": summary(guis), "virsh create+upload s": summary(virshes),
           "gui MiB/s median": speed, "share of virsh": statistics.median(virshes) / statistics.median(guis),
           "GUI stall ms": summary(stalls)}
    print(f"\n{size_mib} MiB upload through the Storage tab, {repeat} rounds")
    print(f"  tab (upload_file → transfer dialog)  median {statistics.median(guis):6.2f} s "
          f"({speed:.0f} MiB/s)  worst {max(guis):6.2f} s")
    print(f"  virsh vol-create-as + vol-upload     median {statistics.median(virshes):6.2f} s  "
          f"worst {max(virshes):6.2f} s")
    print(f"  GUI stall during the upload: median {statistics.median(stalls):.1f} ms, "
          f"worst {max(stalls):.1f} ms")
    return out
