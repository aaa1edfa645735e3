"""Helpers for tests that drive kvmgui's connections."""

from __future__ import annotations


def run_in_worker(qtbot, conn, fn, *args):
    """Run fn(virConnect, *args) on the app's connection in a worker, wait, return its result."""
    future = conn.run(fn, *args)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()
