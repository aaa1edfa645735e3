"""Edit the XML of a domain, network or pool: the `virsh edit` job, with a safety net.

Before anything reaches libvirt the text is parsed and checked against libvirt's
RelaxNG schema (errors point at their line); the user confirms a diff; a failed
define shows libvirt's message and keeps the text. If the object changes while
the user edits, the dialog says so and lets them reload or keep editing.

Past 400 lines on purpose: the editor's states (clean, edited, checking, applying, the
object changed underneath) share the text and the diff; the schema check is
``xmledit_check.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.libvirt.table import ObjectTable
from kvmgui.models.words import failure_words, say
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import itemviews
from kvmgui.widgets.codeeditor import CodeEditor, DiffHighlighter, FindBar, XmlHighlighter
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.xml.words import Words

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# What the editor says about its object, by kind: whole sentences (a translation needs them whole).
KIND_TEXTS: dict[str, dict[str, str]] = {
    "domain": {
        "name": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML editor for virtual machine %1"),
        "text": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML of the virtual machine"),
        "gone": QT_TRANSLATE_NOOP("XmlEditorDialog", "This virtual machine no longer exists on the "
                                  "host. Your text is kept; copy it if you need it."),
        "reloaded": QT_TRANSLATE_NOOP("XmlEditorDialog", "The virtual machine was changed outside "
                                      "this editor; showing the new definition."),
        "changed": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "The virtual machine was changed outside this editor while you "
            "were editing. Reload to see the new definition (your edits are discarded), or keep "
            "editing (applying then replaces that change)."),
        "running": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "Defined. This is the definition as libvirt stored it. A running "
            "VM picks up most changes when it is next started."),
    },
    "network": {
        "name": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML editor for network %1"),
        "text": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML of the network"),
        "gone": QT_TRANSLATE_NOOP("XmlEditorDialog", "This network no longer exists on the host. "
                                  "Your text is kept; copy it if you need it."),
        "reloaded": QT_TRANSLATE_NOOP("XmlEditorDialog", "The network was changed outside this "
                                      "editor; showing the new definition."),
        "changed": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "The network was changed outside this editor while you were "
            "editing. Reload to see the new definition (your edits are discarded), or keep "
            "editing (applying then replaces that change)."),
        "running": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "Defined. This is the definition as libvirt stored it. The "
            "running network keeps its old settings until it is restarted."),
    },
    "pool": {
        "name": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML editor for storage pool %1"),
        "text": QT_TRANSLATE_NOOP("XmlEditorDialog", "XML of the storage pool"),
        "gone": QT_TRANSLATE_NOOP("XmlEditorDialog", "This storage pool no longer exists on the "
                                  "host. Your text is kept; copy it if you need it."),
        "reloaded": QT_TRANSLATE_NOOP("XmlEditorDialog", "The storage pool was changed outside "
                                      "this editor; showing the new definition."),
        "changed": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "The storage pool was changed outside this editor while you were "
            "editing. Reload to see the new definition (your edits are discarded), or keep "
            "editing (applying then replaces that change)."),
        "running": QT_TRANSLATE_NOOP(
            "XmlEditorDialog", "Defined. This is the definition as libvirt stored it. The "
            "active storage pool keeps its old settings until it is restarted."),
    },
}
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger(__name__)


class DiffDialog(QDialog):
    """Shows what applying would change and asks to go ahead."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply these changes?"))
        self.setAccessibleName(self.tr("Changes to apply"))
        self.resize(720, 480)
        view = CodeEditor(self)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Differences between the current definition and your edit"))
        view.setPlainText("\n".join(lines))
        self._highlighter = DiffHighlighter(view.document(), view.palette())
        buttons = QDialogButtonBox(self)
        apply = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setAccessibleName(self.tr("Apply the changes"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: keep editing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lines starting with − are removed, with + added:"), self))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


class XmlEditorDialog(QDialog):
    """Edit one object's persistent XML definition (kind: "domain", "network" or "pool").

    The schema check (and the diff before applying) runs in a worker; a result for a text
    that was edited meanwhile is dropped.

    Signals:
    checked(bool): a check of the current text finished (True: no problems).
    defineEnded(bool): a define of its text ended (True: libvirt stored it; False: refused,
        the text kept with libvirt's words). A window closing over it waits for this.
    """

    checked = Signal(bool)
    defineEnded = Signal(bool)

    def __init__(self, conn: Connection, kind: str, uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in SCHEMAS or kind not in KIND_TEXTS:
            raise ValueError(f"unknown kind {kind!r}")
        self.conn, self.kind, self.uuid = conn, kind, uuid
        self.definition: str | None = None  # libvirt's latest definition
        self._fetch_seq = self._shown_seq = 0
        self._defining = False
        self._close_when_defined = False  # closed while defining: closes once libvirt agreed
        self._gone = False  # deleted on the host: nothing to apply to or reload from
        self._recheck = False
        self._checking = False
        self._check_seq = self._edits = 0  # a check's result is for the text of one edit count
        self._discard_box: QMessageBox | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        record = self._table().get(uuid)
        self._name(record.name if record is not None else uuid)
        self.resize(820, 640)
        self._build()
        self._watch()
        self.reload()

    def _name(self, name: str) -> None:
        self.setWindowTitle(window_title(fill(self.tr("Edit XML — %1"), name)))
        self.setAccessibleName(fill(self._says("name"), name))

    def _says(self, what: str) -> str:
        """This kind's sentence ``what`` of KIND_TEXTS, translated."""
        return self.tr(KIND_TEXTS[self.kind][what])

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.editor = CodeEditor(self)
        self.editor.setAccessibleName(self._says("text"))
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText(self.tr("Loading…"))
        self._highlighter = XmlHighlighter(self.editor.document(), self.editor.palette())
        self.editor.document().modificationChanged.connect(self._update_buttons)
        self.editor.document().contentsChanged.connect(self._edited)
        self.find_bar = FindBar(self.editor, self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_bar.open_bar)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAccessibleName(self.tr("Changed outside this editor"))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleDescription(self.tr("Change notice"))
        self.reload_button = QPushButton(self.tr("&Reload"), self.banner)
        self.reload_button.setAccessibleName(self.tr("Reload the definition, discarding your edits"))
        self.reload_button.clicked.connect(self.reload_discarding)
        keep = QPushButton(self.tr("&Keep editing"), self.banner)
        keep.setAccessibleName(self.tr("Keep editing your text"))
        keep.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.reload_button)
        row.addWidget(keep)
        self.banner.hide()

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        # A problem chosen without a click (arrow keys, a screen reader) is shown at once.
        itemviews.follow_selection(self.problems)
        self.problems.currentItemChanged.connect(self._show_problem)
        self.problems.hide()
        self.status = MessageLine(self, description=self.tr("Status"), hide_empty=False)

        buttons = QDialogButtonBox(self)
        self.validate_button = buttons.addButton(self.tr("Val&idate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.validate_button.setAccessibleName(self.tr("Validate the XML against libvirt's schema"))
        self.validate_button.clicked.connect(self.validate)
        self.apply_button = buttons.addButton(self.tr("&Apply…"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setAccessibleName(self.tr("Apply: define the edited XML"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = buttons.addButton(self.tr("Re&vert"), QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.setAccessibleName(self.tr("Revert to the current definition"))
        self.revert_button.clicked.connect(self.reload_discarding)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the XML editor"))
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
        table.added.connect(self._added)
        table.removed.connect(self._removed)
        self.conn.events.connect(self._on_events)

    def _records_changed(self, records: list[Any]) -> None:
        mine = next((r for r in records if r.key == self.uuid), None)
        if mine is not None:
            self._name(mine.name)  # renamed elsewhere: the title follows
        self._maybe_changed([r.key for r in records])

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        if any(ev.kind == self.kind and ev.uuid == self.uuid for ev in events):
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
            self._gone = True
            self._update_buttons()
            self._show_banner(self._says("gone"), reload=False)

    def _added(self, records: list[Any]) -> None:
        mine = next((r for r in records if r.key == self.uuid), None)
        if mine is not None:  # opened before its record came (named by uuid), or defined again
            self._name(mine.name)
        if self._gone and mine is not None:  # defined again
            self._gone = False
            self.banner.hide()
            self._update_buttons()
            self._fetch()

    def is_dirty(self) -> bool:
        return self.editor.document().isModified()

    def is_defining(self) -> bool:
        """Its edited text is being defined: applied, not left unapplied. A window closing
        over it waits for libvirt's answer (``wait_for_define``, ``defineEnded``)."""
        return self._defining and self.is_dirty()

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
                self._set_status(self._says("reloaded"))
        elif changed:
            self._show_banner(self._says("changed"))

    def _fetch_failed(self, seq: int, exc: BaseException) -> None:
        if seq >= self._shown_seq:
            if self.definition is None:
                self.editor.setPlaceholderText("")  # not loading any more: the status says why
            self._set_status(fill(self.tr("Could not read the definition: %1"), failure_words(exc)),
                             error=True)

    def _load_text(self, text: str) -> None:
        self.editor.setReadOnly(False)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.problems.clear()
        self.problems.hide()
        self._update_buttons()

    def _show_banner(self, text: str, *, reload: bool = True) -> None:
        self.banner_text.setText(text)
        self.reload_button.setVisible(reload)
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
        labels = (self.tr("current definition"), self.tr("your edit"))
        workers.shared().submit(check_and_diff, text, self.kind, definition, labels, context=self,
                                done=lambda result: self._checked(seq, edits, text, definition,
                                                                  result),
                                failed=lambda exc: self._check_failed(seq, exc))

    def _checked(self, seq: int, edits: int, text: str, definition: str | None,
                 result: tuple[Problems, list[str]]) -> None:
        apply = definition is not None  # only Apply diffs, against the definition of its time
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
        if definition is None:
            self._set_status(self.tr("The XML is valid."))
        else:
            self._apply_checked(text, definition, lines)

    def _check_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._check_seq:
            return
        log.error("checking the XML failed", exc_info=exc)
        self._checking = False
        self._update_buttons()
        self._set_status(fill(self.tr("Could not check the XML: %1"), failure_words(exc)), error=True)

    def _show_problems(self, problems: Problems) -> None:
        self.problems.clear()
        for line, message in problems:
            text = say(message) if isinstance(message, Words) else message
            item = QListWidgetItem(fill(self.tr("Line %1: %2"), line, text))
            item.setData(LINE_ROLE, line)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))
        if problems:
            self._set_status(self.tr("%n problem(s): nothing was applied. Fix the XML and try "
                                     "again.", "", len(problems)), error=True)
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
        if self.definition is None or self._gone or self._defining or self._checking:
            return
        self._check(apply=True)

    def _apply_checked(self, text: str, definition: str, lines: list[str]) -> None:
        if definition != self.definition:  # changed elsewhere since: diff against the new one
            self._check(apply=True)
            return
        if not lines:
            self._set_status(self.tr("No changes to apply."))
            return
        self.confirm_diff(lines, lambda yes: self._confirmed(text, definition, yes))

    def _confirmed(self, text: str, definition: str, yes: bool) -> None:
        if not yes:
            self._set_status(self.tr("Nothing applied."))
        elif definition != self.definition:
            # Defining now would silently undo the change made elsewhere meanwhile.
            self._check(apply=True)
            self._set_status(self.tr("The definition was changed outside this editor while "
                                     "you looked at the changes: nothing was applied. Check "
                                     "the changes against the new definition."))
        else:
            self._define(text)

    def _define(self, text: str) -> None:
        self._defining = True
        self.editor.setReadOnly(True)  # libvirt's stored definition replaces this text next
        self._update_buttons()
        self._set_status(self.tr("Defining…"))
        # The connection's: the editor and its window wait for the answer when closed, but
        # one ended unasked (a signal ends the application) is gone, and a refusal is then
        # told in the main window's notifications.
        self.conn.run(domainops.define_definition, self.kind, self.uuid, text,
                      done=partial(_defined, self, self.conn, self.kind, self.uuid),
                      failed=partial(_define_failed, self, self.conn, self.accessibleName()),
                      context=self.conn)

    def confirm_diff(self, lines: list[str], answer: Callable[[bool], None]) -> None:
        """Show the diff over the editor without blocking; ``answer(True)`` for Apply."""
        dialog = DiffDialog(lines, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: answer(result == QDialog.DialogCode.Accepted.value))
        dialog.open()

    def _defined(self, fresh: str) -> None:
        self._defining = False
        self.definition = fresh
        self.banner.hide()
        self._load_text(fresh)
        text = self.tr("Defined. This is the definition as libvirt stored it.")
        if self._is_active():  # libvirt keeps the running object as it was
            text = self._says("running")
        self._set_status(text)
        self.conn.refresh(self.kind, self.uuid)
        self._after_define()
        if self._close_when_defined:
            self.close()
        self.defineEnded.emit(True)

    def _is_active(self) -> bool:
        rec = self._table().get(self.uuid)
        if rec is None:
            return False
        return bool(rec.state.is_active if self.kind == "domain" else rec.active)

    def _define_failed(self, exc: BaseException) -> None:
        self._defining = False
        self._close_when_defined = False  # the text stays, with libvirt's words
        self.editor.setReadOnly(False)
        self._update_buttons()
        self._set_status(fill(self.tr("libvirt refused the definition: %1\nYour text is kept."),
                              failure_words(exc)), error=True)
        self._after_define()
        self.defineEnded.emit(False)

    def _after_define(self) -> None:
        if self._recheck:
            self._recheck = False
            self._fetch()

    # -- state and closing -----------------------------------------------------------------------

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.say(text, Tone.ERROR if error else Tone.NORMAL)

    def _update_buttons(self, *_args: object) -> None:
        loaded = self.definition is not None
        there = loaded and not self._gone
        self.apply_button.setEnabled(there and not self._defining and not self._checking)
        self.validate_button.setEnabled(loaded and not self._checking)
        self.revert_button.setEnabled(there and self.is_dirty())

    def ask_discard(self, on_discard: Callable[[], None]) -> None:
        """Ask whether to drop the edits not applied, without blocking (a nested event loop
        would run libvirt events and worker results under the question); ``on_discard()``
        after Discard."""
        if self._discard_box is not None:  # asked already
            self._discard_box.raise_()
            return
        discard, cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard your edits?"),
                          self.tr("The XML has edits that were not applied. Close and discard them?"),
                          discard | cancel, self)
        box.setDefaultButton(cancel)
        box.setAccessibleName(box.windowTitle())
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "_discard_box", None))
        box.finished.connect(lambda _r: on_discard() if box.clickedButton() is box.button(discard)
                             else None)
        self._discard_box = box
        box.open()

    def drop_edits(self) -> None:
        """Forget that the text was edited: closing no longer asks."""
        self.editor.document().setModified(False)

    def _drop_edits_then(self, then: Callable[[], object]) -> None:
        self.drop_edits()
        then()

    def wait_for_define(self) -> bool:
        """Closing (it, or the window it is in) while libvirt defines the text: the edits
        are being applied, not left unapplied; the editor closes once they are, and stays
        with libvirt's words and the text if refused. False if no define runs."""
        if not self.is_defining():
            return False
        self._close_when_defined = True
        self._set_status(self.tr("Defining… The editor closes once libvirt has stored the "
                                 "definition."))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wait_for_define():
            event.ignore()
            return
        if self.is_dirty():
            event.ignore()
            self.ask_discard(partial(self._drop_edits_then, self.close))
            return
        super().closeEvent(event)  # calls reject(): nothing to ask about any more

    def reject(self) -> None:
        # Escape goes through the same question as the window's close button.
        if self.wait_for_define():
            return
        if self.is_dirty():
            self.ask_discard(partial(self._drop_edits_then, self.reject))
        else:
            super().reject()


def _open(editor: XmlEditorDialog) -> bool:
    return shiboken6.isValid(editor) and editor.isVisible()


def _defined(editor: XmlEditorDialog, conn: Connection, kind: str, uuid: str, fresh: str) -> None:
    if _open(editor):
        editor._defined(fresh)
    else:
        conn.refresh(kind, uuid)


def _define_failed(editor: XmlEditorDialog, conn: Connection, name: str,
                   exc: BaseException) -> None:
    if _open(editor):
        editor._define_failed(exc)
        return
    from kvmgui.dialogs.details.restart import news  # noqa: PLC0415 - the details window's

    news().failed.emit(fill(QCoreApplication.translate(
        "XmlEditorDialog", "%1 on %2, closed meanwhile: libvirt refused the definition: %3",
        "the editor's name, host, libvirt's message"), name, conn.display_name,
        failure_words(exc)))
