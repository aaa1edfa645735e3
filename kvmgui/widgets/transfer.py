"""Upload a local file into a storage volume, or download one, with progress and Cancel.

The bytes move in a worker through the libvirt connection (``kvmgui.libvirt.volupload``
and ``voldownload``: blocking streams, sparse where the host takes them), so a remote host
works the same and the window never waits. Progress comes back through a queued signal
about ten times a second; Cancel aborts the stream, and those modules remove what was half
made (the new volume of an upload, the partial file of a download).
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvmgui.libvirt import mountlanes, workers
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.localfiles import LocalFile
from kvmgui.libvirt.transfers import (
    Progress,
    Transfer,
    TransferCancelledError,
    TransferResult,
    VolumeLeftError,
)
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill, size_text
from kvmgui.widgets.filewords import unreadable, unwritable
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.transferjobs import download_file, open_local, upload_file

STEPS = 1000
# Cancel waits this long for the transfer to stop, then lets the window go: a write or
# read hung on a network mount that stopped answering never returns to see the Cancel.
STOP_WAIT_MS = 5000
# No progress for this long: the figures shown (the rate above all) are old news, said so.
STALL_MS = 10000


class Direction(Enum):
    UPLOAD = "upload"
    DOWNLOAD = "download"


@dataclass(eq=False)
class Ongoing:
    """A transfer from its start until its job ended, whether its window is still open or
    not: one cancelled that hung may have its window closed, its stream still open on the
    host, and it goes on if the host or its file's disk answers again."""

    uri: str
    pool_uuid: str
    volume: str
    direction: Direction
    window: weakref.ref[TransferDialog]

    def shown(self) -> bool:
        window = self.window()
        return window is not None and isValid(window)


_ongoing: list[Ongoing] = []  # on the GUI thread


def ongoing() -> list[Ongoing]:
    """The transfers of every window (see :class:`Ongoing`)."""
    return list(_ongoing)


def _ended(entry: Ongoing) -> None:
    with contextlib.suppress(ValueError):
        _ongoing.remove(entry)


class _Courier(QObject):
    progress = Signal(object)


