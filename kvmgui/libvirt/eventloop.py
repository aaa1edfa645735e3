"""Registers libvirt's event loop so callbacks reach the GUI thread.

libvirt's default event implementation runs in GLib's default main context. When
Qt uses its GLib event dispatcher (PySide6's default on Linux) the GUI thread
already iterates that context, so callbacks arrive on the GUI thread with no
extra thread. Otherwise one daemon thread runs ``virEventRunDefaultImpl`` and
callbacks reach the GUI through queued signals. Never both: two threads
iterating one context would deliver callbacks on either at random.
See docs/event-bridge.md.
"""

from __future__ import annotations

import logging
import os
import threading
from enum import Enum
from typing import Any

import libvirt
from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication

log = logging.getLogger(__name__)


class LoopMode(Enum):
    GLIB = "glib"
    THREAD = "thread"


_mode: LoopMode | None = None
_thread: threading.Thread | None = None


def qt_runs_glib() -> bool:
    """Whether the GUI thread's Qt event dispatcher iterates GLib's default context."""
    if os.environ.get("QT_NO_GLIB") == "1":
        return False
    app = QCoreApplication.instance()
    if app is None:
        return False
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    return dispatcher is not None and "Glib" in dispatcher.metaObject().className()


def _run_forever() -> None:
    while True:
        if libvirt.virEventRunDefaultImpl() < 0:
            log.error("virEventRunDefaultImpl failed: %s", libvirt.virGetLastErrorMessage())


def _quiet(_ctx: object, error: tuple[Any, ...]) -> None:
    log.debug("libvirt: %s", error[2] if len(error) > 2 else error)


def install() -> LoopMode:
    """Register the event implementation; call once, after QCoreApplication and before any open."""
    global _mode, _thread
    if _mode is not None:
        return _mode
    if QCoreApplication.instance() is None:
        raise RuntimeError("create the QApplication before installing the libvirt event loop")
    # kvmgui shows libvirt's errors where they matter; the default handler would also
    # print every one to stderr (e.g. each call failing on a connection that just dropped).
    libvirt.registerErrorHandler(_quiet, None)
    libvirt.virEventRegisterDefaultImpl()
    if qt_runs_glib():
        _mode = LoopMode.GLIB
    else:
        _thread = threading.Thread(target=_run_forever, name="libvirt-events", daemon=True)
        _thread.start()
        _mode = LoopMode.THREAD
    log.debug("libvirt event loop: %s", _mode.value)
    return _mode


def mode() -> LoopMode | None:
    return _mode
