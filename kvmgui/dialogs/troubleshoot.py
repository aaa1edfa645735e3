""""Why has this VM no address?": the troubleshooter's window.

Each step shows as passed, failed, not applicable or skipped with a sentence; the chosen
step's guest command output and, where one exists, its Fix button sit below. A Fix always
asks first, naming the ``virsh`` lines it would run (worked out by a dry run of the fix).

A fix and its dry run run on the troubleshooter's own threads, a set per host
(``troubleshoot.fix_lane``), and a fix of a VM that has not answered yet is not asked
again, from this window or from one opened later (``troubleshoot.busy``): on a hung host,
closing and reopening the window and confirming again held one more thread each time.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.commands import Command, FileArg
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.netcheck import Fix, Result, Target, ping_name_ok
from kvmgui.libvirt.netfix import apply_fix
from kvmgui.libvirt.probes import Probes
from kvmgui.libvirt.troubleshoot import FixKey, Key, Troubleshooter, busy, fix_key, fix_lane
from kvmgui.models.checks import CheckColumn, CheckModel
from kvmgui.models.checkwords import fix_button, fix_question, sentence, step_title, summary
from kvmgui.models.words import failure_words
from kvmgui.utils.logs import without_password
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import itemviews
from kvmgui.widgets.commanddialog import write_xml_files
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.question import question_box
from kvmgui.widgets.styles import Tone

# The fixes that change a network, its UUID their first argument.
NETWORK_FIXES = (Fix.START_NETWORK, Fix.RECONNECT_NIC, Fix.ENABLE_DHCP, Fix.REMOVE_RESERVATION)


class TroubleshooterDialog(QDialog):
    """The checks of one NIC (``mac``) of one VM, with their fixes.

    Signals:
        fixed(object): a fix was applied (the Fix code); the checks run again.
    """

    fixed = Signal(object)

    def __init__(self, conn: Connection, uuid: str, mac: str, vm_name: str,
                 parent: QWidget | None = None, *, probes: Probes | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid, self.mac, self.vm_name = conn, uuid, mac.lower(), vm_name
        self.setWindowTitle(window_title(fill(self.tr("Why has %1 no address?"), vm_name)))
        self.setAccessibleName(self.tr("Troubleshooter"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 620)
        self.confirm_box: QMessageBox | None = None
        # The fixes this window asked for that have not answered yet (of every window:
        # ``busy()``): their button waits (a second one would do it twice).
        self.own: set[Fix] = set()
        self.waiting_for: Fix | None = None  # the note says this one has not answered yet
        self.model = CheckModel(self)

        heading = QLabel(fill(self.tr("Network card %1 of %2"), self.mac, vm_name), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a VM's name may look like markup
        heading.setAccessibleDescription(self.tr("Network card checked"))
        self.summary = MessageLine(self, description=self.tr("Troubleshooter summary"),
                                   hide_empty=False)
        self.note = MessageLine(self, description=self.tr("Last fix"))
        self.consent = QCheckBox(self.tr("Also run commands &inside the guest through its guest "
                                         "agent (ip a, ip route, ping)"), self)
        self.consent.setAccessibleName(self.tr("Run commands in the guest"))
        self.name_edit = QLineEdit("libvirt.org", self)
        self.name_edit.setAccessibleName(self.tr("Name to resolve and ping"))
        name_label = QLabel(self.tr("&Name to ping:"), self)
        name_label.setBuddy(self.name_edit)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(name_label)
        consent_row.addWidget(self.name_edit)
        self.name_problem = MessageLine(self, description=self.tr("Name to ping"))
        self.name_edit.textChanged.connect(self._check_name)

        self.view = QTableView(self)
        self.view.setObjectName("troubleshooterSteps")
        self.view.setAccessibleName(self.tr("Troubleshooter steps"))
        self.view.setModel(self.model)
        itemviews.follow_selection(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table: it never traps the keyboard
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # Each row as tall as its wrapped sentence: a fixed row cut the third line (in
        # Chinese, whose lines are taller, the second).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CheckColumn.STEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CheckColumn.OUTCOME, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.detail = MessageLine(self, description=self.tr("Chosen step"), hide_empty=False)
        self.output = QPlainTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setAccessibleName(self.tr("Command output"))
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setMaximumHeight(self.fontMetrics().height() * 8)
        self.output.hide()
        self.fix_button = QPushButton(self)
        self.fix_button.setAccessibleName(self.tr("Fix"))  # named for the step's fix when shown
        self.fix_button.clicked.connect(self.ask_fix)
        self.fix_button.hide()
        self.run_button = QPushButton(self.tr("&Run Again"), self)
        self.run_button.setAccessibleName(self.tr("Run the checks again"))
        self.run_button.clicked.connect(self.run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.detail, 1)
        fix_row.addWidget(self.fix_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(consent_row)
        layout.addWidget(self.name_problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(fix_row)
        layout.addWidget(self.output)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_step())
        self.model.dataChanged.connect(lambda *_a: self.show_step())
        self.checker = Troubleshooter(conn, self._target(), probes=probes, parent=self)
        self.checker.stepFinished.connect(self._step_finished)
        self.checker.finished.connect(self._finished)
        self.consent.toggled.connect(lambda _on: self.run())
        busy().settled.connect(self._settled)  # a method: gone with the window

    # -- running --------------------------------------------------------------------------

    def _target(self) -> Target:
        return Target(self.uuid, self.mac, self.conn.is_local,
                      guest_commands=self.consent.isChecked(),
                      name_to_ping=self.name_edit.text().strip() or "libvirt.org",
                      host_uri=without_password(self.conn.uri))

    def _check_name(self, text: str) -> None:
        """Said as the user types: a name the guest's ping would take as an option ('-f')
        or would not take at all is not sent (the step says so); the text stays."""
        name = text.strip()
        if not name or ping_name_ok(name):
            self.name_problem.clear()
        else:
            self.name_problem.error(fill(self.tr("“%1” is neither a host name nor an IP address: "
                                                 "the guest is not asked to ping it."), name))

    def run(self) -> None:
        self.checker.cancel()
        self.model.clear_results()
        self.run_button.setEnabled(False)
        self.summary.say(summary([], running=True))
        self.checker.start(self._target())

    def _step_finished(self, result: Result) -> None:
        self.model.set_result(result)
        self.summary.say(summary(self.checker.results, running=True))
        if result.failed and self.checker.first_failure is result:
            self.view.selectRow(self.model.row_of(result.step))  # the first problem, at once

    def _finished(self, results: list[Result]) -> None:
        self.run_button.setEnabled(True)
        failed = self.checker.first_failure
        self.summary.say(summary(results, running=False), Tone.ERROR if failed else Tone.NORMAL)
        if failed is None and not self.view.selectionModel().currentIndex().isValid():
            self.view.selectRow(0)
        self.show_step()  # its Fix button may be used now

    # -- the chosen step ------------------------------------------------------------------

    def current_result(self) -> Result | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.result_at(index.row()) if index.isValid() else None

    def show_step(self) -> None:
        result = self.current_result()
        if result is None:
            self.detail.say("")
            self.output.hide()
            self.fix_button.hide()
            return
        self.detail.say(fill(self.tr("%1: %2"), step_title(result.step), sentence(result)),
                        Tone.ERROR if result.failed else Tone.NORMAL)
        self.output.setPlainText(result.output)
        self.output.setVisible(bool(result.output))
        if result.fix is not None:
            words = fix_button(result.fix)
            self.fix_button.setText(fill(self.tr("%1…"), words))
            self.fix_button.setAccessibleName(fill(self.tr("Fix: %1"), words))
        self.fix_button.setVisible(result.fix is not None)
        fix = result.fix
        waiting = fix is not None and self._busy(fix)
        self.fix_button.setEnabled(fix is not None and not self.checker.running and not waiting)
        if fix is not None and waiting and fix not in self.own:  # asked in a window closed since
            self._say_waiting(fix)

    # -- fixing (always asks first) --------------------------------------------------------

    def _key(self, fix: Fix) -> FixKey:
        return fix_key(self.conn, self.uuid, fix)

    def _busy(self, fix: Fix) -> bool:
        return self._key(fix) in busy().keys

    def _say_waiting(self, fix: Fix) -> None:
        self.waiting_for = fix
        self.note.say(fill(self.tr("“%1”, asked for earlier, has not answered yet: it can be "
                                   "asked again once it has."), fix_button(fix)), Tone.PENDING)

    def _start(self, fix: Fix) -> FixKey | None:
        """The fix's key, now busy; None (and said) if its earlier job has not answered."""
        key = self._key(fix)
        if key in busy().keys:
            if fix not in self.own:
                self._say_waiting(fix)
            self.show_step()
            return None
        busy().keys.add(key)
        self.own.add(fix)
        return key

    def _settled(self, key: Key | FixKey) -> None:
        if len(key) != 4 or key != self._key(key[3]):  # a step's, or another VM's
            return
        if self.waiting_for is key[3]:  # the earlier job answered: the note is stale
            self.waiting_for = None
            self.note.clear()
        self.show_step()  # a fix of this VM answered: usable again

    def ask_fix(self) -> None:
        result = self.current_result()
        if result is None or result.fix is None:
            return
        self.fix_button.setEnabled(False)
        key = self._start(result.fix)
        if key is None:
            return
        # The connection is the job's context: its end is noted also once this is gone.
        self.conn.preview(apply_fix, result.fix, result.fix_args, context=self.conn,
                          done=partial(_previewed, self, key, result),
                          failed=partial(_preview_failed, self, key), lane=fix_lane(self.conn))

    def _ask(self, result: Result, commands: list[Command],
             paths: dict[FileArg, str] | None = None) -> None:
        text = fix_question(result)
        if commands:
            lines = "\n".join(c.line(paths) for c in commands)
            text = fill(self.tr("%1\n\nThe same with virsh:\n%2"), text, lines)
        assert result.fix is not None
        box = question_box(self, fix_button(result.fix), text, lambda: self._fix(result))
        box.finished.connect(lambda _r: self.show_step())
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _fix(self, result: Result) -> None:
        assert result.fix is not None
        key = self._start(result.fix)  # another window may have asked for it meanwhile
        if key is None:
            return
        self.note.say(fill(self.tr("Fixing: %1…"), fix_button(result.fix)))
        self.show_step()
        # The connection is the job's context: a window closed meanwhile still has a
        # failure told (the main window's notifications), never lost with the window.
        self.conn.run(apply_fix, result.fix, result.fix_args, context=self.conn,
                      done=partial(_fix_done, self, key, result),
                      failed=partial(_fix_failed, self, key, self.vm_name, result),
                      lane=fix_lane(self.conn))

    def _fixed(self, result: Result) -> None:
        assert result.fix is not None
        self.note.say(fill(self.tr("Done: %1. Checked again below; the guest gets its address when "
                              "its DHCP client asks next."), fix_button(result.fix)))
        self.fixed.emit(result.fix)
        self.run()

    def _fix_failed(self, exc: BaseException) -> None:
        self.note.error(fill(self.tr("The fix failed: %1"), failure_words(exc)))
        self.show_step()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.checker.running and not self.checker.results:
            self.run()

    def done(self, result: int) -> None:
        self.checker.cancel()
        super().done(result)


