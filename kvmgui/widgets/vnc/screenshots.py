"""A graphical console's screenshots written to files, and what its status line says of them.

Each is written on the thread of its file's mount (``mountlanes``): one on a network
mount that stopped answering holds only that mount's jobs, and is said ("Saving the
screenshot to …") for as long as it is out. Its words are the console's (the context
"GraphicalConsole").
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtGui import QImage, QImageWriter

from kvmgui.libvirt import mountlanes
from kvmgui.utils.tr import fill
from kvmgui.widgets.filewords import why_failed
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.notifications import late_news


def _save_png(path: str, image: QImage) -> str:
    """On the thread of the file's mount (QImageWriter is reentrant): write a PNG; why not,
    or "". Made in memory and written by Python: Qt's writer told a file it could not open
    in English only ("Cannot open device for writing: Stale file handle"); an ``OSError``
    has the error number ``file_reason`` says in words."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        return writer.errorString()
    with open(path, "wb") as out:
        out.write(bytes(buffer.data().data()))
    return ""


def _not_saved(path: str, why: str) -> str:
    return fill(QCoreApplication.translate(
        "GraphicalConsole", "Could not save the screenshot to %1: %2"), path, why)


def _written(saver: ScreenshotSaver, path: str, why: str) -> None:
    """A screenshot's outcome, in its console while it is open; a failure after its window
    closed in the main window's notifications (the user would take the file as saved)."""
    if shiboken6.isValid(saver):
        saver._written(path, why)
    elif why:
        late_news().error.emit(_not_saved(path, why))


class ScreenshotSaver(QObject):
    """Writes a console's screenshots; ``status`` says how they went.

    Signals:
        saved(str): a PNG was written (its path).
        failed(str): writing it failed (the path).
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, status: MessageLine, parent: QObject) -> None:
        super().__init__(parent)
        self.status = status
        self._saving: list[str] = []  # screenshots still being written, oldest first

    def save(self, path: str, image: QImage) -> None:
        """Write ``image`` to ``path`` (PNG), in a worker."""
        if image.isNull():
            self.fail(path, QCoreApplication.translate("GraphicalConsole",
                                                       "there is no screen to save"))
            return
        # Said until it is written: on a network mount that stopped answering that may
        # be never, and a silent wait looked like a click that did nothing.
        self._saving.append(path)
        self.status.pending(self._still_saving())
        # Not this saver (nor its console) as the job's context: the window may close while
        # the file is written, and a failure is then told in the main window (``_written``).
        mountlanes.submit(path, _save_png, image, done=partial(_written, self, path),
                          failed=lambda exc: _written(self, path, why_failed(exc)))

    def fail(self, path: str, reason: str) -> None:
        self.status.error("\n".join(filter(None, (_not_saved(path, reason),
                                                   self._still_saving()))))
        self.failed.emit(path)

    def _still_saving(self) -> str:
        if not self._saving:
            return ""
        return fill(QCoreApplication.translate("GraphicalConsole", "Saving the screenshot to %1…"),
                    self._saving[-1])

    def _written(self, path: str, why: str) -> None:
        self._saving.remove(path)
        if why:
            self.fail(path, why)
            return
        saved = fill(QCoreApplication.translate("GraphicalConsole", "Screenshot saved to %1."), path)
        self.status.say("\n".join(filter(None, (saved, self._still_saving()))))
        self.saved.emit(path)
