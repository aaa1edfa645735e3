"""Start-up: QApplication, the qasync loop, libvirt's event loop, connections, the window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence

import qasync
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import kvmgui
from kvmgui.dialogs.connect import ConnectDialog
from kvmgui.dialogs.credentials import show_credential_dialog
from kvmgui.libvirt import eventloop
from kvmgui.libvirt.registry import ConnectionRegistry, default_local_uri
from kvmgui.utils import crash
from kvmgui.utils.resources import demo_host_uri, resource
from kvmgui.widgets.mainwindow import MainWindow

log = logging.getLogger("kvmgui")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kvmgui", description=__doc__)
    parser.add_argument("-c", "--connect", action="append", default=[], metavar="URI",
                        help="open this libvirt URI (may be given several times)")
    parser.add_argument("--demo", action="store_true", help="also open the Demo host")
    parser.add_argument("--debug", action="store_true", help="log debug messages to stderr")
    parser.add_argument("--version", action="version", version=kvmgui.__version__)
    return parser.parse_args(argv)


def open_initial_connections(registry: ConnectionRegistry, args: argparse.Namespace) -> None:
    """-c URIs if given; else saved autoconnect ones; first run: the local default or Demo."""
    if args.connect:
        for uri in args.connect:
            registry.add(uri, save=False).open()
    else:
        saved = registry.saved()
        for uri, label, auto in saved:
            conn = registry.add(uri, label=label, autoconnect=auto, save=False)
            if auto:
                conn.open()
        if not registry.has_saved():
            uri = default_local_uri()
            if uri is not None:
                registry.add(uri, autoconnect=True).open()
        if not any(c.autoconnect for c in registry):
            args.demo = True
    if args.demo:
        registry.add(demo_host_uri(), label="Demo host", save=False).open()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    QCoreApplication.setOrganizationName("kvmgui")
    QCoreApplication.setApplicationName("kvmgui")
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName(kvmgui.APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", f"{kvmgui.APP_ID}.svg"))))
    crash.install()
    mode = eventloop.install()
    log.debug("event loop mode: %s", mode.value)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    registry = ConnectionRegistry(QSettings(), parent=app)
    window = MainWindow(registry)
    registry.credentials.requested.connect(lambda req: show_credential_dialog(req, window))

    def add_connection() -> None:
        dialog = ConnectDialog(window)
        if dialog.exec():
            registry.add(dialog.uri(), autoconnect=dialog.autoconnect.isChecked()).open()

    window.newConnectionRequested.connect(add_connection)
    window.show()
    open_initial_connections(registry, args)
    signal.signal(signal.SIGINT, lambda *_a: window.close())
    signal.signal(signal.SIGTERM, lambda *_a: window.close())

    with loop:
        app.aboutToQuit.connect(registry.shutdown)
        loop.run_until_complete(_until_quit(app))
    return 0


async def _until_quit(app: QApplication) -> None:
    done = asyncio.Event()
    app.lastWindowClosed.connect(done.set)
    await done.wait()
