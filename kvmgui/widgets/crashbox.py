"""The window that tells of an unexpected error (``kvmgui.utils.crash`` logs it first).

One window at a time: errors that follow while it is open are added to it and counted
(an error raised on every repaint must not open a window per frame). Its report names
kvmgui's, libvirt's, Qt's, PySide's and Python's versions and the platform, and holds
each traceback; the text is selectable and "Copy report" puts it on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kvmgui.utils.crash import Crash, report_text
from kvmgui.utils.tr import fill


class CrashDialog(QDialog):
    """Non-modal; lives until closed (then deleted). ``add`` takes one more error."""

    def __init__(self, log_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.crashes: dict[str, tuple[Crash, int]] = {}  # key -> (first crash, times)
        self.setWindowTitle(self.tr("kvmgui: unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(640, 420)

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                       .pixmap(size, size))
        icon.setAccessibleName(self.tr("Error"))
        intro = QLabel(self.tr(
            "kvmgui ran into an error it did not expect. It keeps running, but what you were "
            "doing may not have finished. Please copy the report below into a bug report."), self)
        intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the error's own words
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A word longer than the window (a path, a blob) is cut off, not made the window's width.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setAccessibleDescription(self.tr("The error"))
        self.count = QLabel(self)
        self.count.setAccessibleDescription(self.tr("How often it happened"))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(self.tr("&Copy Report"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.tr("Copy the report to the clipboard"))
        self.copy_button.clicked.connect(self.copy_report)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        for w in (intro, self.summary, self.count):
            texts.addWidget(w)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def add(self, crash: Crash) -> None:
        first, times = self.crashes.get(crash.key, (crash, 0))
        self.crashes[crash.key] = (first, times + 1)
        self._show_counts()
        self._set_report(report_text(list(self.crashes.values()), self.log_path))
        self.copy_button.setText(self.tr("&Copy Report"))  # a copy made before lacks this one

    def _set_report(self, text: str) -> None:
        """The report's new text, the reader's place and selection kept: an error raised on
        every repaint comes many times a second, and each new text scrolled the report back
        to its top and dropped the selection."""
        report = self.report
        old = report.toPlainText()
        bars = (report.verticalScrollBar(), report.horizontalScrollBar())
        places = [bar.value() for bar in bars]
        cursor = report.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        report.setPlainText(text)
        cursor = report.textCursor()
        cursor.setPosition(_moved(anchor, old, text))
        cursor.setPosition(_moved(position, old, text), cursor.MoveMode.KeepAnchor)
        report.setTextCursor(cursor)  # scrolls to the cursor: the place is set after it
        for bar, place in zip(bars, places, strict=True):
            bar.setValue(place)

    def total(self) -> int:
        return sum(times for _crash, times in self.crashes.values())

    def _show_counts(self) -> None:
        first = next(iter(self.crashes.values()))[0]
        self.summary.setText(summary_line(first.summary))
        total, kinds = self.total(), len(self.crashes)
        if total == 1:
            self.count.hide()
            return
        if kinds == 1:
            text = self.tr("This error happened %n times.", "", total)
        else:
            text = fill(self.tr("%n errors so far, of %1 kinds: all are in the report.", "", total),
                        kinds)
        self.count.setText(text)
        self.count.show()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("&Copied"))


def _moved(position: int, old: str, new: str) -> int:
    """Where ``position`` in ``old`` is in ``new``. An error added changes one place of the
    report (a count, or a section at the end): text after it moved by the change."""
    head = _shared(old, new)
    if position <= head:
        return position
    tail = _shared(old[head:][::-1], new[head:][::-1])
    if position >= len(old) - tail:
        return min(position + len(new) - len(old), len(new))
    return head  # inside what changed


def _shared(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` begin with alike."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


SUMMARY_CHARS = 200


def summary_line(text: str) -> str:
    """The first line of an error, at most ``SUMMARY_CHARS`` long: the report below holds
    all of it (a message of hundreds of lines made the window taller than the screen)."""
    lines = text.strip().splitlines() or [""]
    line = lines[0]
    if len(lines) > 1 or len(line) > SUMMARY_CHARS:
        return line[:SUMMARY_CHARS].rstrip() + "…"
    return line


_open: list[CrashDialog] = []  # the one open window (a parentless window needs a reference)


def current_dialog() -> CrashDialog | None:
    return _open[0] if _open else None


def _forget(dialog: CrashDialog) -> None:
    _open[:] = [d for d in _open if d is not dialog]


def show_crash(crash: Crash, log_path: str = "") -> CrashDialog | None:
    """Show ``crash``: in the open window if there is one, else in a new one."""
    if QApplication.instance() is None:
        return None
    dialog = current_dialog()
    if dialog is None:
        dialog = CrashDialog(log_path)
        _open.append(dialog)
        # Only this window is forgotten: a closed one is deleted a turn later, and an error
        # in that turn has opened the next one, which its deletion must not drop.
        dialog.destroyed.connect(lambda *_a, d=dialog: _forget(d))
        dialog.finished.connect(lambda _r, d=dialog: _forget(d))
    dialog.add(crash)
    dialog.show()
    return dialog
