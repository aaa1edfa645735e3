"""Last page: the pool in words, the exact XML that will be defined (editable by experts),
start/autostart choices, and the progress or libvirt's error after Finish."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QPushButton,
)

from kvmgui.libvirt.poolops import CreateStep
from kvmgui.utils.tr import fill
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.schema_check import SchemaCheck
from kvmgui.wizards.common.summary import FinishRows, SummaryColumn, XmlPane
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
        self.left = left = SummaryColumn(self, "Pool summary", self.tr("Pool summary"),
                             self.tr("&Start the pool now"), self.tr("Start the pool now"))
        self.overview, self.problems = left.overview, left.problems
        self.start_now, self.autostart = left.start_now, left.autostart
        # The wizard connects it: the virsh lines of what Finish would do, possible when Finish is
        # (not while the schema check runs, nor with a problem Finish waits on).
        self.command_button = QPushButton(self.tr("Show Co&mmand"), left)
        self.command_button.setAccessibleName(self.tr("Show command"))
        self._busy = False
        self.completeChanged.connect(self._follow_complete)
        left.add(self.command_button, Qt.AlignmentFlag.AlignLeft)

        self.pane = XmlPane(self, self.tr("Pool XML"), self.tr("Pool XML problem"))
        self.xml_label, self.hand_edit = self.pane.label, self.pane.hand_edit
        self.xml, self.xml_problem = self.pane.xml, self.pane.problem
        self.finish = FinishRows(self, left, self.pane)
        self.progress, self.status, self.error = self.finish.progress, self.finish.status, self.finish.error

        self.schema = SchemaCheck("storagepool", self)  # in a worker, once typing pauses
        self.schema.checked.connect(state.revalidate)
        left.bind(state.spec, self.edited)
        self.pane.edited.connect(self.edited)

    # -- what Finish uses --------------------------------------------------------------------

    def xml_text(self) -> str:
        return self.pane.text()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.finish.set_busy(busy, (self.start_now, self.autostart, self.hand_edit, self.xml))
        self._follow_complete()

    def _follow_complete(self) -> None:
        self.command_button.setEnabled(not self._busy and self.isComplete())

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
        self.finish.show_error(text)

    def hold(self, reason: str) -> None:
        super().hold(reason)
        self.finish.held.say(reason, Tone.PENDING)

    # -- spec, XML and problems ----------------------------------------------------------------

    def owns(self, key: str) -> bool:
        return self.pane.owns(key)

    def local_problems(self) -> list[Problem]:
        if not self.pane.hand_written():
            return []
        return check_pool_xml(self.xml.toPlainText(), self.state.context, self.schema.shown)

    def waiting(self) -> bool:
        return self.pane.hand_written() and self.schema.pending

    def store(self) -> None:
        self.left.store(self.state.spec)

    def initializePage(self) -> None:
        self.state.edited()

    def _on_validated(self, problems: list[Problem]) -> None:
        super()._on_validated(problems)
        self.pane.follow(self._generated)
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
        xml = [p for p in problems if p.field == "xml"]
        self.pane.show_problems(texts(p for p in xml if p.is_error), texts(p for p in xml if not p.is_error))
        self._describe()

    def _generated(self) -> str:
        try:
            return pool_xml(self.state.spec)
        except ValueError as err:  # lxml refuses control characters the checks report anyway
            return fill(self.tr("<!-- The XML cannot be made yet: %1 -->"), str(err))

    def _describe(self) -> None:
        try:
            doc = PoolDoc(parse_xml(self.xml.toPlainText()))
        except XMLParseError:
            self.overview.setText("")
            return
        spec = self.state.spec
        try:
            pool_type: PoolType | None = PoolType(doc.type or "")
        except ValueError:
            pool_type = None
        kind = type_words(pool_type) if pool_type is not None else doc.type or ""
        source = doc.source
        where = ""
        if source is not None:
            host = source.host or ""
            # A volume group or zpool and the devices it is made on (a build writes on them).
            devices = ", ".join(source.devices)
            place = source.dir or source.name or ""
            place = f"{place}: {devices}" if place and devices else place or devices
            where = f"{host}:{place}" if host and place else host or place
        yes, no = self.tr("yes"), self.tr("no")
        build = no
        if spec.build:
            # Finish builds with the overwrite chosen, whatever the XML says (by hand too).
            overwrites = pool_type is None or pool_type.info.build_overwrites
            build = self.tr("yes, overwriting") if spec.overwrite and overwrites else yes
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
