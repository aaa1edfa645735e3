"""Edit the XML of a domain, network or pool: the `virsh edit` job, with a safety net.

Before anything reaches libvirt the text is parsed and checked against libvirt's
RelaxNG schema (errors point at their line); the user confirms a diff; a failed
define shows libvirt's message and keeps the text. If the object changes while
the user edits, the dialog says so and lets them reload or keep editing.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.xmledit_check import SCHEMAS, Problems, check_and_diff, read_and_compare, same_xml
from kvmgui.libvirt import domainops, workers
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.libvirt.table import ObjectTable
from kvmgui.widgets import itemviews
from kvmgui.widgets.codeeditor import CodeEditor, DiffHighlighter, FindBar, XmlHighlighter
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone

KIND_WORDS = {"domain": "virtual machine", "network": "network", "pool": "storage pool"}
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger(__name__)


class DiffDialog(QDialog):
    """Shows what applying would change and asks to go ahead."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Apply these changes?")
        self.setAccessibleName("Changes to apply")
        self.resize(720, 480)
        view = CodeEditor(self)
        view.setReadOnly(True)
        view.setAccessibleName("Differences between the current definition and your edit")
        view.setPlainText("\n".join(lines))
        self._highlighter = DiffHighlighter(view.document(), view.palette())
        buttons = QDialogButtonBox(self)
        apply = buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setAccessibleName("Apply the changes")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel: keep editing")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Lines starting with − are removed, with + added:", self))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


