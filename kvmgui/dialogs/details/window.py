"""The details window of one VM: pages on the left, the chosen page on the right.

It keeps the pages and the VM's XML in step; running a change and the pending bar's
restart are in ``changes.py``, adding and removing hardware in ``hardware.py``, its
closing (the discard question, waiting for a define) and the one window per VM in
``closing.py``, its actions and menus in ``actions.py``, the power actions in
``power.py``, what becomes of a change once it is closed in ``outcome.py``, its IP
addresses in ``addressing.py``."""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.addhw import AddHardwareDialog
from kvmgui.dialogs.details import restart
from kvmgui.dialogs.details.actions import DetailsActions
from kvmgui.dialogs.details.addressing import DetailsAddresses
from kvmgui.dialogs.details.boot import BootPage
from kvmgui.dialogs.details.changes import DetailsChanges
from kvmgui.dialogs.details.closing import DetailsClosing
from kvmgui.dialogs.details.console import ConsolePage
from kvmgui.dialogs.details.cpumem import CpuMemoryPage
from kvmgui.dialogs.details.devicepage import DevicePage, GenericDevicePage
from kvmgui.dialogs.details.diskpage import DiskPage
from kvmgui.dialogs.details.hardware import DetailsHardware
from kvmgui.dialogs.details.nicpage import NicPage
from kvmgui.dialogs.details.overview import OverviewPage, state_words
from kvmgui.dialogs.details.page import Page
from kvmgui.dialogs.details.pendingbar import PendingBar
from kvmgui.dialogs.details.performance import PerformancePage
from kvmgui.dialogs.details.power import PowerControl
from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.records import DomainState
from kvmgui.models.domaindraft import DraftDomain
from kvmgui.models.domainwatcher import DomainView, DomainWatcher
from kvmgui.models.words import conn_state, say
from kvmgui.utils import icons
from kvmgui.utils.text import bold, literal_tooltip
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import a11y, itemviews
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.question import own_window, question_box
from kvmgui.widgets.styles import Tone
from kvmgui.xml.devices import Device, Disk, Interface

PAGE_ROLE = Qt.ItemDataRole.UserRole


