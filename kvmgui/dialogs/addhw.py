"""Add hardware to a VM: a NIC, a disk, a serial port or console, an RNG or a display.

Forms (``kvmgui.dialogs.hwforms``, a module per kind) validate inline before any libvirt
call. The dialog runs the change itself and stays open when libvirt refuses, with
libvirt's message and the user's input.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.hwforms.base import HardwareForm
from kvmgui.dialogs.hwforms.disk import DiskForm
from kvmgui.dialogs.hwforms.nic import NicForm
from kvmgui.dialogs.hwforms.other import DisplayForm, RngForm, SerialForm
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult
from kvmgui.models.words import failure_words
from kvmgui.utils import icons
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import a11y, itemviews
from kvmgui.widgets.heldopen import HeldOpenWhileBusy
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.domain import DomainDoc


class AddHardwareDialog(HeldOpenWhileBusy, QDialog):
    """Signals:
    applied(ApplyResult): the device was added (see the result's live outcome).
    """

    applied = Signal(object)

    def __init__(self, conn: Connection, uuid: str, doc: DomainDoc,
                 parent: QWidget | None = None, live: DomainDoc | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.vm_name = doc.name or uuid  # for the outcome of an add told once it is closed
        self.busy = False
        # The VM's devices the last add started from: the new device is the result's others.
        self.devices_before = {d.key for d in doc.devices()}
        self.setWindowTitle(window_title(fill(self.tr("Add Hardware — %1"), doc.name or "")))
        self.setAccessibleName(fill(self.tr("Add hardware to %1"), doc.name or ""))
        self.resize(640, 420)
        self.forms: dict[str, HardwareForm] = {
            "nic": NicForm(conn, doc, self, live=live), "disk": DiskForm(conn, doc, self, live=live),
            "serial": SerialForm(conn, doc, self, live=live), "graphics": DisplayForm(conn, doc, self),
            "rng": RngForm(conn, doc, self)}
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(self.tr("Kind of hardware"))
        itemviews.follow_selection(self.kinds)  # a kind selected by a screen reader is shown
        self.stack = QStackedWidget(self)
        for form in self.forms.values():
            self.kinds.addItem(QListWidgetItem(icons.device_icon(form.device_kind.value), form.title_words()))
            self.stack.addWidget(form)
        # As wide as its longest name in this language (a fixed 200 px cut "Random number
        # generator"), and no wider: the form takes the rest.
        self.kinds.setFixedWidth(self.kinds.sizeHintForColumn(0) + 2 * self.kinds.frameWidth()
                                 + self.kinds.verticalScrollBar().sizeHint().width())
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.problem = MessageLine(self, description=self.tr("Problem"), hide_empty=False)
        buttons = QDialogButtonBox(self)
        self.finish_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.setAccessibleName(self.tr("Add the hardware"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kinds)
        top.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kinds.setCurrentRow(0)
        a11y.name_internals(self)  # the text fields of the editable combo boxes

    def follow(self, doc: DomainDoc, live: DomainDoc | None) -> None:
        """The VM as libvirt has it now (changed elsewhere meanwhile): the targets, ports and
        MACs a new device must not take again."""
        for form in self.forms.values():
            form.doc, form.live = doc, live
        self.vm_name = doc.name or self.vm_name

    def _kind_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.problem.clear()

    def select(self, kind: str) -> HardwareForm:
        self.kinds.setCurrentRow(list(self.forms).index(kind))
        return self.forms[kind]

    def current_form(self) -> HardwareForm:
        return list(self.forms.values())[self.stack.currentIndex()]

    def finish(self) -> None:
        """Validate, then add in a worker; on failure stay open with libvirt's message."""
        if self.busy:
            return
        form = self.current_form()
        clicked = form.inputs()
        # A disk image is looked at afresh in a worker first (a few ms, unless a network
        # mount hangs; nothing to wait for with the other forms).
        form.then(lambda: self._finish(form, clicked), self.problem.say)

    def _finish(self, form: HardwareForm, clicked: list[object]) -> None:
        if self.busy or form is not self.current_form():
            return  # clicked twice, or another kind chosen while the image was looked at
        if form.inputs() != clicked:
            # Changed while the image was looked at (the form stays usable meanwhile): the
            # click was for what it showed then; the next one adds what it shows now.
            self.problem.say(self.tr("Nothing was added: the form changed while the image was "
                                     "looked at. Add again to add it as it is now."))
            return
        problem = form.validate()
        self.problem.error(problem or "")
        if problem:
            return
        fn, args = form.job()
        self.devices_before = {d.key for d in form.doc.devices()}
        self._set_busy(True)
        # The connection's: the VM's window may be closed by code meanwhile (its host
        # removed, Quit), taking this dialog with it; the add's end is still heard (the
        # VM's row read again, a failure told in the main window).
        from kvmgui.dialogs.details import outcome  # noqa: PLC0415 - the window imports us

        done, failed = outcome.past_close(self, (self.conn, self.uuid, self.vm_name),
                                          form.accessibleName(), self._done, self._failed)
        self.conn.run(fn, self.uuid, *args, done=done, failed=failed, context=self.conn)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.finish_button.setEnabled(not busy)
        self.stack.setEnabled(not busy)
        self.kinds.setEnabled(not busy)  # the outcome shows under the form it is about
        self.cancel_button.setEnabled(not busy)  # an add under way cannot be called back
        if busy:
            self.problem.say(self.tr("Adding…"))


    def _done(self, result: ApplyResult) -> None:
        self._set_busy(False)
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.problem.error(fill(self.tr("Not added: %1"), failure_words(exc)))
