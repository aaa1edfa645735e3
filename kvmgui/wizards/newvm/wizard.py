"""The "New virtual machine" wizard: pages fill a NewVmSpec, ``kvmgui.xml.newvm_build``
builds the XML, and one worker job creates, defines and starts it (``finish.py``).

"Customise before install" hands the XML to the details window (the window floor opens
it, on ``customiseRequested``) and waits, hidden, for ``install(xml)`` or ``resume(xml)``.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.newvm import Cancelled, FinishResult, defined_name
from kvmgui.libvirt.newvm_undo import RollbackIncompleteError
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets import a11y
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.widgets.heldopen import HeldOpenWhileBusy
from kvmgui.widgets.imageinuse import ImageInUse
from kvmgui.widgets.question import own_window
from kvmgui.wizards.newvm.finish import FinishDialog, FinishJob, preview_job
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.page_arch import ArchPage
from kvmgui.wizards.newvm.page_cloudinit import CloudInitPage
from kvmgui.wizards.newvm.page_cpumem import CpuMemoryPage
from kvmgui.wizards.newvm.page_firmware import FirmwarePage
from kvmgui.wizards.newvm.page_method import MethodPage
from kvmgui.wizards.newvm.page_name import NamePage
from kvmgui.wizards.newvm.page_network import NetworkPage
from kvmgui.wizards.newvm.page_os import OsPage
from kvmgui.wizards.newvm.page_storage import StoragePage
from kvmgui.wizards.newvm.page_summary import SummaryPage
from kvmgui.wizards.newvm.state import WizardState
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.newvm_spec import InstallMethod, NewVmSpec
from kvmgui.xml.newvm_written import Image, images_written

log = logging.getLogger(__name__)


class PageId(IntEnum):
    METHOD = 0
    ARCH = 1
    OS = 2
    CPUMEM = 3
    STORAGE = 4
    NETWORK = 5
    FIRMWARE = 6
    CLOUDINIT = 7
    NAME = 8
    SUMMARY = 9


def page_order(spec: NewVmSpec) -> list[PageId]:
    """Cloud-init is asked for cloud images, and offered for OSes that read it."""
    order = list(PageId)
    if spec.install.method is not InstallMethod.CLOUD_IMAGE and not spec.os.cloud_init:
        order.remove(PageId.CLOUDINIT)
    return order


class NewVmWizard(HeldOpenWhileBusy, QWizard):
    """Signals:
        created(Connection, FinishResult): the VM was defined (and started, if chosen).
        customiseRequested(Connection, str, bool): open the details window on this XML
            (and autostart choice) before anything is created.
        installFailed(str): the job failed or was cancelled (the words shown); nothing
            is left on the host (or the words name what is) and the input is as it was.
    """

    created = Signal(object, object)
    customiseRequested = Signal(object, str, bool)
    installFailed = Signal(str)

    def __init__(self, connections: list[Connection], conn: Connection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Virtual Machine"))
        self.setAccessibleName(self.tr("New virtual machine"))
        self.setObjectName("newVmWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(900, 680)
        self.job: FinishJob | None = None
        self.progress: FinishDialog | None = None
        self.customising = False
        self.quit_box: QMessageBox | None = None
        self._quit_agreed = False  # the user let the wizard go with the application
        self._quit_after_job: Callable[[], object] | None = None
        self.image_in_use = ImageInUse(self)

        self.state = WizardState(conn, parent=self)
        self.method = MethodPage(self.state, connections or [conn])
        self.arch = ArchPage(self.state)
        self.os_page = OsPage(self.state)
        self.cpumem = CpuMemoryPage(self.state)
        self.storage = StoragePage(self.state)
        self.network = NetworkPage(self.state)
        self.firmware = FirmwarePage(self.state)
        self.cloudinit = CloudInitPage(self.state)
        self.name = NamePage(self.state)
        self.summary = SummaryPage(self.state)
        for pid, page in zip(PageId, self.pages(), strict=True):
            self.setPage(pid, page)
        a11y.name_wizard_buttons(self)
        self.name.customise.toggled.connect(self._customise_toggled)
        self.summary.command_button.clicked.connect(self.show_command)
        self.command_dialog: CommandDialog | None = None
        self.method.connectionChosen.connect(self.state.set_connection)
        self.state.read_facts()
        self._osdb_asked = False
        self._registry: ConnectionRegistry | None = None
        # Beside the main window, not modal to it: its file dialogs (Browse…) hold it alone,
        # not the main window too.
        own_window(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._osdb_asked:
            # Loading starts once the wizard is on screen: its imports (PyGObject) in the
            # worker would otherwise compete with the first paint for the GIL.
            self._osdb_asked = True
            QTimer.singleShot(0, self.state.load_osdb)

    def pages(self) -> list[SpecPage]:
        return [self.method, self.arch, self.os_page, self.cpumem, self.storage, self.network,
                self.firmware, self.cloudinit, self.name, self.summary]

    @property
    def conn(self) -> Connection:
        return self.state.conn

    # -- the hosts on offer ------------------------------------------------------------------

    def follow_hosts(self, registry: ConnectionRegistry) -> None:
        """Offer the registry's connected hosts as they connect, disconnect, come and go;
        when the wizard's own host is removed, it says so and waits for another."""
        registry.added.connect(self._host_added)
        registry.removed.connect(self._host_removed)
        for conn in registry:
            conn.stateChanged.connect(self._offer_hosts)
        self._registry = registry
        self._offer_hosts()

    def _host_added(self, conn: Connection) -> None:
        conn.stateChanged.connect(self._offer_hosts)
        self._offer_hosts()

    def _host_removed(self, conn: Connection) -> None:
        conn.stateChanged.disconnect(self._offer_hosts)
        if conn is self.conn:
            self.state.mark_host_removed()
        self._offer_hosts()

    def _offer_hosts(self, *_state: object) -> None:
        if self._registry is not None:
            self.method.set_hosts([c for c in self._registry if c.state is ConnState.CONNECTED])

    # -- navigation ---------------------------------------------------------------------------

    def nextId(self) -> int:
        order = page_order(self.state.spec)
        current = PageId(self.currentId()) if self.currentId() >= 0 else PageId.METHOD
        if current not in order:
            return -1
        i = order.index(current)
        return int(order[i + 1]) if i + 1 < len(order) else -1

    def _customise_toggled(self, on: bool) -> None:
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("&Customise…") if on else self.tr("&Finish"))

    # -- finish: one job, all or nothing ---------------------------------------------------------

    def accept(self) -> None:
        if self.busy or not self.summary.isComplete() or self.image_in_use.asking:
            return  # (asking: Finish clicked again while the other VMs are looked for)
        self._ask_in_turn(images_written(self.state.spec, self._hand_xml()), self._disks_key())

    def _hand_xml(self) -> str | None:
        return self.summary.xml_text() if self.summary.hand_edit.isChecked() else None

    def _disks_key(self) -> tuple[object, ...]:
        storage = self.state.spec.storage
        return (self._hand_xml(), storage.kind, storage.pool, storage.volume, storage.path)

    def _ask_in_turn(self, images: list[Image], key: tuple[object, ...]) -> None:
        """Ask of each image in turn whether other VMs use it (a second writer wrecks it), then Finish."""
        if self._disks_key() != key:
            self.accept()  # another image chosen (or XML typed) while they were looked for
            return
        if not images:
            self._accept_checked()
            return
        image, rest = images[0], images[1:]
        # Every VM's XML is read: near-instant here, a few seconds from a far host.
        self.summary.show_result(fill(self.tr("Looking for other VMs that use %1…"), image.shown),
                                 error=False)
        self.image_in_use.then(
            self.conn, image.path, pool=image.pool, volume=image.volume, writes=True,
            go=lambda: self._ask_in_turn(rest, key), looked=self.summary.result.clear,
            question=self.tr("%1 is used by %2 already. Two VMs that write on one image wreck "
                             "it. Create the VM on it anyway?"))

    def _accept_checked(self) -> None:
        if self.busy or not self.summary.isComplete():
            return  # (a host change meanwhile, say: Finish is the user's to click again)
        xml = self.summary.xml_text()
        if self.name.customise.isChecked():
            self.customising = True
            self.hide()
            self.customiseRequested.emit(self.conn, xml, self.state.spec.autostart)
            return
        self.install(xml, self)

    def install(self, xml: str, over: QWidget) -> FinishJob | None:
        """Create the VM from ``xml`` (the spec's volumes and seed), with progress over ``over``."""
        if self.busy:
            return None
        job = FinishJob(self.conn, self.state.spec, xml, self)
        dialog = FinishDialog(job, over)
        job.succeeded.connect(self._created)
        job.failed.connect(self._failed)
        self.job, self.progress = job, dialog
        self._set_busy(True)
        dialog.show()
        job.start()
        return job

    def show_command(self) -> CommandDialog | None:
        """The virsh lines Finish would issue now (a dry run of the Finish job)."""
        if self.busy or not self.summary.isComplete():
            return None
        spec, xml = copy.deepcopy(self.state.spec), self.summary.xml_text()
        title = fill(self.tr("Create %1"), defined_name(spec, xml))
        self.command_dialog = show_commands(self.conn, title, self, preview_job, spec, xml)
        return self.command_dialog

    def resume(self, xml: str, autostart: bool | None = None) -> None:
        """Back from "Customise" without installing: the wizard shows again, the
        customised XML kept in its XML tab (if it differs from what the pages make)."""
        self.customising = False
        if autostart is not None:
            self.name.autostart.setChecked(autostart)
        if xml.strip() and _normal(xml) != _normal(self.summary.xml_text()):
            self.summary.set_hand_xml(xml)
        self.show()
        self.raise_()

    # -- quitting ---------------------------------------------------------------------------------

    def may_quit(self, over: QWidget, then: Callable[[], object]) -> bool:
        """Whether the application may end now as far as this wizard goes. Open (or
        customising) it asks first whether to drop what was entered, and while its job runs
        whether to stop it (ending the application would leave a half-made VM); the
        question is over ``over`` and does not block. False meanwhile; ``then()`` once the
        answer lets the wizard go (a stopped job first removes what it made), and the next
        call says True."""
        job = self.job
        if job is not None and job.running:
            if self._quit_after_job is None:
                self._ask_quit(over, then, job.vm_name)
            elif self.progress is not None:  # stopping already: the progress says how far
                self.progress.raise_()
                self.progress.activateWindow()
            return False
        if self._quit_agreed or not (self.isVisible() or self.customising):
            self._quit_agreed = False
            return True
        self._ask_quit(over, then)
        return False

    def stop_for_exit(self) -> None:
        """The application ends without questions (a logout, SIGTERM): a running job is
        cancelled, so that it removes what it made in the exit's grace period instead of
        being cut off halfway (a disk left in its pool, the VM never defined)."""
        if self.job is not None and self.job.running:
            log.warning("ending: cancelling the creation of %s", self.job.vm_name)
            self.job.cancel()

    def _ask_quit(self, over: QWidget, then: Callable[[], object], creating: str | None = None) -> None:
        """``creating``: the name of the VM the running job makes."""
        if self.quit_box is not None:  # asked already
            self.quit_box.raise_()
            self.quit_box.activateWindow()
            return
        if creating is not None:
            title = self.tr("Stop creating the virtual machine?")
            text = fill(self.tr("%1 is being created. Stop creating it and quit? What was created "
                                "so far is removed."), creating)
            yes_text = self.tr("Stop and &Quit")
        else:
            title = self.tr("Discard the new virtual machine?")
            text = self.tr("The new virtual machine has not been created yet. Quit and discard its "
                           "settings?")
            yes_text = self.tr("&Discard and Quit")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, over)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the VM's name: no markup
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(title)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: self._quit_answered(box.clickedButton() is yes, then))
        self.quit_box = box
        box.open()

    def _quit_answered(self, yes: bool, then: Callable[[], object]) -> None:
        self.quit_box = None
        if not yes:
            return
        if not self.busy:  # (the job may have ended under the question)
            self._quit_agreed = True
            then()
            return
        self._quit_after_job = then
        if self.progress is not None:
            self.progress.cancel()  # which says so there
        elif self.job is not None:
            self.job.cancel()

    def _job_ended(self) -> None:
        """After the job's outcome is shown: a quit that waited for it goes on."""
        then, self._quit_after_job = self._quit_after_job, None
        if then is not None:
            self._quit_agreed = True
            then()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def held_by(self) -> QWidget | None:
        """Closing the wizard while its job runs brings the job's progress to the front."""
        return self.progress

    def _set_busy(self, busy: bool) -> None:
        self.summary.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.done(0)
            self.progress.deleteLater()
            self.progress = None

    def _created(self, result: FinishResult) -> None:
        self._close_progress()
        self._set_busy(False)
        self.conn.refresh("domain", result.uuid)  # autostart has no event; read it back now
        # Past QWizard's page check: the new VM's name is now taken on the host, as it should be.
        QDialog.done(self, QDialog.DialogCode.Accepted.value)
        self.created.emit(self.conn, result)
        self._job_ended()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._set_busy(False)
        left = ""
        if isinstance(exc, RollbackIncompleteError):
            left = comma_list(exc.left)  # Chinese lists with 、
            exc = exc.error
        if isinstance(exc, Cancelled):
            text = (fill(self.tr("Cancelled, but not everything created could be removed again; left on "
                                 "the host: %1"), left) if left else
                    self.tr("Cancelled. Nothing was left on the host."))
        elif left:
            text = fill(self.tr("Could not create the virtual machine: %1\nNot everything created could "
                                "be removed again; left on the host: %2"), failure_words(exc), left)
        elif self.job is not None and self.job.undid.is_set():
            text = fill(self.tr("Could not create the virtual machine: %1\nEverything created "
                                "was removed again."), failure_words(exc))
        else:  # it failed before making anything (not connected, the first volume refused)
            text = fill(self.tr("Could not create the virtual machine: %1\nNothing was created."),
                        failure_words(exc))
        self.summary.show_result(text)
        self.installFailed.emit(text)
        self._job_ended()



def _normal(xml: str) -> str:
    """XML as the details window writes it, to compare texts that differ in layout only."""
    try:
        return DomainDoc.from_string(xml).to_string()
    except XMLParseError:
        return xml