def _answered(dialog: TroubleshooterDialog, key: FixKey) -> bool:
    """A fix's job (or its dry run) ended: not busy any more; whether its window is open."""
    busy().keys.discard(key)
    open_ = shiboken6.isValid(dialog)
    if open_:
        dialog.own.discard(key[3])
    busy().settled.emit(key)
    return open_


def _previewed(dialog: TroubleshooterDialog, key: FixKey, result: Result,
               commands: list[Command]) -> None:
    if not _answered(dialog, key):
        return
    if any(c.all_files for c in commands):
        # virsh reads the XML from files (define, update-device): written first, so that the
        # lines name files the user has (if that fails, at least their names). Said while
        # it lasts: a temporary directory on a mount that hangs holds the question.
        dialog.note.say(QCoreApplication.translate("CommandDialog", "Writing the XML files…"))

        def ask(paths: dict[FileArg, str] | None) -> None:
            dialog.note.clear()
            dialog._ask(result, commands, paths)

        write_xml_files(commands, dialog, done=ask, failed=lambda _exc: ask(None))
        return
    dialog._ask(result, commands)


def _preview_failed(dialog: TroubleshooterDialog, key: FixKey, exc: BaseException) -> None:
    if _answered(dialog, key):
        dialog._fix_failed(exc)


