"""The details window on a VM that does not exist yet ("Customise before install").

The same pages edit a :class:`~kvmgui.models.domaindraft.DraftDomain` (the XML in
memory) instead of a defined VM; a bar on top says so and offers *Begin installation*,
which hands the XML back to the new-VM wizard's finish job. Pages that need a running
or defined VM (console, performance) and the actions that call libvirt on one (add
hardware, the XML editor) are left out.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kvmgui.dialogs.details.boot import BootPage
from kvmgui.dialogs.details.cpumem import CpuMemoryPage
from kvmgui.dialogs.details.overview import OverviewPage
from kvmgui.dialogs.details.page import Page
from kvmgui.dialogs.details.window import DetailsWindow
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.domainops import Change
from kvmgui.libvirt.livehandle import NotConnectedError
from kvmgui.models.domaindraft import DraftDomain, DraftUnsupportedError
from kvmgui.models.words import say
from kvmgui.utils.text import bold
from kvmgui.utils.tr import comma_list, fill, window_title
from kvmgui.widgets.heldopen import bring_to_front
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.base import XMLParseError


class DraftBar(QWidget):
    """"Nothing exists yet" and the Begin installation button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self.tr("This virtual machine does not exist yet. Change its settings, "
                                   "then begin the installation."), self)
        self.text.setWordWrap(True)
        self.begin = QPushButton(self.tr("&Begin Installation"), self)
        self.begin.setAccessibleName(self.tr("Begin installation"))
        self.begin.setDefault(True)
        # Why Begin waits, where it is seen (not only in the button's tooltip).
        self.waiting = MessageLine(self, description=self.tr("Why the installation cannot begin"))
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addWidget(self.waiting)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        row.addLayout(column, 1)
        row.addWidget(self.begin)


class DraftDetailsWindow(DetailsWindow):
    """Signals:
        installRequested(str, bool): create the VM from this XML (and autostart choice).
        abandoned(str, bool): closed without installing; the XML as customised.
    """

    installRequested = Signal(str, bool)
    abandoned = Signal(str, bool)

    def __init__(self, conn: Connection, xml: str, autostart: bool = False,
                 parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        self.draft = DraftDomain(xml, autostart)  # read by _make_watcher during __init__
        self.installing = False
        self.installed = False
        self.progress: QWidget | None = None  # the install job's, while it runs (set by the main window)
        super().__init__(conn, "", parent, settings)
        self.draft.setParent(self)
        self.setObjectName("draftDetailsWindow")
        self.bar = DraftBar(self)
        self.result = MessageLine(self, description=self.tr("Installation result"))
        holder = self.header.parentWidget()  # the right-hand column: the bar goes above the header
        column = holder.layout() if holder is not None else None
        if isinstance(column, QVBoxLayout):
            column.insertWidget(0, self.bar)
            column.insertWidget(1, self.result)
        for action in (self.add_hw_action, self.xml_action):
            action.setVisible(False)
        self.bar.begin.clicked.connect(self.begin_installation)
        conn.stateChanged.connect(self._update_begin)  # a method: gone with the window
        self._update_begin()

    # -- the draft instead of libvirt ---------------------------------------------------------

    def _add_main_pages(self) -> None:
        self.add_page("overview", OverviewPage(self), "computer")
        self.add_page("cpumem", CpuMemoryPage(self), "cpu")
        self.add_page("boot", BootPage(self), "system-run")

    def _make_watcher(self) -> DraftDomain:
        return self.draft

    def _refresh_record(self) -> None:
        """No record to refresh: the VM is not on the host."""

    def _poll_addresses(self) -> None:
        self.addresses.stop()  # no guest, no addresses

    def run_change(self, page: Page | None, change: Change) -> None:
        try:
            result = self.draft.apply(change)
        except DraftUnsupportedError:
            self._apply_failed(page, change, ValueError(
                self.tr("this can be changed once the virtual machine exists")))
        except (KeyError, ValueError, XMLParseError) as exc:
            self._apply_failed(page, change, exc)
        else:
            self._applied(page, result)

    def _set_name(self, name: str) -> None:
        self.vm_name = name
        self.setWindowTitle(window_title(fill(self.tr("%1 — Customise New Virtual Machine"), name)))
        self.setAccessibleName(fill(self.tr("Customise new virtual machine %1"), name))

    def _show_header(self) -> None:
        self.header.setText(fill(self.tr("%1 — not created yet"), bold(self.vm_name)))

    def _update_actions(self) -> None:
        super()._update_actions()
        self.add_hw_action.setEnabled(False)
        self.xml_action.setEnabled(False)

    # -- installing ---------------------------------------------------------------------------------

    def begin_installation(self) -> None:
        dirty = self.dirty_pages()
        if dirty:
            self.result.error(fill(self.tr("Apply or revert your edits first: %1."),
                                   comma_list(p.title for p in dirty)))
            return
        self.set_installing(True)
        self.installRequested.emit(self.draft.xml, self.draft.autostart)

    def set_installing(self, on: bool) -> None:
        self.installing = on
        if not on:
            self.progress = None
        self._update_begin()
        self.body.setEnabled(not on)
        if on:
            self.result.clear()

    def _update_begin(self, *_state: object) -> None:
        """Begin only while connected: the installation could only fail otherwise."""
        offline = self.conn.state is not ConnState.CONNECTED
        why = say(NotConnectedError(self.conn.display_name).words) if offline else ""
        self.bar.begin.setEnabled(not self.installing and not offline)
        self.bar.begin.setToolTip(why)
        self.bar.begin.setAccessibleDescription(why)
        self.bar.waiting.pending(why)

    def install_failed(self, text: str) -> None:
        """The job failed or was cancelled: nothing exists, the customised settings stay."""
        self.set_installing(False)
        self.result.error(text)

    def finish_installed(self) -> None:
        """The VM exists now: close without asking."""
        self.installed = True
        self.installing = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.installing and not self.installed:
            event.ignore()  # the job is running; it reports here
            bring_to_front(self.progress)  # which says what runs, and has Cancel
            return
        super().closeEvent(event)
        if event.isAccepted() and not self.installed:
            self.abandoned.emit(self.draft.xml, self.draft.autostart)
