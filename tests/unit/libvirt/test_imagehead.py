"""Disk image headers read on their mount's thread: an image on a network mount that is
down holds only that mount's reads, and the worker that asked gives up in time."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from kvmgui.libvirt import diskusers, imagehead, volops
from kvmgui.libvirt.diskusers import BackingUnknownError, VolumeRef
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_volume_users import _qcow2, _vm_on


@pytest.fixture
def dead_mount(monkeypatch, tmp_path):
    """``tmp_path/nfs`` is a mount whose reads hang until the fixture ends (as a network
    mount that is down: following links into it too); the wait is cut to 0.3 s."""
    dead = tmp_path / "nfs"
    dead.mkdir()
    monkeypatch.setattr(imagehead, "current_mount_points", lambda: ["/", str(dead)])
    monkeypatch.setattr(imagehead, "READ_TIMEOUT_S", 0.3)
    release = threading.Event()
    hung: list[str] = []
    real = imagehead.read_backing_name

    def read(path):
        if os.path.realpath(path).startswith(str(dead)):
            hung.append(path)
            release.wait(20)
        return real(path)

    monkeypatch.setattr(imagehead, "read_backing_name", read)
    yield dead, hung
    release.set()


def test_an_image_on_a_hung_mount_gives_up_and_holds_no_other_read(dead_mount, tmp_path):
    """The worker waited on the open for as long as the mount was down: the check never
    answered, and each later check took another thread of the shared pool, until none was
    left for any job of the window."""
    dead, hung = dead_mount
    _qcow2(dead / "top.qcow2", "/home/base.qcow2")
    _qcow2(tmp_path / "local.qcow2", "/home/build.qcow2")
    with ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(imagehead.backing_name, str(dead / "top.qcow2"))
        start = time.monotonic()
        with pytest.raises(imagehead.MountHungError):
            waiting.result(timeout=10)
        assert time.monotonic() - start < 5 and hung == [str(dead / "top.qcow2")]
    # The hung read still holds its mount's thread, not this one's.
    assert imagehead.backing_name(str(tmp_path / "local.qcow2")) == "/home/build.qcow2"


def test_a_link_into_a_hung_mount_holds_only_that_mount(dead_mount, tmp_path):
    dead, hung = dead_mount
    _qcow2(dead / "top.qcow2", "/home/base.qcow2")
    (tmp_path / "link.qcow2").symlink_to(dead / "top.qcow2")
    _qcow2(tmp_path / "local.qcow2", "base.qcow2")
    with pytest.raises(imagehead.MountHungError):
        imagehead.backing_name(str(tmp_path / "link.qcow2"))
    assert hung == [str(dead / "top.qcow2")]  # read on the dead mount's thread
    assert imagehead.backing_name(str(tmp_path / "local.qcow2")) == "base.qcow2"


def test_a_check_through_a_hung_mount_says_so_and_deletes_nothing(dead_mount, connected, qtbot):
    dead, _hung = dead_mount
    _qcow2(dead / "top.qcow2", "/home/build.qcow2")
    run_in_worker(qtbot, connected, lambda c: _vm_on(c, "on-nfs", dead / "top.qcow2"))
    ref = VolumeRef("/home/build.qcow2", "home", "build.qcow2")
    future = connected.run(diskusers.find_users, [ref])
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(BackingUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        f"Could not check which VMs use the storage: the disk {dead}/top.qcow2 of on-nfs is in "
        "no active pool, and its file system did not answer (is it a network mount that is "
        "down?).")
    future = connected.run(volops.delete_unused, HOME, "build.qcow2")
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(BackingUnknownError):
        future.result()
    assert "build.qcow2" in run_in_worker(
        qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(HOME).listVolumes())


def test_an_images_format_on_a_hung_mount_frees_the_hosts_worker(monkeypatch, tmp_path):
    """Adding a disk on an existing image reads its header for its format: the read ran on
    the host's worker, where an image on a network mount that is down held it (and every
    later call of that host) for as long as the mount was down. It now runs on the mount's
    thread: the worker gives up in time and is free for the host's next call."""
    import builtins

    import libvirt

    from kvmgui.libvirt import imageformat

    dead = tmp_path / "nfs"
    dead.mkdir()
    _qcow2(dead / "disk.img")
    _qcow2(tmp_path / "local.img")
    monkeypatch.setattr(imagehead, "current_mount_points", lambda: ["/", str(dead)])
    monkeypatch.setattr(imagehead, "READ_TIMEOUT_S", 0.3)
    release, hung = threading.Event(), []
    real_open = builtins.open

    def hanging_open(path, *args, **kwargs):
        if str(path).startswith(str(dead)):
            hung.append(threading.current_thread().name)
            release.wait(20)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", hanging_open)
    conn = libvirt.open("test:///default")
    with ThreadPoolExecutor(1, thread_name_prefix="host-calls") as worker:
        try:
            waiting = worker.submit(imageformat.image_format, conn, str(dead / "disk.img"), True)
            with pytest.raises(imageformat.ImageHungError) as refused:
                waiting.result(timeout=3)
            assert refused.value.words.english() == (
                f"{dead / 'disk.img'} could not be read: its file system did not answer "
                "(is it a network mount that is down?).")
            local = worker.submit(imageformat.image_format, conn, str(tmp_path / "local.img"), True)
            assert local.result(timeout=3) == "qcow2"
        finally:
            release.set()
    assert hung and not hung[0].startswith("host-calls")
    conn.close()