def _fix_done(dialog: TroubleshooterDialog, key: FixKey, result: Result, _r: object) -> None:
    _read_again(key[1], key[2], result)
    if _answered(dialog, key):
        dialog._fixed(result)


def _fix_failed(dialog: TroubleshooterDialog, key: FixKey, vm_name: str, result: Result,
                exc: BaseException) -> None:
    """Said in the window while it is open, else where a closed window's restart's is."""
    conn = key[1]
    _read_again(conn, key[2], result)  # a fix may fail half way (the network started, no card)
    if _answered(dialog, key):
        dialog._fix_failed(exc)
        return
    from kvmgui.dialogs.details import restart  # noqa: PLC0415 - its window opens this one

    assert result.fix is not None
    restart.news().failed.emit(fill(QCoreApplication.translate(
        "TroubleshooterDialog", "%1 on %2: the fix “%3” failed: %4",
        "VM, host, the troubleshooter's fix, why"),
        vm_name, conn.display_name, fix_button(result.fix), failure_words(exc)))


def _read_again(conn: Connection, uuid: str, result: Result) -> None:
    """What a fix changed, read again whether its window is open or not: a network's update
    (DHCP range, static host) and a card's live change (plugged in again) send no event, and
    a define's event may have had the VM read before the live step ended (its pending mark)."""
    from kvmgui.dialogs.details.outcome import refresh_vm  # noqa: PLC0415 - as above

    if result.fix in NETWORK_FIXES:
        conn.refresh("network", result.fix_args[0])
    refresh_vm(conn, uuid)
