"""Helpers for tests that drive kvmgui's connections."""

from __future__ import annotations

import libvirt


def run_in_worker(qtbot, conn, fn, *args):
    """Run fn(virConnect, *args) on the app's connection in a worker, wait, return its result."""
    future = conn.run(fn, *args)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def open_connection(registry, qtbot, uri, timeout=30000):
    """Add ``uri`` to the registry, open it and wait until it is connected."""
    from kvmgui.libvirt.connection import ConnState

    conn = registry.add(uri, save=False)
    with qtbot.waitSignal(conn.stateChanged, timeout=timeout,
                          check_params_cb=lambda s, _reason: s == ConnState.CONNECTED):
        conn.open()
    return conn


class FakeError(libvirt.libvirtError):
    """A libvirt error with a chosen message (and error code), for monkeypatched failures."""

    def __init__(self, message: str, code: int = libvirt.VIR_ERR_INTERNAL_ERROR) -> None:
        Exception.__init__(self, message)
        self.message = message
        self.code = code

    def get_error_message(self) -> str:
        return self.message

    def get_error_code(self) -> int:
        return self.code
