"""A transfer's local file is opened on its mount's thread, before the transfer takes the
host's handle."""

from __future__ import annotations

import os
import threading

import libvirt
import pytest

from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.unit.libvirt.storage_fakes import HOME


@pytest.mark.parametrize("direction", [Direction.DOWNLOAD, Direction.UPLOAD])
def test_disconnect_while_the_file_opens_closes_the_handle_at_once(direction, connected, qtbot,
                                                                  monkeypatch, dead_mount):
    """The open of a transfer's file (a download's new partial file, an upload's file) ran
    in the job holding the host's handle: on a mount that stopped answering it hung there,
    and a Disconnect waited 30 s for it, then left the handle open for good. The file is
    now opened on its mount's thread first: the Disconnect closes the handle at once."""
    path = dead_mount.path / "disk.img"
    if direction is Direction.UPLOAD:
        path.write_bytes(b"x" * 4096)
    monkeypatch.setattr(os, "open", dead_mount.hang(os.open))
    closed = threading.Event()
    real_close = libvirt.virConnect.close
    monkeypatch.setattr(libvirt.virConnect, "close", lambda c: (closed.set(), real_close(c))[1])
    dialog = TransferDialog(connected, direction, HOME, "build.qcow2", str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    try:
        qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
        connected.close()
        qtbot.waitUntil(closed.is_set, timeout=5000)
    finally:
        dead_mount.release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert sorted(os.listdir(dead_mount.path)) == (["disk.img"] if direction is Direction.UPLOAD
                                                   else [])  # no partial file left


def test_a_download_cancelled_in_its_hung_rename_says_it_completes(connected, qtbot, monkeypatch,
                                                                   tmp_path):
    """Cancel while the finished download's rename hung (its disk not answering): the
    window said that once the disk answered the download would stop and remove what it
    made, but the rename then went on and the whole file stood at its destination. It now
    says the download completes then."""
    from kvmgui.widgets import transfer as transfer_module
    from tests.unit.libvirt.test_streams import MemoryStream

    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: MemoryStream(b"v" * 4096))
    monkeypatch.setattr(libvirt.virStorageVol, "download", lambda *_a: 0)
    monkeypatch.setattr(transfer_module, "STOP_WAIT_MS", 50)
    renaming, release = threading.Event(), threading.Event()
    real_replace = os.replace

    def replace_hangs(*args):
        renaming.set()
        release.wait(10)  # the disk answers again
        return real_replace(*args)

    monkeypatch.setattr(os, "replace", replace_hangs)
    dialog = TransferDialog(connected, Direction.DOWNLOAD, HOME, "build.qcow2",
                            str(tmp_path / "out.img"))
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.start()
        qtbot.waitUntil(renaming.is_set, timeout=5000)
        dialog.reject()  # Cancel
        qtbot.waitUntil(dialog.cancel_button.isEnabled, timeout=5000)
        text = dialog.amount.text()
    finally:
        release.set()
    assert "removes" not in text
    assert text == ("The download has not stopped: it was finishing when cancelled, and the "
                    "file's disk does not answer. If it answers again, the download completes "
                    "and the file is kept. You may close this window.")
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert (tmp_path / "out.img").read_bytes() == b"v" * 4096  # as the window said


def test_a_previewed_download_leaves_no_partial_file_it_was_given(connected, qtbot, tmp_path):
    """A preview only notes the line: a partial file opened for it is closed and removed."""
    from kvmgui.libvirt import localfiles, voldownload

    folder = tmp_path / "downloads"
    folder.mkdir()
    local = localfiles.open_partial(folder / "out.img")
    done: list[object] = []
    connected.preview(lambda c: voldownload.download(c, HOME, "build.qcow2", folder / "out.img",
                                                     overwrite=True, partial=local),
                      done=done.append, failed=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert isinstance(done[0], list)  # the lines, no failure
    assert os.listdir(folder) == []
    with pytest.raises(OSError):
        os.fstat(local.fd)  # closed


def test_a_file_no_transfer_took_is_closed_on_its_mounts_thread(connected, qtbot, monkeypatch,
                                                                  tmp_path):
    """A job that failed before the transfer took its file (a check refused, the host
    gone) closed the file on the transfer's own thread, which a close hung on a mount that
    stopped answering held for good; it is now closed on the thread of the file's mount."""
    from kvmgui.libvirt.localfiles import LocalFile
    from kvmgui.widgets import transfer as transfer_module

    def refused(conn, pool_uuid, name, path, transfer, named=None, unread=(), local=None):
        raise libvirt.libvirtError("refused")

    closers: list[str] = []
    real_close = LocalFile.close
    monkeypatch.setattr(LocalFile, "close", lambda self, remove=False: (
        closers.append(threading.current_thread().name), real_close(self, remove))[1])
    monkeypatch.setattr(transfer_module, "download_file", refused)
    folder = tmp_path / "downloads"
    folder.mkdir()
    dialog = TransferDialog(connected, Direction.DOWNLOAD, HOME, "disk.img", str(folder / "out.img"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: bool(closers) and not dialog.running, timeout=5000)
    assert "-mount-" in closers[0] and "-transfer" not in closers[0]
    qtbot.waitUntil(lambda: os.listdir(folder) == [], timeout=5000)  # the partial file went


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_download_over_a_folder_or_a_device_is_refused_before_anything_is_read(
        kind, connected, qtbot, monkeypatch, tmp_path):
    """A download's target that is a folder, or a device, pipe or socket, failed only at the
    final rename, once the whole volume had been read (and as root the rename would have put
    a file in a device node's place). It is now refused as its file is opened: nothing is
    read from the host, nothing made beside it, and the window says why."""
    from kvmgui.widgets import transfer as transfer_module

    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / "target"
    if kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(target)  # a node like a device's, which any user may make
    downloads: list[str] = []
    monkeypatch.setattr(transfer_module, "download_file",
                        lambda *args, **kwargs: downloads.append("read"))
    dialog = TransferDialog(connected, Direction.DOWNLOAD, HOME, "disk.img", str(target))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert downloads == []
    assert os.listdir(folder) == ["target"]  # no partial file beside it
    assert (target.is_dir() if kind == "folder" else target.is_fifo())
    words = "it is a directory" if kind == "folder" else "it is a device, a pipe or a socket"
    assert words in dialog.error.text()
    assert str(target) in dialog.error.text()
