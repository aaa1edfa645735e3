"""The parts a wizard's Summary page shares with the others: the spec in words with the
start choices, the XML Finish defines (generated live from the spec, or typed by hand,
never lost), and under them the rows of the Finish job (a busy bar, the step, libvirt's
error)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.fields import message_label, set_invalid


class StartChoices(Protocol):
    """The part of a spec the start choices fill (``NetworkSpec``, ``PoolSpec``)."""

    start: bool
    autostart: bool


class SummaryColumn(QWidget):
    """The left of a Summary page: ``overview`` (the spec in words), ``problems`` (what is
    still to fix), the ``start_now`` and ``autostart`` choices, then what ``add`` puts under."""

    def __init__(self, parent: QWidget, overview_id: str, overview_name: str, start_text: str,
                 start_name: str) -> None:
        super().__init__(parent)
        self.overview = QLabel(self)
        self.overview.setObjectName(overview_id)
        self.overview.setAccessibleDescription(overview_name)
        self.overview.setWordWrap(True)
        self.problems = message_label(self, self.tr("Remaining problems"))
        self.start_now = QCheckBox(start_text, self)
        self.start_now.setAccessibleName(start_name)
        self.autostart = QCheckBox(self.tr("Start it &automatically when the host boots"), self)
        self.autostart.setAccessibleName(self.tr("Autostart"))
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(0, 0, 0, 0)
        self._col.addWidget(self.overview)
        self._col.addWidget(self.problems)
        self._col.addStretch(1)
        self._col.addWidget(self.start_now)
        self._col.addWidget(self.autostart)

    def add(self, widget: QWidget, alignment: Qt.AlignmentFlag) -> None:
        self._col.addWidget(widget, 0, alignment)

    def bind(self, spec: StartChoices, edited: Callable[[], None]) -> None:
        """Show ``spec``'s start choices; ``edited`` on each toggle."""
        self.start_now.setChecked(spec.start)
        self.autostart.setChecked(spec.autostart)
        self.start_now.toggled.connect(edited)
        self.autostart.toggled.connect(edited)

    def store(self, spec: StartChoices) -> None:
        spec.start = self.start_now.isChecked()
        spec.autostart = self.autostart.isChecked()


class XmlPane(QWidget):
    """The XML that will be defined: read-only while it follows the spec; "Edit the XML by
    hand" makes it the user's (what they typed comes back when they tick it again).

    Signals:
        edited(): the hand-edit box was toggled, or the hand-written XML changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget, xml_name: str, problem_name: str) -> None:
        super().__init__(parent)
        self._hand_text = ""
        self.label = QLabel(self.tr("&XML that will be defined:"), self)
        self.hand_edit = QCheckBox(self.tr("Edit the XML by &hand"), self)
        self.hand_edit.setAccessibleName(self.tr("Edit the XML by hand"))
        self.xml = QPlainTextEdit(self)
        self.xml.setAccessibleName(xml_name)
        self.xml.setReadOnly(True)
        self.xml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.label.setBuddy(self.xml)
        self.problem = message_label(self, problem_name)
        head = QHBoxLayout()
        head.addWidget(self.label, 1)
        head.addWidget(self.hand_edit)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.xml, 1)
        col.addWidget(self.problem)
        self.hand_edit.toggled.connect(self._hand_toggled)
        self.xml.textChanged.connect(self._xml_typed)

    def hand_written(self) -> bool:
        return self.hand_edit.isChecked()

    def text(self) -> str:
        return self.xml.toPlainText()

    def owns(self, key: str) -> bool:
        """Whether the Summary page shows (and is blocked by) problems of ``key``."""
        # Hand-written XML is what gets defined; then only its own problems count.
        return key == "xml" if self.hand_written() else True

    def follow(self, generate: Callable[[], str]) -> None:
        """Show the spec's XML (``generate``'s), unless the user writes it by hand."""
        if self.hand_written():
            return
        text = generate()
        if text != self.xml.toPlainText():
            self.xml.blockSignals(True)
            self.xml.setPlainText(text)
            self.xml.blockSignals(False)

    def show_problems(self, messages: list[str], notes: Iterable[str] = ()) -> None:
        """The problems of the hand-written XML, under it and on it; ``notes`` (amber when
        alone) only under it."""
        self.problem.say("\n".join([*messages, *notes]), Tone.ERROR if messages else Tone.PENDING)
        set_invalid(self.xml, messages)

    def _hand_toggled(self, on: bool) -> None:
        self.xml.setReadOnly(not on)
        self.xml.blockSignals(True)
        if on:
            # Start from the generated XML, or from what the user typed before (never lost).
            self.xml.setPlainText(self._hand_text or self.xml.toPlainText())
        self.xml.blockSignals(False)
        self.edited.emit()

    def _xml_typed(self) -> None:
        if self.hand_edit.isChecked():
            self._hand_text = self.xml.toPlainText()
            self.edited.emit()


class FinishRows:
    """A Summary page's layout: ``left`` (the words) and ``right`` (the ``XmlPane``) side by
    side, then a busy bar, the job's step and libvirt's error."""

    def __init__(self, page: QWidget, left: QWidget, right: QWidget) -> None:
        splitter = QSplitter(page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 460])
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(QCoreApplication.translate("FinishRows", "Progress"))
        self.progress.setRange(0, 0)  # busy: the steps are few and of unknown length
        self.progress.hide()
        self.status = QLabel(page)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names, libvirt's words
        self.status.setObjectName("Status")
        self.status.setAccessibleDescription(QCoreApplication.translate("FinishRows", "Status"))
        self.error = message_label(page, QCoreApplication.translate("FinishRows", "Error"))
        self.held = message_label(page, QCoreApplication.translate("FinishRows", "Why Finish waits"))
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.held)

    def set_busy(self, busy: bool, controls: Iterable[QWidget]) -> None:
        """While the job runs: the busy bar shows, ``controls`` are disabled."""
        self.progress.setVisible(busy)
        for widget in controls:
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, text: str) -> None:
        self.status.setText(QCoreApplication.translate("FinishRows", "Nothing was created."))
        self.error.setText(text)
        self.error.show()
