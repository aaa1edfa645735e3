"""The volume streams open on each libvirt handle, so that its teardown can abort them.

A transfer keeps the handle in use for as long as it runs (``LiveHandle.use``), and a
teardown (Disconnect, quit, the host lost) waits for the handle's calls to end: a
download of many GB held a Disconnect up for ``TEARDOWN_WAIT_S``, after which the handle
was left open for good and the transfer went on over it. The teardown now aborts the
handle's streams first (``virStreamAbort`` may come from another thread than the one in
the stream's send or receive); the transfer then ends with :class:`NotConnectedError` and
undoes its half-done work while the handle is still open. A stream asked for on a handle
being torn down is refused the same way.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

import libvirt

from kvmgui.libvirt.livehandle import NotConnectedError


@dataclass(eq=False)
class _Held:
    stream: libvirt.virStream
    cut: bool = False  # aborted by a teardown


@dataclass(eq=False)
class _Host:
    cut: bool = False
    streams: set[_Held] = field(default_factory=set)


_lock = threading.Lock()
_hosts: weakref.WeakKeyDictionary[libvirt.virConnect, _Host] = weakref.WeakKeyDictionary()


@contextlib.contextmanager
def held(conn: libvirt.virConnect, stream: libvirt.virStream) -> Iterator[None]:
    """``stream`` of ``conn`` open until the block ends; what the block raises after a
    teardown aborted it is raised as :class:`NotConnectedError`."""
    with _lock:
        host = _hosts.setdefault(conn, _Host())
        if host.cut:
            raise NotConnectedError
        entry = _Held(stream)
        host.streams.add(entry)
    try:
        yield
    except BaseException as exc:
        if entry.cut:
            raise NotConnectedError from exc
        raise
    finally:
        with _lock:
            host.streams.discard(entry)


def cut(conn: libvirt.virConnect) -> int:
    """Abort the streams open on ``conn`` and refuse new ones (its teardown, a worker's);
    how many were open."""
    with _lock:
        host = _hosts.setdefault(conn, _Host())
        host.cut = True
        entries = list(host.streams)
        for entry in entries:
            entry.cut = True
    for entry in entries:  # outside the lock: an abort talks to the host
        with contextlib.suppress(libvirt.libvirtError):
            entry.stream.abort()
    return len(entries)


@contextlib.contextmanager
def finished(stream: libvirt.virStream) -> Iterator[None]:
    """The stream finished after the block's transfer, or aborted if the block or the
    finish raised: libvirt's other side then drops what it had (a half-sent volume is not
    taken as whole), and the block's own error is the one raised, not the abort's."""
    try:
        yield
        stream.finish()
    except BaseException:
        with contextlib.suppress(libvirt.libvirtError):
            stream.abort()
        raise
