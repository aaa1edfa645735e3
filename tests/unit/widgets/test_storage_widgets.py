"""The storage widgets: the transfer dialog (progress, rate, Cancel), the size edit and the
usage bar."""

from __future__ import annotations

import errno
import os
import time

import libvirt
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem, QTableView

from kvmgui.libvirt.transfers import TransferCancelledError
from kvmgui.models.roles import Role
from kvmgui.widgets import transfer as transfer_module
from kvmgui.widgets.sizeedit import SizeEdit
from kvmgui.widgets.transfer import Direction, TransferDialog
from kvmgui.widgets.usagebar import UsageBarDelegate
from kvmgui.xml.volume_spec import SizeUnit
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_streams import MemoryStream

MiB = 1024**2


def slow_upload(conn, pool_uuid, name, path, new, transfer, running=(), local=None):
    """Pretends to move 100 MiB a MiB at a time until cancelled (in the worker)."""
    transfer.begin(100 * MiB)
    for _ in range(100):
        transfer.check()
        transfer.advance(MiB)
        time.sleep(0.02)
    raise AssertionError("not cancelled")


def test_progress_shows_bytes_and_rate_and_cancel_stops_it(connected, qtbot, monkeypatch,
                                                           tmp_path):
    monkeypatch.setattr(transfer_module, "upload_file", slow_upload)
    (tmp_path / "disk.img").write_bytes(b"")
    dialog = TransferDialog(connected, Direction.UPLOAD, "pool-uuid", "disk.img",
                            str(tmp_path / "disk.img"), new_volume=True)
    qtbot.addWidget(dialog)
    done = []
    dialog.transferred.connect(done.append)
    dialog.show()
    dialog.start()
    assert dialog.what.text() == "Uploading disk.img into volume disk.img"
    qtbot.waitUntil(lambda: " of 100 MiB — " in dialog.amount.text(), timeout=5000)
    assert dialog.amount.text().endswith("/s")
    assert 0 < dialog.bar.value() < dialog.bar.maximum()
    with qtbot.waitSignal(dialog.finished, timeout=5000) as closed:
        dialog.reject()  # Cancel: the worker stops before its next chunk
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()  # until it has
    assert closed.args == [QDialog.DialogCode.Rejected] and done == []
    assert dialog.transfer.cancelled and not dialog.running


def test_a_cancelled_job_that_already_ended_closes_quietly(connected, qtbot, monkeypatch):
    def cancelled(conn, pool_uuid, name, path, transfer, named=None, unread=(), local=None):
        raise TransferCancelledError(None)

    monkeypatch.setattr(transfer_module, "download_file", cancelled)
    dialog = TransferDialog(connected, Direction.DOWNLOAD, "pool-uuid", "disk.img", "/tmp/out.img")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.start()
    assert not dialog.error.isVisible()


def test_size_edit_shows_bytes_in_the_largest_exact_unit(qtbot):
    edit = SizeEdit("Capacity")
    qtbot.addWidget(edit)
    edit.set_size(20 * 1024**3)
    assert (edit.number.value(), edit.value().unit) == (20, SizeUnit.GIB)
    edit.set_size(1536 * MiB)
    assert (edit.number.value(), edit.value().unit) == (1536, SizeUnit.MIB)
    edit.set_size(1024**3 + 1)  # no unit states it: two decimals of the largest that fits
    assert (edit.number.value(), edit.value().unit) == (1.0, SizeUnit.GIB)
    assert edit.number.accessibleName() == "Capacity" and edit.unit.accessibleName() == "Capacity unit"
    assert edit.focusProxy() is edit.number


def render(share, text="72 GiB free"):
    model = QStandardItemModel(1, 1)
    item = QStandardItem(text)
    item.setData(share, Role.SORT)
    model.setItem(0, 0, item)
    view = QTableView()
    view.setModel(model)
    image = QImage(200, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 200, 24)
    option.palette = view.palette()
    option.widget = view
    UsageBarDelegate(view).paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    return image