class XmlEditorDialog(QDialog):
    """Edit one object's persistent XML definition (kind: "domain", "network" or "pool").

    The schema check (and the diff before applying) runs in a worker; a result for a text
    that was edited meanwhile is dropped.

    Signals:
    checked(bool): a check of the current text finished (True: no problems).
    """

    checked = Signal(bool)

    def __init__(self, conn: Connection, kind: str, uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in SCHEMAS:
            raise ValueError(f"unknown kind {kind!r}")
        self.conn, self.kind, self.uuid = conn, kind, uuid
        self.definition: str | None = None  # libvirt's latest definition
        self._fetch_seq = self._shown_seq = 0
        self._defining = False
        self._recheck = False
        self._checking = False
        self._check_seq = self._edits = 0  # a check's result is for the text of one edit count
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        record = self._table().get(uuid)
        name = record.name if record is not None else uuid
        self.setWindowTitle(f"Edit XML — {name}")
        self.setAccessibleName(f"XML editor for {KIND_WORDS[kind]} {name}")
        self.resize(820, 640)
        self._build()
        self._watch()
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.editor = CodeEditor(self)
        self.editor.setAccessibleName(f"XML of the {KIND_WORDS[self.kind]}")
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText("Loading…")
        self._highlighter = XmlHighlighter(self.editor.document(), self.editor.palette())
        self.editor.document().modificationChanged.connect(self._update_buttons)
        self.editor.document().contentsChanged.connect(self._edited)
        self.find_bar = FindBar(self.editor, self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_bar.open_bar)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAccessibleName("Changed outside this editor")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleDescription("Change notice")
        reload_button = QPushButton("&Reload", self.banner)
        reload_button.setAccessibleName("Reload the definition, discarding your edits")
        reload_button.clicked.connect(self.reload_discarding)
        keep = QPushButton("&Keep editing", self.banner)
        keep.setAccessibleName("Keep editing your text")
        keep.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(reload_button)
        row.addWidget(keep)
        self.banner.hide()

        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Problems")
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        # A problem chosen without a click (arrow keys, a screen reader) is shown at once.
        itemviews.follow_selection(self.problems)
        self.problems.currentItemChanged.connect(self._show_problem)
        self.problems.hide()
        self.status = MessageLine(self, description="Status", hide_empty=False)

        buttons = QDialogButtonBox(self)
        self.validate_button = buttons.addButton(self.tr("Val&idate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.validate_button.setAccessibleName("Validate the XML against libvirt's schema")
        self.validate_button.clicked.connect(self.validate)
        self.apply_button = buttons.addButton("&Apply…", QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setAccessibleName("Apply: define the edited XML")
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = buttons.addButton("Re&vert", QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.setAccessibleName("Revert to the current definition")
        self.revert_button.clicked.connect(self.reload_discarding)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the XML editor")
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()

    # -- loading and following changes -------------------------------------------------------

    def _table(self) -> ObjectTable:
        return {"domain": self.conn.domains, "network": self.conn.networks,
                "pool": self.conn.pools}[self.kind]

    def _watch(self) -> None:
        table = self._table()
        table.changed.connect(self._records_changed)
        table.removed.connect(self._removed)
        self.conn.event.connect(self._on_event)

    def _records_changed(self, records: list[Any]) -> None:
        self._maybe_changed([r.key for r in records])

    def _on_event(self, event: LibvirtEvent) -> None:
        if event.kind == self.kind and event.uuid == self.uuid:
            self._maybe_changed([self.uuid])

    def _maybe_changed(self, keys: list[str]) -> None:
        if self.uuid not in keys:
            return
        if self._defining:
            self._recheck = True  # our own define: look again once it is done
        else:
            self._fetch()

    def _removed(self, keys: list[str]) -> None:
        if self.uuid in keys:
            self._show_banner(f"This {KIND_WORDS[self.kind]} no longer exists on the host. "
                              "Your text is kept; copy it if you need it.")

    def is_dirty(self) -> bool:
        return self.editor.document().isModified()

    def reload(self) -> None:
        """Fetch the definition; it replaces the text only when there are no edits."""
        self._fetch()

    def reload_discarding(self) -> None:
        self.banner.hide()
        self.editor.document().setModified(False)
        if self.definition is not None:
            self._load_text(self.definition)
        self._fetch()

    def _fetch(self) -> None:
        self._fetch_seq += 1
        seq = self._fetch_seq
        known = self.definition
        self.conn.run(read_and_compare, self.kind, self.uuid, known,
                      done=lambda result: self._fetched(seq, known, *result),
                      failed=lambda exc: self._fetch_failed(seq, exc), context=self)

    def _fetched(self, seq: int, known: str | None, text: str, same: bool) -> None:
        if seq < self._shown_seq:
            return  # an older answer overtaken by a newer one
        self._shown_seq = seq
        first = self.definition is None
        if known != self.definition:  # our own define replaced it meanwhile: compare again
            same = same_xml(text, self.definition or "")
        changed = not first and not same
        self.definition = text
        if first or (changed and not self.is_dirty()):
            self._load_text(text)
            if changed:
                self._set_status(f"The {KIND_WORDS[self.kind]} was changed outside this editor; "
                                 "showing the new definition.")
        elif changed:
            self._show_banner(
                f"The {KIND_WORDS[self.kind]} was changed outside this editor while you were "
                "editing. Reload to see the new definition (your edits are discarded), or keep "
                "editing (applying then replaces that change).")

    def _fetch_failed(self, seq: int, exc: BaseException) -> None:
        if seq >= self._shown_seq:
            self._set_status(f"Could not read the definition: {error_text(exc)}", error=True)

    def _load_text(self, text: str) -> None:
        self.editor.setReadOnly(False)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.problems.clear()
        self.problems.hide()
        self._update_buttons()

    def _show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    # -- validation and applying ---------------------------------------------------------------

    def _edited(self) -> None:
        self._edits += 1

    def validate(self) -> None:
        """Check the text against the schema (in a worker); ``checked`` tells the outcome."""
        self._check(apply=False)

    def _check(self, *, apply: bool) -> None:
        self._check_seq += 1
        seq, edits, text = self._check_seq, self._edits, self.editor.toPlainText()
        self._checking = True
        self._update_buttons()
        self._set_status(self.tr("Checking the XML…"))
        definition = self.definition if apply else None
        workers.shared().submit(check_and_diff, text, self.kind, definition, context=self,
                                done=lambda result: self._checked(seq, edits, text, apply, result),
                                failed=lambda exc: self._check_failed(seq, exc))

    def _checked(self, seq: int, edits: int, text: str, apply: bool,
                 result: tuple[Problems, list[str]]) -> None:
        if seq != self._check_seq:
            return  # a newer check is on its way
        self._checking = False
        self._update_buttons()
        if edits != self._edits:  # the user typed on: this result is not about their text
            self._set_status(self.tr("The XML changed while it was checked: nothing was applied. "
                                     "Apply again.") if apply else
                             self.tr("The XML changed while it was checked: validate again."))
            return
        problems, lines = result
        self._show_problems(problems)
        self.checked.emit(not problems)
        if problems:
            return
        if not apply:
            self._set_status("The XML is valid.")
        elif self.definition is not None:
            self._apply_checked(text, lines)

    def _check_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._check_seq:
            return
        log.error("checking the XML failed", exc_info=exc)
        self._checking = False
        self._update_buttons()
        self._set_status(self.tr("Could not check the XML: %1").replace("%1", str(exc)), error=True)

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        self.problems.clear()
        for line, message in problems:
            item = QListWidgetItem(f"Line {line}: {message}")
            item.setData(LINE_ROLE, line)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))
        if problems:
            self._set_status(f"{len(problems)} problem(s): nothing was applied. "
                             "Fix the XML and try again.", error=True)
            self.editor.go_to_line(problems[0][0])
            self.problems.setCurrentRow(0)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        self.editor.go_to_line(int(item.data(LINE_ROLE)))
        self.editor.setFocus()

    def _show_problem(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.editor.go_to_line(int(item.data(LINE_ROLE)))

    def apply(self) -> None:
        """Check and diff (in a worker), show the diff, define when the user confirms."""
        if self.definition is None or self._defining or self._checking:
            return
        self._check(apply=True)

    def _apply_checked(self, text: str, lines: list[str]) -> None:
        if not lines:
            self._set_status("No changes to apply.")
            return
        if not self.confirm_diff(lines):
            self._set_status("Nothing applied.")
            return
        self._defining = True
        self._update_buttons()
        self._set_status("Defining…")
        self.conn.run(domainops.define_definition, self.kind, self.uuid, text,
                      done=self._defined, failed=self._define_failed, context=self)

    def confirm_diff(self, lines: list[str]) -> bool:
        return DiffDialog(lines, self).exec() == QDialog.DialogCode.Accepted

    def _defined(self, fresh: str) -> None:
        self._defining = False
        self.definition = fresh
        self.banner.hide()
        self._load_text(fresh)
        note = ""
        if self.kind == "domain":
            rec = self.conn.domains.get(self.uuid)
            if rec is not None and rec.state.is_active:
                note = " A running VM picks up most changes when it is next started."
        self._set_status(f"Defined. This is the definition as libvirt stored it.{note}")
        self.conn.refresh(self.kind, self.uuid)
        self._after_define()

    def _define_failed(self, exc: BaseException) -> None:
        self._defining = False
        self._update_buttons()
        self._set_status(f"libvirt refused the definition: {error_text(exc)}\n"
                         "Your text is kept.", error=True)
        self._after_define()

    def _after_define(self) -> None:
        if self._recheck:
            self._recheck = False
            self._fetch()

    # -- state and closing -----------------------------------------------------------------------

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.say(text, Tone.ERROR if error else Tone.NORMAL)

    def _update_buttons(self, *_args: object) -> None:
        loaded = self.definition is not None
        self.apply_button.setEnabled(loaded and not self._defining and not self._checking)
        self.validate_button.setEnabled(loaded and not self._checking)
        self.revert_button.setEnabled(loaded and self.is_dirty())

    def ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, "Discard your edits?",
            "The XML has edits that were not applied. Close and discard them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self.ask_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape goes through the same question as the window's close button.
        if not self.is_dirty() or self.ask_discard():
            self.editor.document().setModified(False)
            super().reject()
