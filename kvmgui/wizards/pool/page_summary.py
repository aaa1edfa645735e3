"""Last page: the pool in words, the exact XML that will be defined (editable by experts),
start/autostart choices, and the progress or libvirt's error after Finish."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.poolops import CreateStep
from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.network.fields import message_label, set_invalid
from kvmgui.wizards.pool.fields import texts
from kvmgui.wizards.pool.page import SpecPage
from kvmgui.wizards.pool.page_type import type_words
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.wizards.pool.xmlcheck import check_pool_xml
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.storage_check import Problem


class SummaryPage(SpecPage):
    def __init__(self, state: PoolWizardState) -> None:
        super().__init__(state, self.tr("Summary"),
                         self.tr("Check the pool. Finish defines exactly the XML shown on the right."))
        self._hand_text = ""
        left = QWidget(self)
        self.overview = QLabel(left)
        self.overview.setObjectName("Pool summary")
        self.overview.setAccessibleDescription(self.tr("Pool summary"))
        self.overview.setWordWrap(True)
        self.problems = MessageLine(left, description=self.tr("Remaining problems"))
        self.problems.setObjectName("Remaining problems")
        self.start_now = QCheckBox(self.tr("&Start the pool now"), left)
        self.start_now.setAccessibleName(self.tr("Start the pool now"))
        self.autostart = QCheckBox(self.tr("Start it &automatically when the host boots"), left)
        self.autostart.setAccessibleName(self.tr("Autostart"))
        # The wizard connects it: the virsh lines of what Finish would do.
        self.command_button = QPushButton(self.tr("Show Co&mmand"), left)
        self.command_button.setAccessibleName(self.tr("Show command"))
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.overview)
        col.addWidget(self.problems)
        col.addStretch(1)
        col.addWidget(self.start_now)
        col.addWidget(self.autostart)
        col.addWidget(self.command_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QWidget(self)
        self.xml_label = QLabel(self.tr("&XML that will be defined:"), right)
        self.hand_edit = QCheckBox(self.tr("Edit the XML by &hand"), right)
        self.hand_edit.setAccessibleName(self.tr("Edit the XML by hand"))
        self.xml = QPlainTextEdit(right)
        self.xml.setAccessibleName(self.tr("Pool XML"))
        self.xml.setReadOnly(True)
        self.xml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.xml_label.setBuddy(self.xml)
        self.xml_problem = message_label(right, self.tr("Pool XML problem"))
        head = QHBoxLayout()
        head.addWidget(self.xml_label, 1)
        head.addWidget(self.hand_edit)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.xml, 1)
        col.addWidget(self.xml_problem)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 460])
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)  # busy: the steps are few and of unknown length
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("Status")
        self.status.setAccessibleDescription(self.tr("Status"))
        self.error = message_label(self, self.tr("Error"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

        self.start_now.setChecked(state.spec.start)
        self.autostart.setChecked(state.spec.autostart)
        self.start_now.toggled.connect(self.edited)
        self.autostart.toggled.connect(self.edited)
        self.hand_edit.toggled.connect(self._hand_toggled)
        self.xml.textChanged.connect(self._xml_typed)

    # -- what Finish uses --------------------------------------------------------------------

    def xml_text(self) -> str:
        return self.xml.toPlainText()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.start_now, self.autostart, self.hand_edit, self.xml, self.command_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_step(self, step: CreateStep) -> None:
        words = {
            CreateStep.DEFINE: self.tr("Defining the pool…"),
            CreateStep.BUILD: self.tr("Building the pool…"),
            CreateStep.START: self.tr("Starting the pool…"),
            CreateStep.AUTOSTART: self.tr("Turning autostart on…"),
            CreateStep.UNDO: self.tr("That failed; undoing what was done…"),
            CreateStep.DONE: self.tr("Done."),
        }
        self.status.setText(words[step])

    def show_error(self, text: str) -> None:
        self.status.setText(self.tr("Nothing was created."))
        self.error.setText(text)
        self.error.show()

    # -- spec, XML and problems ----------------------------------------------------------------

    def owns(self, key: str) -> bool:
        # Hand-written XML is what gets defined; then only its own problems count.
        return key == "xml" if self.hand_edit.isChecked() else True

    def local_problems(self) -> list[Problem]:
        if not self.hand_edit.isChecked():
            return []
        return check_pool_xml(self.xml.toPlainText(), self.state.context)

    def store(self) -> None:
        self.state.spec.start = self.start_now.isChecked()
        self.state.spec.autostart = self.autostart.isChecked()

    def initializePage(self) -> None:
        self.state.edited()

    def _on_validated(self, problems: list[Problem]) -> None:
        super()._on_validated(problems)
        if not self.hand_edit.isChecked():
            try:
                text = pool_xml(self.state.spec)
            except ValueError as err:  # lxml refuses control characters the checks report anyway
                text = fill(self.tr("<!-- The XML cannot be made yet: %1 -->"), str(err))
            if text != self.xml.toPlainText():
                self.xml.blockSignals(True)
                self.xml.setPlainText(text)
                self.xml.blockSignals(False)
        mine = [p for p in problems if self.owns(p.field) and p.field != "xml"]
        errors = texts(p for p in mine if p.is_error)
        warnings = texts(p for p in mine if not p.is_error)
        lines = []
        if errors:
            lines.append(self.tr("Still to fix:"))
            lines += [f"• {m}" for m in errors]
        if warnings:
            lines.append(self.tr("Note:"))
            lines += [f"• {m}" for m in warnings]
        self.problems.say("\n".join(lines), Tone.ERROR if errors else Tone.PENDING)
        xml_messages = texts(p for p in problems if p.field == "xml")
        self.xml_problem.setText("\n".join(xml_messages))
        self.xml_problem.setVisible(bool(xml_messages))
        set_invalid(self.xml, xml_messages)
        self._describe()

    def _hand_toggled(self, on: bool) -> None:
        self.xml.setReadOnly(not on)
        self.xml.blockSignals(True)
        if on:
            # Start from the generated XML, or from what the user typed before (never lost).
            self.xml.setPlainText(self._hand_text or self.xml.toPlainText())
        self.xml.blockSignals(False)
        self.edited()

    def _xml_typed(self) -> None:
        if self.hand_edit.isChecked():
            self._hand_text = self.xml.toPlainText()
            self.edited()

    def _describe(self) -> None:
        try:
            doc = PoolDoc(parse_xml(self.xml.toPlainText()))
        except XMLParseError:
            self.overview.setText("")
            return
        spec = self.state.spec
        try:
            kind = type_words(PoolType(doc.type or ""))
        except ValueError:
            kind = doc.type or ""
        source = doc.source
        where = ""
        if source is not None:
            host = source.host or ""
            place = source.dir or source.name or ", ".join(source.devices)
            where = f"{host}:{place}" if host and place else host or place
        yes, no = self.tr("yes"), self.tr("no")
        build = no
        if spec.build and not self.hand_edit.isChecked():
            build = self.tr("yes, overwriting") if spec.overwrite else yes
        elif spec.build:
            build = yes
        rows = [
            (self.tr("Name"), doc.name or "—"),
            (self.tr("Type"), kind),
            (self.tr("Source"), where or "—"),
            (self.tr("Target"), doc.target_path or "—"),
            (self.tr("Build"), build),
            (self.tr("Start now"), yes if spec.start else no),
            (self.tr("Autostart"), yes if spec.autostart else no),
        ]
        label = self.tr("%1:")  # a label's colon: some languages put a space before it
        cells = "".join(
            f"<tr><td><b>{html.escape(fill(label, k))}</b>&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows)
        self.overview.setText(f"<table>{cells}</table>")