def filled(image, x, y=7):
    """Is the bar's inside at x coloured (unlike its empty right end)? y: above the text."""
    return image.pixelColor(x, y) != image.pixelColor(199 - 6, y)


def test_usage_bar_fills_the_share_used(qtbot):
    quarter = render(0.25)
    assert filled(quarter, 20) and not filled(quarter, 150)  # a quarter of 194 px is filled
    full = render(0.95)
    assert full.pixelColor(20, 7) != quarter.pixelColor(20, 7)  # nearly full: another colour
    unknown = render(-1.0, "")
    assert not filled(unknown, 20)


def _download_window(qtbot, connected, tmp_path):
    """A download's window, shown, of disk.img into tmp_path."""
    dialog = TransferDialog(connected, Direction.DOWNLOAD, "pool-uuid", "disk.img",
                            str(tmp_path / "disk.img"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def failed_transfer(qtbot, connected, direction, path, new=False):
    dialog = TransferDialog(connected, direction, HOME, "build.qcow2", str(path), new_volume=new)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    return dialog.error.text()


def test_a_local_file_error_is_said_in_words_with_the_file(connected, qtbot, tmp_path, monkeypatch):
    """Python's English "[Errno 2] No such file or directory: '….part'" was shown: not
    translated, and naming the download's partial file rather than the file chosen."""
    assert failed_transfer(qtbot, connected, Direction.DOWNLOAD, tmp_path / "gone" / "out.img") == (
        f"The transfer failed: {tmp_path}/gone/out.img could not be written: no such file or directory")
    assert failed_transfer(qtbot, connected, Direction.UPLOAD, tmp_path / "missing.img", new=True) \
        == f"The transfer failed: {tmp_path}/missing.img could not be read: no such file or directory"


def failed_download_writing(code, connected, qtbot, target, monkeypatch):
    """The window's failure text of a download whose partial file's writes fail with
    ``code`` (only that file's: the rest of the test writes as usual)."""
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: MemoryStream(b"x" * MiB))
    monkeypatch.setattr(libvirt.virStorageVol, "download", lambda *_a, **_k: 0)
    real_write = os.write

    def write(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    target.parent.mkdir()
    return failed_transfer(qtbot, connected, Direction.DOWNLOAD, target)


def test_a_full_disk_is_said_in_words(connected, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "saved" / "out.img"
    assert failed_download_writing(errno.ENOSPC, connected, qtbot, target, monkeypatch) == (
        f"The transfer failed: {target} could not be written: the disk is full")
    assert list(target.parent.iterdir()) == []  # the partial file is gone


def test_a_file_too_large_for_its_file_system_is_said_in_words(connected, qtbot, tmp_path,
                                                               monkeypatch):
    """A download of a volume over 4 GiB to a FAT32 stick fails there with EFBIG: the window
    said the system's "File too large", English in every language, not saying why a file
    of that size could not be written."""
    target = tmp_path / "stick" / "out.img"
    assert failed_download_writing(errno.EFBIG, connected, qtbot, target, monkeypatch) == (
        f"The transfer failed: {target} could not be written: the file is larger than its "
        "file system allows (FAT32 takes at most 4 GiB)")
    assert list(target.parent.iterdir()) == []  # the partial file is gone


def test_a_local_file_error_is_translated(traditional_chinese, connected, qtbot, tmp_path):
    text = failed_transfer(qtbot, connected, Direction.DOWNLOAD, tmp_path / "gone" / "out.img")
    assert text == f"傳輸失敗：無法寫入 {tmp_path}/gone/out.img：沒有這個檔案或目錄"


def test_a_cancelled_upload_over_a_volume_says_what_it_left(connected, qtbot, monkeypatch, tmp_path):
    """An upload over a volume undoes nothing: Cancel after 3 MiB closed the window as if
    nothing had happened, the volume holding the file's start over its old data."""
    def upload(conn, pool_uuid, name, path, new, transfer, named=(), local=None):
        transfer.begin(100 * MiB)
        for _ in range(3):
            transfer.advance(MiB)
        transfer.cancel()  # as the Cancel button does, between two chunks
        transfer.check()

    monkeypatch.setattr(transfer_module, "upload_file", upload)
    (tmp_path / "build.qcow2").write_bytes(b"")
    dialog = TransferDialog(connected, Direction.UPLOAD, HOME, "build.qcow2",
                            str(tmp_path / "build.qcow2"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert dialog.isVisible()
    assert dialog.error.text() == "The upload was cancelled part way."
    assert dialog.amount.text() == ("Volume build.qcow2 now holds the first 3 MiB of the file over "
                                    "its old data: what it holds is damaged.")
    assert dialog.cancel_button.text() == "&Close" and dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.cancel_button.click()


def test_a_failed_upload_over_a_volume_says_what_it_left(connected, qtbot, monkeypatch, tmp_path):
    from tests.unit.libvirt.storage_fakes import CodedError

    def upload(conn, pool_uuid, name, path, new, transfer, named=(), local=None):
        transfer.begin(100 * MiB)
        transfer.advance(2 * MiB)
        raise CodedError(libvirt.VIR_ERR_SYSTEM_ERROR, "connection reset")

    monkeypatch.setattr(transfer_module, "upload_file", upload)
    (tmp_path / "build.qcow2").write_bytes(b"")
    dialog = TransferDialog(connected, Direction.UPLOAD, HOME, "build.qcow2",
                            str(tmp_path / "build.qcow2"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == "The transfer failed: connection reset"
    assert dialog.amount.text() == ("Volume build.qcow2 now holds the first 2 MiB of the file over "
                                    "its old data: what it holds is damaged.")
    dialog.reject()


def test_a_download_hung_on_its_file_may_be_left_after_cancel(connected, qtbot, monkeypatch,
                                                               tmp_path):
    """A download into a network mount that stopped answering hangs in its write, which
    never returns to see the Cancel: the window said 'Cancelling…' for ever, its button
    disabled and its close ignored, and being modal it kept the host window from closing
    too. After a while it now says so and lets the window go."""
    import threading

    hung, release = threading.Event(), threading.Event()

    def write_hangs(conn, pool_uuid, name, path, transfer, named=None, unread=(), local=None):
        transfer.begin(100 * MiB)
        hung.set()
        release.wait(10)  # the write that returns once the mount answers
        transfer.check()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(transfer_module, "download_file", write_hangs)
    monkeypatch.setattr(transfer_module, "STOP_WAIT_MS", 50, raising=False)
    dialog = _download_window(qtbot, connected, tmp_path)
    try:
        dialog.start()
        qtbot.waitUntil(hung.is_set, timeout=5000)
        dialog.reject()  # Cancel
        assert dialog.amount.text() == "Cancelling…" and not dialog.cancel_button.isEnabled()
        qtbot.waitUntil(dialog.cancel_button.isEnabled, timeout=5000)
        assert dialog.amount.text().startswith("The transfer has not stopped: the file's disk")
        assert dialog.cancel_button.text() == "&Close" and dialog.running
        with qtbot.waitSignal(dialog.finished, timeout=5000):
            dialog.close()
        assert not dialog.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)  # stopped once it answered
    assert not dialog.isVisible() and dialog.transfer.cancelled


def test_downloads_into_a_hung_mount_hold_none_of_the_hosts_threads(connected, qtbot,
                                                                     monkeypatch, dead_mount):
    """A download's first look at its file (is it there? its partial file made) ran on the
    host's threads: into a mount that stopped answering, each download tried again held one
    more of the four, and the host's other calls waited. Its folder is now looked at on the
    mount's thread first, and Cancel meanwhile closes the window at once."""
    monkeypatch.setattr(os, "stat", dead_mount.hang(os.stat))
    dialogs = []
    for n in range(4):
        dialog = TransferDialog(connected, Direction.DOWNLOAD, HOME, "build.qcow2",
                                str(dead_mount.path / f"copy{n}.img"))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        dialogs.append(dialog)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert dialogs[0].amount.text() == f"Waiting for the folder {dead_mount.path}…"
    names: list[object] = []  # the host still answers its other calls
    connected.run(lambda c: c.listStoragePools(), done=names.append)
    qtbot.waitUntil(lambda: bool(names), timeout=5000)
    for dialog in dialogs[:-1]:
        with qtbot.waitSignal(dialog.finished, timeout=5000):
            dialog.reject()  # Cancel: nothing started, nothing to wait for
        assert not dialog.running and not dialog.isVisible()
    with qtbot.waitSignal(dialogs[-1].finished, timeout=5000):
        assert dialogs[-1].close()  # the window's close button, likewise
    assert not dialogs[-1].running and not dialogs[-1].isVisible()
    dead_mount.release.set()
    behind: list[object] = []  # the mount's thread takes jobs in turn: after the four looks
    from kvmgui.libvirt import mountlanes

    mountlanes.submit(str(dead_mount.path), os.path.isdir, done=behind.append)
    qtbot.waitUntil(lambda: bool(behind), timeout=5000)
    assert not list(dead_mount.path.glob("copy*"))  # no download started after the Cancel


def test_a_transfer_that_stopped_moving_says_so(connected, qtbot, monkeypatch, tmp_path):
    """A write hung on a mount that stopped answering reports no progress at all: the
    window kept its last figures ('1 MiB of 100 MiB — 80 MiB/s') as if it still ran.
    After a while without progress it now says that nothing moves, and why that may be."""
    import threading

    release = threading.Event()

    def write_hangs(conn, pool_uuid, name, path, transfer, named=None, unread=(), local=None):
        transfer.begin(100 * MiB)
        transfer.advance(MiB)
        transfer.end()  # the figures so far reach the window
        release.wait(10)
        transfer.check()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(transfer_module, "download_file", write_hangs)
    monkeypatch.setattr(transfer_module, "STALL_MS", 50, raising=False)
    dialog = _download_window(qtbot, connected, tmp_path)
    try:
        dialog.start()
        qtbot.waitUntil(lambda: "Nothing has moved" in dialog.amount.text(), timeout=5000)
        assert dialog.amount.text().startswith("1 MiB of 100 MiB — ")
        assert dialog.amount.text().endswith(
            "\nNothing has moved for a while: the host or the file's disk is busy or does not answer.")
        dialog.reject()
        assert dialog.amount.text() == "Cancelling…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)


def test_transfers_whose_file_hangs_hold_none_of_the_hosts_threads(connected, qtbot, monkeypatch,
                                                                   tmp_path):
    """A transfer ran its stream and its file's reads or writes on one of the host's four
    threads for as long as it lasted: four downloads into a mount that stopped answering
    mid-way (or four long ones) held all of them, and every other call to the host waited.
    Each transfer now has a thread of its own."""
    import threading

    from kvmgui.libvirt.connection import CALL_THREADS

    release = threading.Event()
    writing: list[str] = []

    def write_hangs(conn, pool_uuid, name, path, transfer, named=None, unread=(), local=None):
        transfer.begin(100 * MiB)
        writing.append(path)
        release.wait(10)  # a write into the dead mount
        transfer.check()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(transfer_module, "download_file", write_hangs)
    dialogs = []
    try:
        for n in range(CALL_THREADS):
            dialog = _download_window(qtbot, connected, tmp_path / f"{n}")
            (tmp_path / f"{n}").mkdir()
            dialog.start()
            dialogs.append(dialog)
        qtbot.waitUntil(lambda: len(writing) == CALL_THREADS, timeout=5000)
        pools: list[object] = []
        connected.run(lambda c: c.listStoragePools(), done=pools.append)
        qtbot.waitUntil(lambda: bool(pools), timeout=5000)
    finally:
        for dialog in dialogs:
            dialog.reject()
        release.set()
    for dialog in dialogs:
        qtbot.waitUntil(lambda d=dialog: not d.running, timeout=5000)
