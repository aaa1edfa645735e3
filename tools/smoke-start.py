"""Start-up smoke test of an installed kvmgui: the window shows the Demo host's VMs.

Run with the Python that has kvmgui installed, outside the source tree, offscreen:
    QT_QPA_PLATFORM=offscreen python3 tools/smoke-start.py
Exits 0 once the Demo host is connected and listed, 1 after 30 s without that.
"""

import sys

from PySide6.QtCore import QTimer

from kvmgui.app import start

app, registry, window = start(["--demo"])


def check() -> None:
    conns = list(registry)
    if conns and window.isVisible() and all(c.state.name == "CONNECTED" for c in conns):
        count = sum(len(c.domains) for c in conns)
        print(f"smoke: kvmgui {sys.modules['kvmgui'].__version__} from "
              f"{sys.modules['kvmgui'].__file__}: {count} VMs")
        app.exit(0 if count else 1)


def give_up() -> None:
    print("smoke: no connected Demo host after 30 s", [(c.uri, c.state) for c in registry])
    app.exit(1)


timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
QTimer.singleShot(30_000, give_up)
code = app.exec()
registry.shutdown()
sys.exit(code)
