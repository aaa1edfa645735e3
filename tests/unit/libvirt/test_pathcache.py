"""Paths looked at in workers: a mount whose stats hang holds only its own looks."""

from __future__ import annotations

import os
import threading

from kvmgui.libvirt import mountlanes, pathcache
from kvmgui.libvirt.pathcache import PathCache
from kvmgui.xml.newvm_checks import PathState


def hang_under(monkeypatch, dead: str, release: threading.Event) -> list[str]:
    """Looks at paths that lead under ``dead`` hang until ``release``, as stats on a dead
    network mount do (following links, as the kernel does); returns the paths hung."""
    real = pathcache.local_path_state
    hung: list[str] = []

    def state(path):
        if os.path.realpath(path).startswith(dead):
            hung.append(path)
            release.wait(10)
        return real(path)

    monkeypatch.setattr(pathcache, "local_path_state", state)
    return hung


def test_looks_on_a_hung_mount_do_not_hold_the_others(qtbot, monkeypatch, tmp_path):
    """Typing a path on a dead NFS mount asks once per key, and each stat hangs. They took
    the two threads every look shared, so a path on a local disk never got an answer
    (and Add hardware waited on it) until the mount came back."""
    dead = "/mnt/dead-nfs"
    monkeypatch.setattr(pathcache, "current_mount_points", lambda: ["/", dead])
    monkeypatch.setattr(mountlanes, "current_mount_points", lambda: ["/", dead])
    release = threading.Event()
    hung = hang_under(monkeypatch, dead, release)
    cache = PathCache()
    try:
        for typed in ("/mnt/dead-nfs", "/mnt/dead-nfs/i", "/mnt/dead-nfs/im", "/mnt/dead-nfs/img"):
            assert cache.get(typed) is None
        qtbot.waitUntil(lambda: bool(hung), timeout=5000)
        image = tmp_path / "disk.qcow2"
        image.write_bytes(b"")
        assert cache.get(str(image)) is None
        qtbot.waitUntil(lambda: cache.known(str(image)) is PathState.FILE, timeout=5000)
        assert cache.known("/mnt/dead-nfs/img") is None  # still waiting for its mount
    finally:
        release.set()
    qtbot.waitUntil(lambda: cache.known("/mnt/dead-nfs/img") is PathState.MISSING, timeout=5000)


def test_a_look_that_fails_reads_missing_and_is_marked(qtbot, monkeypatch):
    def broken(_path):
        raise ValueError("embedded null byte")

    monkeypatch.setattr(pathcache, "local_path_state", broken)
    cache = PathCache()
    with qtbot.waitSignal(cache.changed, timeout=5000):
        cache.get("/srv/a")
    assert cache.known("/srv/a") is PathState.MISSING and cache.failed("/srv/a")
    cache.forget()
    assert not cache.failed("/srv/a") and cache.known("/srv/a") is None


def test_a_link_into_a_hung_mount_holds_only_that_mount(qtbot, monkeypatch, tmp_path):
    """A link on a local disk into a dead network mount: the stat follows it and hangs,
    and it used to hang on the local disk's thread, holding every local look."""
    dead = tmp_path / "nfs"
    dead.mkdir()
    (dead / "img").write_bytes(b"")
    link = tmp_path / "pool-link"
    link.symlink_to(dead / "img")
    monkeypatch.setattr(pathcache, "current_mount_points", lambda: ["/", str(dead)])
    monkeypatch.setattr(mountlanes, "current_mount_points", lambda: ["/", str(dead)])
    release = threading.Event()
    hung = hang_under(monkeypatch, str(dead), release)
    cache = PathCache()
    try:
        assert cache.get(str(link)) is None
        qtbot.waitUntil(lambda: bool(hung), timeout=5000)
        image = tmp_path / "disk.qcow2"
        image.write_bytes(b"")
        assert cache.get(str(image)) is None
        qtbot.waitUntil(lambda: cache.known(str(image)) is PathState.FILE, timeout=5000)
        assert hung == [str(dead / "img")]  # looked at on the other mount's thread
        assert cache.known(str(link)) is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: cache.known(str(link)) is PathState.FILE, timeout=5000)
    assert not cache.failed(str(link))