class TransferDialog(QDialog):
    """One upload or download, started by ``start()``.

    Signals:
        transferred(object): the ``TransferResult`` once it is complete.
    """

    transferred = Signal(object)

    def __init__(self, conn: Connection, direction: Direction, pool_uuid: str, volume: str,
                 path: str, *, new_volume: bool = False, users_named: Collection[str] = (),
                 users_unread: Collection[str] = (), parent: QWidget | None = None) -> None:
        """``users_named``: the UUIDs of the VMs the user was told use the volume: the
        stopped ones of the volume an upload goes over (a VM running on it by then refuses),
        the running ones that write on the volume a download copies (another one that does
        by then refuses). ``users_unread``: the names of the VMs the question before a
        download said it could not read (another one that cannot be read by then refuses)."""
        super().__init__(parent)
        self.conn = conn
        self.direction = direction
        self.pool_uuid, self.volume, self.path = pool_uuid, volume, path
        self.new_volume = new_volume
        self.users_named = tuple(users_named)
        self.users_unread = tuple(users_unread)
        self.running = False
        self.outcome: TransferResult | None = None
        self._courier = _Courier(self)
        self._courier.progress.connect(self.show_progress)
        self.transfer = Transfer(self._courier.progress.emit)
        file_name = os.path.basename(path)
        if direction is Direction.UPLOAD:
            title = self.tr("Upload to volume")
            what = fill(self.tr("Uploading %1 into volume %2"), file_name, volume)
        else:
            title = self.tr("Download volume")
            what = fill(self.tr("Downloading volume %1 to %2"), volume, path)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setObjectName("Transfer")
        self.what.setAccessibleDescription(self.tr("Transfer"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the size is known
        self.bar.setAccessibleName(self.tr("Transfer progress"))
        self.amount = QLabel(self.tr("Starting…"), self)
        self.amount.setTextFormat(Qt.TextFormat.PlainText)
        self.amount.setObjectName("Transferred")
        self.amount.setAccessibleDescription(self.tr("Transferred"))
        self.error = MessageLine(self, description=self.tr("Transfer error"))
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel transfer"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.bar)
        layout.addWidget(self.amount)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._stop_wait = QTimer(self, singleShot=True, interval=STOP_WAIT_MS)
        self._stop_wait.timeout.connect(self._not_stopped)
        self._may_leave = False  # cancelled, and the transfer did not stop in time
        self._begun = False  # the transfer runs on the host's threads (not its first look)
        self._stall = QTimer(self, singleShot=True, interval=STALL_MS)
        self._stall.timeout.connect(self._stalled)
        # Not the host's threads (CALL_THREADS): a transfer holds its thread for as long as
        # it lasts, and for ever while its file's mount does not answer; four of them held
        # every thread of the host, and its other calls waited.
        self._lane = workers.Lane("transfer")

    def _note_ongoing(self) -> Ongoing:
        entry = Ongoing(self.conn.uri, self.pool_uuid, self.volume, self.direction,
                        weakref.ref(self))
        _ongoing.append(entry)
        return entry

    def start(self) -> None:
        self.running = True
        self.entry = self._note_ongoing()  # until its job ends, the window open or not
        upload = self.direction is Direction.UPLOAD
        if not upload:
            self.amount.setText(fill(self.tr("Waiting for the folder %1…"),
                                     os.path.dirname(self.path)))
        # No context: a file opened after the window went is still closed (_opened).
        ref = weakref.ref(self)
        mountlanes.submit(self.path, open_local, self.path, upload, self.transfer,
                          done=partial(_opened, ref, upload, self.entry),
                          failed=partial(_not_opened, ref, self.entry))

    def _begin(self, local: LocalFile) -> None:
        self._begun = True
        self.amount.setText(self.tr("Starting…"))
        self._stall.start()
        download = self.direction is Direction.DOWNLOAD
        # No context: the window gone meanwhile, a file no transfer took is still closed.
        ref = weakref.ref(self)
        done = partial(_ran, ref, local, download, self.entry)
        failed = partial(_ran_failed, ref, local, download, self.entry)
        if not download:
            self.conn.run(upload_file, self.pool_uuid, self.volume, self.path, self.new_volume,
                          self.transfer, self.users_named, local, done=done, failed=failed,
                          lane=self._lane)
        else:
            self.conn.run(download_file, self.pool_uuid, self.volume, self.path, self.transfer,
                          self.users_named, self.users_unread, local, done=done, failed=failed,
                          lane=self._lane)

    # -- progress and the end ------------------------------------------------------------------

    def show_progress(self, progress: Progress) -> None:
        if progress.total > 0:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(min(STEPS, round(progress.done * STEPS / progress.total)))
            text = fill(self.tr("%1 of %2 — %3/s"), size_text(progress.done),
                        size_text(progress.total), size_text(round(progress.rate)))
        else:
            text = fill(self.tr("%1 — %2/s"), size_text(progress.done), size_text(round(progress.rate)))
        self.amount.setText(text)
        self._stall.start()

    def _stalled(self) -> None:
        """Nothing moved for ``STALL_MS``: a write or read hung on a network mount that
        stopped answering, or a host that does not answer, shows no progress at all, and
        the last figures (a rate of many MiB/s) looked like a transfer still running."""
        if not self.running or self.transfer.cancelled:
            return
        figures = self.amount.text().split("\n")[0]
        self.amount.setWordWrap(True)
        self.amount.setText(figures + "\n" + self.tr(
            "Nothing has moved for a while: the host or the file's disk is busy or does not answer."))

    def _done(self, result: TransferResult) -> None:
        self.running = False
        self._lane.shutdown()  # its thread ends with the job (none other comes)
        self._stop_wait.stop()
        self._stall.stop()
        self.outcome = result
        self.transferred.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._lane.shutdown()
        self._stop_wait.stop()
        self._stall.stop()
        # The new volume of an upload that the host would not delete again.
        left = exc if isinstance(exc, VolumeLeftError) else None
        if left is not None:
            exc = left.cause
        # An upload over a volume undoes nothing: what went is over the volume's old data.
        written = self.transfer.sent if self.direction is Direction.UPLOAD and not self.new_volume \
            else 0
        if isinstance(exc, TransferCancelledError) and not written and left is None:
            super().reject()
            return
        self.bar.setRange(0, STEPS)
        if left is not None:
            self.amount.setWordWrap(True)
            self.amount.setText(fill(self.tr("Volume %1, made for the upload, is left in the pool: "
                                             "it could not be deleted: %2"),
                                     left.volume, failure_words(left.undo)))
        elif written:
            self.amount.setText(fill(self.tr("Volume %1 now holds the first %2 of the file over "
                                             "its old data: what it holds is damaged."),
                                     self.volume, size_text(written)))
        else:
            self.amount.setText(self.tr("Nothing was kept.") if self.direction is Direction.DOWNLOAD
                                or self.new_volume else "")
        if isinstance(exc, TransferCancelledError):
            self.error.error(self.tr("The upload was cancelled part way."))
        elif isinstance(exc, OSError) and not hasattr(exc, "words"):  # the local file's
            self.error.error(fill(self.tr("The transfer failed: %1"), self._local_error(exc)))
        else:
            self.error.error(fill(self.tr("The transfer failed: %1"), failure_words(exc)))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))

    def _local_error(self, exc: OSError) -> str:
        """A local file's failure (libvirt's come as libvirtError) in words, with the file the
        user chose: Python's "[Errno 28] No space left on device" was English, and named a
        download's partial file or nothing at all."""
        if self.direction is Direction.UPLOAD:
            return unreadable(self.path, exc)
        return unwritable(self.path, exc)

    # -- Cancel ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: the stream is aborted; the dialog closes once the worker has cleaned up
        (or, an upload over a volume having written part of the file, says so and stays)."""
        if self.running and not self._begun:  # nothing started: nothing to wait for
            self.running = False
            self.transfer.cancel()
        if self.running and not self._may_leave:
            if not self.transfer.cancelled:
                self.transfer.cancel()
                self._stop_wait.start()
            self.cancel_button.setEnabled(False)
            self.amount.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _not_stopped(self) -> None:
        """Cancelled a while ago and still running: the worker hangs in a read or write
        that does not return. The window may go; the transfer stops (and removes what it
        made) if the file's disk or the host ever answers, except a download cancelled in
        its last step (the rename), which then completes."""
        if not self.running:
            return
        self._may_leave = True
        if self.transfer.settling:
            text = self.tr("The download has not stopped: it was finishing when cancelled, and "
                           "the file's disk does not answer. If it answers again, the download "
                           "completes and the file is kept. You may close this window.")
        elif self.direction is Direction.UPLOAD and not self.new_volume:
            text = fill(self.tr("The transfer has not stopped: the file's disk or the host does "
                                "not answer. If they answer again, it stops there, and volume %1 "
                                "may then hold part of the file over its old data. You may close "
                                "this window."), self.volume)
        else:
            text = self.tr("The transfer has not stopped: the file's disk or the host does not "
                           "answer. If they answer again, it stops there and removes what it "
                           "made. You may close this window.")
        self.amount.setText(text)
        self.amount.setWordWrap(True)
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running and not self._may_leave:
            self.reject()
            if self.running:  # cancelling: the window waits for the transfer to stop
                event.ignore()
                return
        super().closeEvent(event)


def _opened(ref: weakref.ref[TransferDialog], upload: bool, entry: Ongoing,
            local: LocalFile) -> None:
    dialog = ref()
    if dialog is not None and isValid(dialog) and dialog.running:
        dialog._begin(local)
        return
    _ended(entry)
    # Cancelled, or the window gone, meanwhile: closed on its mount's thread (it may hang).
    mountlanes.submit(str(local.path), lambda _where: local.discard(remove=not upload))


def _close_untaken(local: LocalFile, remove: bool) -> None:
    """A job that never reached the transfer (the host gone, a check refused) leaves its
    file to close: on its mount's thread, where a close hung on a mount that stopped
    answering holds nothing else (on the job's own thread it held that, or the GUI's when
    the job had ended before it was asked)."""
    if local.claim():
        mountlanes.submit(str(local.path), lambda _where: local.close(remove))


def _ran(ref: weakref.ref[TransferDialog], local: LocalFile, download: bool, entry: Ongoing,
         result: TransferResult) -> None:
    _ended(entry)
    _close_untaken(local, download)
    dialog = ref()
    if dialog is not None and isValid(dialog):
        dialog._done(result)


def _ran_failed(ref: weakref.ref[TransferDialog], local: LocalFile, download: bool,
                entry: Ongoing, exc: BaseException) -> None:
    _ended(entry)
    _close_untaken(local, download)
    dialog = ref()
    if dialog is not None and isValid(dialog):
        dialog._failed(exc)


def _not_opened(ref: weakref.ref[TransferDialog], entry: Ongoing, exc: BaseException) -> None:
    _ended(entry)
    dialog = ref()
    if dialog is not None and isValid(dialog) and dialog.running:
        dialog._failed(exc)
