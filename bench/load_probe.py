"""The real kvmgui main window monitoring a test-driver host, for bench/load.py.

Usage: KVMGUI_CHECKOUT=DIR load_probe.py URI EXPECTED_COUNT [WARMUP_S]

Imports kvmgui from ``KVMGUI_CHECKOUT`` (so the same probe runs this branch and a
baseline checkout), shows the window at a fixed size (1280×800: about 23 VM rows
visible), sets the stats interval to 1 s, waits until every VM is listed and WARMUP_S more
(default 70; ``bench/load.py`` passes two rounds over the VMs read less often: steady
state), then prints ``READY <pid>``
and keeps monitoring; the parent measures the process's CPU time from outside
(/proc/PID/stat).
On ``QUIT`` on stdin it prints one JSON line (what the sampler delivered meanwhile)
and exits.

Only what both sides have is used: ``kvmgui.app.start``, ``window.apply_preferences``,
``window.proxy`` and the connection's ``StatsSampler`` signal ``sampled``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kvmgui-load-config-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kvmgui-load-state-")
sys.path.insert(0, os.environ["KVMGUI_CHECKOUT"])

from PySide6.QtCore import QSocketNotifier, QTimer

from kvmgui.app import start
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.stats import sampler_for

WARMUP_S = 70.0  # the default: two rounds of the unseen VMs at 1,000 VMs
SIZE = (1280, 800)


def main(uri: str, expected: int, warmup_s: float) -> None:
    app, registry, window = start(["-c", uri])
    window.resize(*SIZE)
    conn = registry.find(uri)
    window.apply_preferences(replace(window.prefs, stats_interval_ms=1000))
    counts = {"emits": 0, "samples": 0, "t0": 0.0}

    def sampled(uuids: list[str]) -> None:
        counts["emits"] += 1
        counts["samples"] += len(uuids)

    def check_ready() -> None:
        if conn.state == ConnState.CONNECTED and window.proxy.rowCount() == expected:
            poll.stop()
            sampler_for(conn).sampled.connect(sampled)
            QTimer.singleShot(int(warmup_s * 1000), ready)

    def ready() -> None:
        counts["emits"] = counts["samples"] = 0
        counts["t0"] = time.monotonic()
        print(f"READY {os.getpid()}", flush=True)

    def stdin_ready() -> None:
        sys.stdin.readline()
        secs = time.monotonic() - counts["t0"]
        print(json.dumps({"seconds": secs, "samples_per_s": counts["samples"] / secs,
                          "emits_per_s": counts["emits"] / secs,
                          "rows": window.proxy.rowCount()}), flush=True)
        os._exit(0)

    poll = QTimer()
    poll.timeout.connect(check_ready)
    poll.start(50)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(stdin_ready)
    app.exec()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else WARMUP_S)
