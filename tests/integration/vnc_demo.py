"""Show the graphical console on the tiny guest in an isolated host (by hand, for a look).

    xvfb-run -s "-screen 0 1024x700x24" python -m tests.integration.vnc_demo --shot x.png

Starts a private libvirtd, the tiny guest with VNC, and a window with the GraphicalConsole;
types a command on the guest's screen, then (with ``--shot``) saves ``import -window root``
of the whole X screen and quits. Needs root, like the integration tests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shot", help="save a screenshot of the X screen here and quit")
    parser.add_argument("--fullscreen", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from kvmgui.libvirt import eventloop

    eventloop.install()
    from kvmgui.libvirt.connection import ConnState
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.widgets.vnc.console import GraphicalConsole
    from kvmgui.widgets.vnc.controller import ConsoleState
    from tests.guest.build import BOOT_MARKER, ensure_guest_assets
    from tests.integration.isolated_host import IsolatedHost
    from tests.integration.vnc_guest import start_vnc_guest, type_text

    tmp = Path(tempfile.mkdtemp(prefix="kvmgui-vnc-demo-"))
    host = IsolatedHost().start()
    try:
        guest = start_vnc_guest(host, "demo", ensure_guest_assets(), tmp)
        registry = ConnectionRegistry(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
        conn = registry.add(host.uri, save=False)
        window = QMainWindow()
        window.setWindowTitle("demo — Console")
        uuid = host.virsh("domuuid", "demo").strip()

        def connected(state: ConnState, _message: str) -> None:
            if state is ConnState.CONNECTED and window.centralWidget() is None:
                console = GraphicalConsole(conn, uuid, window)
                window.setCentralWidget(console)
                console.controller.stateChanged.connect(lambda s, _d: s is ConsoleState.CONNECTED
                                                        and QTimer.singleShot(100, poll))
                window.console = console

        typed = []

        def poll() -> None:
            if BOOT_MARKER not in guest.serial():
                QTimer.singleShot(500, poll)
                return
            if not typed:
                typed.append(1)
                QTimer.singleShot(3000, lambda: type_text(window.console.view,
                                                          "echo kvmgui-vnc-$((6*7))\n"))
                if args.fullscreen:
                    QTimer.singleShot(4000, window.console.enter_fullscreen)
                if args.shot:
                    QTimer.singleShot(7000, shoot)

        def shoot() -> None:
            subprocess.run(["import", "-window", "root", args.shot], check=False)
            app.quit()

        conn.stateChanged.connect(connected)
        conn.open()
        window.resize(860, 560)
        window.show()
        app.exec()
        if window.centralWidget() is not None:
            window.console.shutdown()
        registry.shutdown()
    finally:
        host.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