class DetailsWindow(DetailsChanges, DetailsHardware, DetailsClosing, DetailsAddresses,
                    QMainWindow):
    """Settings of one VM; edits are saved to its definition and applied live where possible.

    Signals:
        changeApplied(ApplyResult): a change was saved (see its ``live`` outcome).
        restartFinished(bool, str): a restart from the pending bar ended (ok, message).
    """

    changeApplied = Signal(object)
    restartFinished = Signal(bool, str)

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.settings = settings
        self.view: DomainView | None = None
        self.restart_job: RestartJob | None = None
        self.pages: dict[str, Page] = {}
        self.add_hw_dialog: AddHardwareDialog | None = None
        self.xml_editor: XmlEditorDialog | None = None
        self.question: QMessageBox | None = None  # an open question (remove, force off)
        self._init_closing()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("detailsWindow")
        self.resize(1100, 700)
        rec = conn.domains.get(uuid)
        self._set_name(rec.name if rec is not None else uuid)
        self._init_addresses()
        self.console_page: ConsolePage | None = None
        self._build()
        self.watcher = self._make_watcher()
        self.watcher.loaded.connect(self._show_view)
        self.watcher.failed.connect(lambda m: self.show_message(
            fill(self.tr("Could not read the VM: %1"), m), error=True))
        self.watcher.gone.connect(self._gone)
        self.watcher.back.connect(self._back)
        conn.stateChanged.connect(self._conn_state)  # a method: gone with the window
        self.watcher.reload()
        job = restart.running(conn, uuid)
        if job is not None:  # started in a window closed since
            self._follow(job)
        own_window(self)  # its questions hold it alone, not the main window and the others

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setMinimumWidth(210)
        itemviews.follow_selection(self.page_list)  # a page selected by a screen reader is shown
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Settings page"))
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)  # the name in bold, escaped
        self.header.setAccessibleDescription(self.tr("Virtual machine and state"))
        self.message = MessageLine(self, description=self.tr("Last result"))
        self.pending_bar = PendingBar(self)
        self.pending_bar.restartRequested.connect(self.restart)
        restart.news().busy.connect(self._underway_changed)  # a method: gone with the window
        self._underway_changed(self.conn, self.uuid)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.pending_bar)
        column.addWidget(self.message)
        column.addWidget(self.stack, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.page_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 750])
        self.body = splitter
        self.setCentralWidget(splitter)

        self._add_main_pages()

        self.commands = DetailsActions(self)  # menus and toolbars: power, hardware, XML, pages
        self.add_hw_action = self.commands.add_hw
        self.add_hw_action.triggered.connect(self.add_hardware)
        self.remove_action = self.commands.remove
        self.remove_action.triggered.connect(self.remove_device)
        self.xml_action = self.commands.xml
        self.xml_action.triggered.connect(self.edit_xml)
        self.commands.previous_page.triggered.connect(lambda: self.step_page(-1))
        self.commands.next_page.triggered.connect(lambda: self.step_page(1))
        self.commands.close.triggered.connect(self.close)
        self.commands.install(self)
        self.power = PowerControl(self, self.conn, self.uuid, self.commands.power, self.settings)
        self.power.failed.connect(self._power_failed)
        self.page_list.currentItemChanged.connect(self._page_chosen)
        self.page_list.setCurrentRow(0)

    def _add_main_pages(self) -> None:
        self.console_page = ConsolePage(self.conn, self.uuid, self, self.add_hardware)
        self.add_page("console", self.console_page, "utilities-terminal")
        self.add_page("overview", OverviewPage(self), "computer")
        self.add_page("performance", PerformancePage(self.conn, self.uuid, self),
                      "utilities-system-monitor")
        self.add_page("cpumem", CpuMemoryPage(self), "cpu")
        self.add_page("boot", BootPage(self), "system-run")

    def _make_watcher(self) -> DomainWatcher | DraftDomain:
        """Where the pages' views come from: libvirt (a draft window: memory)."""
        return DomainWatcher(self.conn, self.uuid, self)

    def add_page(self, page_id: str, page: Page, icon: str) -> None:
        """A page listed by its title."""
        item = QListWidgetItem(icons.icon(icon), page.title)
        item.setData(PAGE_ROLE, page_id)
        self.page_list.addItem(item)
        self._register(page_id, page)

    def _register(self, page_id: str, page: Page) -> None:
        a11y.name_internals(page)  # combo boxes' text fields and lists (pages come late)
        self.pages[page_id] = page
        self.stack.addWidget(page)
        page.changeRequested.connect(lambda change, p=page: self.run_change(p, change))

    def _page_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            page = self.pages.get(item.data(PAGE_ROLE))
            if page is not None:
                self.stack.setCurrentWidget(page)
        self._update_actions()
        self._poll_addresses()

    def current_page(self) -> Page | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def select_page(self, page_id: str) -> None:
        """Show a page; the list selects it too (current and selected stay one row)."""
        for row in range(self.page_list.count()):
            if self.page_list.item(row).data(PAGE_ROLE) == page_id:
                self.page_list.setCurrentRow(row)
                return
        raise KeyError(page_id)

    def step_page(self, step: int) -> None:
        row = self.page_list.currentRow() + step
        if 0 <= row < self.page_list.count():
            self.page_list.setCurrentRow(row)

    def _set_name(self, name: str) -> None:
        self.vm_name = name
        self.setWindowTitle(window_title(fill(self.tr("%1 — Virtual Machine Details"), name)))
        self.setAccessibleName(fill(self.tr("Details of virtual machine %1"), name))

    # -- following the VM ----------------------------------------------------------------------

    def _show_view(self, view: DomainView) -> None:
        self.view = view
        self._set_name(view.doc.name or self.vm_name)
        self._show_header()
        self._sync_device_pages(view)
        for page in self.pages.values():
            page.show_view(view)
        if self.add_hw_dialog is not None and shiboken6.isValid(self.add_hw_dialog):
            self.add_hw_dialog.follow(view.doc, view.live)
        self.pending_bar.show_pending(view.pending)
        crashed = view.record is not None and view.record.state == DomainState.CRASHED
        self.pending_bar.set_can_shut_down(not crashed)
        self._follow_addresses(view)
        self._update_actions()

    def _sync_device_pages(self, view: DomainView) -> None:
        devices = view.doc.devices()
        current = self.page_list.currentItem()
        current_id = current.data(PAGE_ROLE) if current is not None else "overview"
        wanted = {f"device:{d.key}": d for d in devices}
        before = [self.page_list.item(r).data(PAGE_ROLE) for r in range(self.page_list.count())]
        for page_id in [p for p in self.pages if p.startswith("device:") and p not in wanted]:
            page = self.pages.pop(page_id)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.page_list.blockSignals(True)
        fixed = sum(1 for p in self.pages if not p.startswith("device:"))
        while self.page_list.count() > fixed:
            self.page_list.takeItem(fixed)
        for page_id, device in wanted.items():
            if page_id not in self.pages:
                self._register(page_id, self._device_page(device))
            item = QListWidgetItem(icons.device_icon(device.kind.value, device.node.get("type") or ""),
                                   say(device.title))
            item.setData(PAGE_ROLE, page_id)
            item.setToolTip(literal_tooltip(say(device.summary)))
            self.page_list.addItem(item)
        self.page_list.blockSignals(False)
        if current_id not in self.pages:
            current_id = _renamed(current_id, before, list(wanted)) or "overview"
        self.select_page(current_id)
        self._page_chosen(self.page_list.currentItem())

    def _device_page(self, device: Device) -> DevicePage:
        if isinstance(device, Interface):
            page = NicPage(self.conn, device, self.settings, self)
            page.noAddress.connect(self._no_address)
            page.addressesWanted.connect(self._addresses_wanted)
            return page
        if isinstance(device, Disk):
            return DiskPage(self.conn, device, self)
        return GenericDevicePage(device, self)

    def _show_header(self) -> None:
        """The VM's name and state; a state read before the host was lost says so."""
        host = html.escape(self.conn.display_name, quote=False)
        if self.gone:
            self.header.setText(fill(self.tr("%1 — no longer exists on %2"), bold(self.vm_name), host))
            return
        if self.view is None:
            return
        state = html.escape(state_words(self.view), quote=False)
        connected = self.conn.state == ConnState.CONNECTED
        overview = self.pages["overview"]
        if isinstance(overview, OverviewPage):  # its State row says the same
            overview.show_connection(None if connected else (self.conn.display_name,
                                                             conn_state(self.conn.state)))
        if connected:
            self.header.setText(fill(self.tr("%1 — %2"), bold(self.vm_name), state))
        else:
            self.header.setText(fill(self.tr("%1 — %2 when last seen; %3: %4"), bold(self.vm_name),
                                     state, host, html.escape(conn_state(self.conn.state))))

    def _conn_state(self, _state: ConnState, _reason: object) -> None:
        self._show_header()  # connected again, the watcher reads the VM afresh

    def _gone(self) -> None:
        self._show_header()
        self.body.setEnabled(False)
        self.pending_bar.show_pending([])  # nothing is pending for a VM that is gone
        self.addresses.stop()
        self._update_actions()
        self.power.update()

    def _back(self) -> None:
        """Defined again with the same uuid (virsh undefine, then define): editable again."""
        self.body.setEnabled(True)
        self._update_actions()
        self.power.update()
        self._poll_addresses()

    @property
    def gone(self) -> bool:
        """Undefined on the host (until defined again): nothing here can change it."""
        return not self.watcher.present

    def _update_actions(self) -> None:
        page = self.stack.currentWidget()
        loaded = self.view is not None and not self.gone
        self.add_hw_action.setEnabled(loaded)
        self.xml_action.setEnabled(loaded)
        self.remove_action.setEnabled(loaded and isinstance(page, DevicePage))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll_addresses()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.addresses.stop()

    # -- messages, questions, XML ----------------------------------------------------------------

    def _power_failed(self, text: str) -> None:
        self.show_message(text, error=True)

    def show_message(self, text: str, *, warn: bool = False, error: bool = False) -> None:
        self.message.say(text, Tone.ERROR if error else Tone.PENDING if warn else Tone.NORMAL)

    def ask(self, title: str, text: str, on_yes: Callable[[], None]) -> None:
        """A yes/no question that does not block (No is the default); ``on_yes()`` after Yes."""
        box = question_box(self, title, text, on_yes)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "question", None))
        self.question = box
        box.open()

    def edit_xml(self) -> XmlEditorDialog:
        # One at a time: a second editor would hold other edits of the same definition.
        editor = self.xml_editor
        if editor is not None and shiboken6.isValid(editor) and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
        dialog = XmlEditorDialog(self.conn, "domain", self.uuid, self)
        dialog.defineEnded.connect(self._define_ended)
        self.xml_editor = dialog
        dialog.show()
        return dialog


def _renamed(page_id: str, before: list[str], after: list[str]) -> str | None:
    """The page of a device whose key changed (a disk on another bus, a NIC's new MAC): the
    one new page of a device of the same kind (libvirt may add a controller beside it)."""
    kind = page_id.split(":")[:2]
    new = [p for p in after if p not in before and p.split(":")[:2] == kind]
    return new[0] if len(new) == 1 and page_id.startswith("device:") else None
