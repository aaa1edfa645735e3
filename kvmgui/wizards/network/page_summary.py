"""Last page: the network in words, the exact XML that will be defined (editable by
experts), start/autostart choices, and the progress or libvirt's error after Finish."""

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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.wizards.network.fields import message_label, set_invalid
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import Message, WizardState
from kvmgui.wizards.network.xmlcheck import check_xml
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.network import NetworkDoc, network_xml


class SummaryPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Summary"),
                         self.tr("Check the network. Finish defines exactly the XML shown on the right."))
        self._hand_text = ""
        left = QWidget(self)
        self.overview = QLabel(left)
        self.overview.setObjectName("Network summary")
        self.overview.setAccessibleDescription(self.tr("Network summary"))
        self.overview.setWordWrap(True)
        self.problems = message_label(left, self.tr("Remaining problems"))
        self.start_now = QCheckBox(self.tr("&Start the network now"), left)
        self.start_now.setAccessibleName(self.tr("Start the network now"))
        self.autostart = QCheckBox(self.tr("Start it &automatically when the host boots"), left)
        self.autostart.setAccessibleName(self.tr("Autostart"))
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.overview)
        col.addWidget(self.problems)
        col.addStretch(1)
        col.addWidget(self.start_now)
        col.addWidget(self.autostart)

        right = QWidget(self)
        self.xml_label = QLabel(self.tr("&XML that will be defined:"), right)
        self.hand_edit = QCheckBox(self.tr("Edit the XML by &hand"), right)
        self.hand_edit.setAccessibleName(self.tr("Edit the XML by hand"))
        self.xml = QPlainTextEdit(right)
        self.xml.setAccessibleName(self.tr("Network XML"))
        self.xml.setTabChangesFocus(True)  # Tab leaves the editor: it never traps the keyboard
        self.xml.setReadOnly(True)
        self.xml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.xml_label.setBuddy(self.xml)
        self.xml_problem = message_label(right, self.tr("Network XML problem"))
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
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names, libvirt's words
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
        for widget in (self.start_now, self.autostart, self.hand_edit, self.xml):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_progress(self, text: str) -> None:
        """A step of the job (``models.words.network_step_text`` of what
        ``netops.create_network`` reports)."""
        self.status.setText(text)

    def show_error(self, text: str) -> None:
        self.status.setText(self.tr("Nothing was created."))
        self.error.setText(text)
        self.error.show()

    # -- spec, XML and problems ----------------------------------------------------------------

    def owns(self, key: str) -> bool:
        # Hand-written XML is what gets defined; then only its own problems count.
        return key == "xml" if self.hand_edit.isChecked() else True

    def local_problems(self) -> list[Message]:
        if not self.hand_edit.isChecked():
            return []
        return check_xml(self.xml.toPlainText(), self.state.context)

    def store(self) -> None:
        self.state.spec.start = self.start_now.isChecked()
        self.state.spec.autostart = self.autostart.isChecked()

    def initializePage(self) -> None:
        self.state.edited()

    def _on_validated(self, problems: list[Message]) -> None:
        super()._on_validated(problems)
        if not self.hand_edit.isChecked():
            try:
                text = network_xml(self.state.spec)
            except (ValueError, TypeError) as err:
                text = fill(self.tr("<!-- cannot build the XML yet: %1 -->"), str(err))
            if text != self.xml.toPlainText():
                self.xml.blockSignals(True)
                self.xml.setPlainText(text)
                self.xml.blockSignals(False)
        mine = [p.text for p in problems if self.owns(p.field) and p.field != "xml"]
        bullets = "\n".join(f"• {m}" for m in dict.fromkeys(mine))
        self.problems.setText(fill(self.tr("Still to fix:\n%1"), bullets) if mine else "")
        self.problems.setVisible(bool(mine))
        xml_messages = [p.text for p in problems if p.field == "xml"]
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
            doc = NetworkDoc(parse_xml(self.xml.toPlainText()))
        except XMLParseError:
            self.overview.setText("")
            return
        s = doc.summary
        none = self.tr("none", "no subnet")
        rows = [
            (self.tr("Name"), s.name or "—"),
            (self.tr("Mode"), say(s.mode)),
            (self.tr("Bridge"), s.bridge or self.tr("chosen by libvirt")),
            (self.tr("IPv4"), s.ipv4 or none),
            (self.tr("DHCP"), s.dhcp or self.tr("off", "DHCP")),
            (self.tr("IPv6"), s.ipv6 or none),
        ]
        if s.dhcp6:
            rows.append((self.tr("DHCPv6"), s.dhcp6))
        if doc.domain_name:
            rows.append((self.tr("DNS domain"), doc.domain_name))
        # One line per setting ("Name: net10"), not a table: a screen reader then reads the
        # label and its value together, as one line, instead of "Name:", "net10".
        lines = [fill(self.tr("%1: %2", "a setting and its value"), f"<b>{html.escape(k)}</b>",
                      html.escape(v)) for k, v in rows]
        self.overview.setText("<br>".join(lines))
