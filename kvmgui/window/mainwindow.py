"""The main window: connections on the left, the VMs of all of them on the right,
the event timeline below; menus, toolbar and shortcuts for the VM actions.

Longer than most files: it is where the menus, the toolbar and both lists meet their
actions; the parts themselves live beside it (connpanel, vmlist, timelinedock) and below
(widgets/vmactions, widgets/itemviews)."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.connect import ConnectDialog
from kvmgui.dialogs.delete import DeleteDialog
from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.dialogs.preferences import Preferences, PreferencesDialog
from kvmgui.libvirt import actions, pending, stats
from kvmgui.libvirt.connection import Connection, ConnState, StateReason
from kvmgui.libvirt.connstate import Reason
from kvmgui.libvirt.fixedaddr import FixedAddress
from kvmgui.libvirt.records import DomainRecord
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models import words
from kvmgui.models.roles import Role
from kvmgui.models.words import failure_words, say
from kvmgui.utils import icons
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews, toolbars
from kvmgui.widgets.notifications import NotificationArea, late_news
from kvmgui.widgets.vmactions import VmAction, VmActionSet, confirm_box
from kvmgui.window.commandmenu import CommandMenu
from kvmgui.window.connpanel import ConnectionPanel
from kvmgui.window.docktoggle import DockToggle
from kvmgui.window.fixedclean import remove_after_delete
from kvmgui.window.netmapdock import NetworkMapDock
from kvmgui.window.timelinedock import TimelineDock
from kvmgui.window.vmlist import VmList

if TYPE_CHECKING:
    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.dialogs.shortcuts import Section
    from kvmgui.libvirt import pinfollow
    from kvmgui.libvirt.newvm import FinishResult
    from kvmgui.wizards.newvm.wizard import NewVmWizard

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals:
    detailsRequested(Connection, str): open the details of a VM (uuid).
    ended(): the window's close was accepted, every window it parents having agreed; the
        application ends (app.py).
    """

    detailsRequested = Signal(object, str)
    ended = Signal()

    def __init__(self, registry: ConnectionRegistry, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.settings = settings if settings is not None else QSettings()
        self.prefs = Preferences.load(self.settings)
        self.ask_before_quitting = True  # off for SIGTERM/SIGINT: see end_without_questions
        stats.set_default_interval(self.prefs.stats_interval_ms)  # before the model makes samplers
        self.setWindowTitle(self.tr("kvmgui — Virtual Machine Manager"))
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("kvmgui main window"))
        self.resize(1180, 720)
        self.host_windows: dict[int, HostDetailsDialog] = {}
        self.new_vm_wizard: NewVmWizard | None = None
        self.draft_window: DraftDetailsWindow | None = None
        self._wanted_vm: tuple[Connection, str] | None = None  # select when its row arrives
        # The error of each host's last failed retry that was notified.
        self._retry_told: weakref.WeakKeyDictionary[Connection, str] = weakref.WeakKeyDictionary()
        self.open_dialogs: list[QWidget] = []  # non-modal dialogs in flight (tests look at them)

        self.vm_list = VmList(registry, self)
        self.domain_model = self.vm_list.model
        self.proxy = self.vm_list.proxy
        self.vm_view = self.vm_list.table
        self.filter_edit = self.vm_list.filters.text
        self.vm_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.vm_view.customContextMenuRequested.connect(self._context_menu)
        # Enter, Return and the platform's activation (a double-click) open the VMs.
        self.open_on_enter = itemviews.on_activate(
            self.vm_view, self._open_rows, self.tr("Open the selected virtual machines"))

        self.conn_panel = ConnectionPanel(registry, self)
        self.conn_view = self.conn_panel.view
        self.conn_model = self.conn_panel.model
        self.host_on_enter = itemviews.on_activate(
            self.conn_view, self._open_host_rows, self.tr("Open the host details of the selected connection"))

        self.notifications = NotificationArea(self)
        from kvmgui.dialogs.details.restart import news  # noqa: PLC0415 - with the details window

        news().failed.connect(self.notifications.error)  # restarts whose window was closed
        late_news().error.connect(self.notifications.error)  # e.g. a map export's, likewise
        registry.askpass.not_remembered.connect(self._not_remembered)
        news().busy.connect(self._update_actions)  # its VM's actions wait for a restart
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.vm_list, 1)
        layout.addWidget(self.notifications)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.conn_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 990])
        self.setCentralWidget(self.splitter)

        self.timeline = TimelineDock(registry, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline)
        self.resizeDocks([self.timeline], [170], Qt.Orientation.Vertical)
        self.netmap = NetworkMapDock(registry, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.netmap)
        self.tabifyDockWidget(self.timeline, self.netmap)
        self.timeline.raise_()
        self.netmap.map.vmActivated.connect(self.detailsRequested)
        self.netmap.map.networkActivated.connect(self.show_network)

        self.conn_status = QLabel(self)
        self.conn_status.setTextFormat(Qt.TextFormat.PlainText)  # host names are not markup
        self.conn_status.setAccessibleDescription(self.tr("Connection states"))  # name: its text
        self.vm_count = QLabel(self)
        self.vm_count.setAccessibleDescription(self.tr("Virtual machine count"))
        self.statusBar().addWidget(self.conn_status, 1)
        self.statusBar().addPermanentWidget(self.vm_count)
        self.status = self.conn_status  # older name
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._update_count)
        self._actions_timer = QTimer(self, singleShot=True, interval=0)
        self._actions_timer.timeout.connect(self._update_actions)

        self._build_actions()
        for dock in (self.timeline, self.netmap):  # floating, it is a window of its own
            self.vm_action_set.guard(dock)
        self.conn_panel.menu_actions = [self.connect_action, self.disconnect_action,
                                        self.host_details_action, None, self.autoconnect_action,
                                        self.remove_conn_action]
        self.vm_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.vm_view.selectionModel().currentChanged.connect(self._update_actions)
        self.conn_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.conn_view.selectionModel().currentChanged.connect(self._update_actions)
        self.domain_model.dataChanged.connect(self._rows_changed)
        self.domain_model.rowsRemoved.connect(self._model_changed)
        self.domain_model.rowsInserted.connect(self._model_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._schedule_count)  # the "shown" count follows the filters
        self.proxy.rowsInserted.connect(self._rows_arrived)
        registry.added.connect(self._watch_connection)
        registry.removed.connect(self._update_status)
        registry.removed.connect(self._forget_host_window)
        for conn in registry:
            self._watch_connection(conn)
        self._restore()
        self.apply_preferences(self.prefs)
        self._update_actions()
        self._update_status()
        self._update_count()
        self.vm_view.setFocus(Qt.FocusReason.OtherFocusReason)  # the list users act on

    # -- actions --------------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str = "",
                icon: str = "") -> QAction:
        qa = QAction(icons.icon(icon) if icon else icons.action_icon(name), text, self)
        qa.setObjectName(name)
        if shortcut:
            qa.setShortcut(QKeySequence(shortcut))
        qa.triggered.connect(slot)
        return qa

    def _build_actions(self) -> None:
        self.vm_action_set = VmActionSet(self)
        self.vm_action_set.triggered.connect(self.run_vm_action)
        self.vm_actions = self.vm_action_set.actions
        self.open_action = self._action(self.tr("&Open"), "action_open", self.open_selected,
                                        "Ctrl+O", "document-open")
        self.delete_action = self._action(self.tr("&Delete…"), "action_delete", self.delete_selected,
                                          "Del", "edit-delete")
        self.new_vm_action = self._action(self.tr("&New Virtual Machine…"), "action_new_vm",
                                          self.new_vm, "Ctrl+N", "document-new")
        self.new_vm_action.setToolTip(self.tr("New virtual machine (Ctrl+N)"))
        self.new_conn_action = self._action(self.tr("&Add Connection…"), "action_new_connection",
                                            self.add_connection, "Ctrl+Shift+N", "list-add")
        self.connect_action = self._action(self.tr("&Connect"), "action_connect", self._connect_selected)
        self.disconnect_action = self._action(self.tr("&Disconnect"), "action_disconnect",
                                              self._disconnect_selected)
        self.host_details_action = self._action(self.tr("&Host Details"), "action_host_details",
                                                self._host_details, "Ctrl+H")
        self.autoconnect_action = self._action(self.tr("Connect &Automatically"), "action_autoconnect",
                                               self._toggle_autoconnect)
        self.autoconnect_action.setCheckable(True)
        self.remove_conn_action = self._action(self.tr("&Remove Connection"), "action_remove_connection",
                                               self._remove_connection)
        # Keys as fixed strings, not platform key bindings: the same on every desktop, and
        # as the README's keyboard map (tools/keymap.py) says.
        self.prefs_action = self._action(self.tr("&Preferences…"), "action_preferences",
                                         self.edit_preferences)
        self.find_action = self._action(self.tr("&Find"), "action_find", self.focus_filter,
                                        "Ctrl+F")
        quit_action = self._action(self.tr("&Quit"), "action_quit", self.close, "Ctrl+Q")

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (self.new_vm_action, self.new_conn_action, self.prefs_action, None, quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        conn_menu = self.menuBar().addMenu(self.tr("&Connection"))
        for item in (self.connect_action, self.disconnect_action, self.host_details_action, None,
                   self.autoconnect_action, self.remove_conn_action):
            conn_menu.addSeparator() if item is None else conn_menu.addAction(item)
        self.vm_menu = self.menuBar().addMenu(self.tr("&Virtual Machine"))
        self.vm_menu.addAction(self.open_action)
        self.vm_menu.addSeparator()
        for qa in self.vm_actions.values():
            self.vm_menu.addAction(qa)
        self.vm_menu.addSeparator()
        self.vm_menu.addAction(self.delete_action)
        self.command_menu = CommandMenu(self.selected_vms, self)
        self.vm_menu.addMenu(self.command_menu)
        view_menu = self.menuBar().addMenu(self.tr("Vie&w"))
        view_menu.addAction(self.find_action)
        # The docks are tabbed together: the key brings its dock in front (Qt's toggle
        # would hide the one behind); Qt's toggles stay in the docks' context menu.
        for dock, text, keys in ((self.timeline, self.tr("Event &Timeline"), "Ctrl+E"),
                                 (self.netmap, self.tr("Network &Map"), "Ctrl+M")):
            dock.toggleViewAction().setText(text)
            view_menu.addAction(DockToggle(dock, text, keys, self))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), "action_shortcuts",
                                             self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About kvmgui"), "action_about", self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        # The title is what screen readers call the toolbar (and what its menu shows).
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbars.add_action(toolbar, self.new_vm_action, self.tr("New virtual machine"))
        toolbars.add_action(toolbar, self.new_conn_action)
        toolbar.addSeparator()
        toolbars.add_action(toolbar, self.open_action)
        for qa in self.vm_action_set.toolbar_actions():
            toolbars.add_action(toolbar, qa)
        toolbars.add_action(toolbar, self.delete_action)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection --------------------------------------------------------------------------------

    def selected_vms(self) -> list[tuple[Connection, DomainRecord]]:
        """The selected VMs (or the current one when none is selected) with their current
        records (not the ones seen when selected)."""
        out = []
        for index in itemviews.chosen_rows(self.vm_view):
            conn, rec = index.data(Role.CONNECTION), index.data(Role.OBJECT)
            if conn is not None and rec is not None:
                out.append((conn, rec))
        return out

    def selected_connection(self) -> Connection | None:
        conn = self.conn_panel.current()
        if conn is not None:
            return conn
        vms = self.selected_vms()
        return vms[0][0] if vms else None

    # -- VM actions -------------------------------------------------------------------------------

    def run_vm_action(self, spec: VmAction) -> None:
        targets = [(c, r) for c, r in self.selected_vms()
                   if spec.applies_to(r) and c.state == ConnState.CONNECTED
                   and not _restarting(c, r.uuid) and not _deleting(c, r.uuid)
                   and not (_saving(c, r.uuid) and not spec.during_save)]
        if not targets:
            return
        if spec.confirm and spec.key in self.prefs.confirm:
            self._show_dialog(confirm_box(self, spec, [r.name for _c, r in targets],
                                          lambda: self._run_targets(spec, _still(spec, targets))))
            return
        self._run_targets(spec, targets)

    def _run_targets(self, spec: VmAction, targets: list[tuple[Connection, DomainRecord]]) -> None:
        for conn, rec in targets:
            if _restarting(conn, rec.uuid) or _deleting(conn, rec.uuid) \
                    or (_saving(conn, rec.uuid) and not spec.during_save):  # begun while asked
                continue
            done: Callable[[object], None] = partial(_refresh_domain, conn, rec.uuid)
            failed: Callable[[BaseException], None] = partial(self._action_failed, spec, conn, rec)
            if spec.key == "save":  # a restart begun meanwhile would cross it
                done, failed = _underway(conn, rec.uuid, False, done, failed)
            conn.run(spec.run, rec.uuid, done=done, failed=failed, context=self)

    def _action_failed(self, spec: VmAction, conn: Connection, rec: DomainRecord,
                       exc: BaseException) -> None:
        self.notifications.error(spec.failed(rec.name, conn.display_name, failure_words(exc)))
        conn.refresh("domain", rec.uuid)  # the row shows the true state

    def delete_selected(self) -> None:
        by_conn: dict[int, tuple[Connection, list[DomainRecord]]] = {}
        for conn, rec in self.selected_vms():
            if conn.state == ConnState.CONNECTED and not _restarting(conn, rec.uuid) \
                    and not _deleting(conn, rec.uuid) and not _saving(conn, rec.uuid):
                # A deleted VM's row stays until the undefine; a save would fail forced off.
                by_conn.setdefault(id(conn), (conn, []))[1].append(rec)
        for conn, records in by_conn.values():
            dialog = DeleteDialog(conn, records, self)
            dialog.accepted.connect(lambda d=dialog: self._delete(d))
            self._show_dialog(dialog)

    def _delete(self, dialog: DeleteDialog) -> None:
        conn = dialog.conn
        names = {r.uuid: r.name for r in dialog.records}
        batch = list(names)  # a volume only they share goes, whichever of them is gone first
        for uuid, paths in dialog.plan().items():
            if _restarting(conn, uuid):  # begun while the question was open: it would start it
                self.notifications.error(fill(self.tr(
                    "'%1' on %2 was not deleted: it is being restarted. Delete it once its "
                    "restart has ended."), names[uuid], conn.display_name))
                continue
            if _saving(conn, uuid):  # begun while asked: forced off, the save would fail
                self.notifications.error(fill(self.tr(
                    "'%1' on %2 was not deleted: it is being saved. Delete it once it is "
                    "saved."), names[uuid], conn.display_name))
                continue
            # Its fixed addresses go once it is gone (left, a VM given its MAC later would
            # inherit them).
            pins = [a for a in dialog.fixed_plan() if a.vm_uuid == uuid]
            done, failed = _underway(conn, uuid, True,
                                     partial(self._deleted, conn, names[uuid], uuid, pins),
                                     partial(self._delete_failed, conn, names[uuid], uuid, pins))
            conn.run(actions.delete, uuid, paths, batch, done=done, failed=failed, context=self)
        self._update_actions()  # nothing more for the VMs being deleted

    def _deleted(self, conn: Connection, name: str, uuid: str, pins: list[FixedAddress],
                 _result: object) -> None:
        conn.refresh("domain", uuid)
        remove_after_delete(conn, name, uuid, pins, self.notifications, self)

    def _delete_failed(self, conn: Connection, name: str, uuid: str, pins: list[FixedAddress],
                       exc: BaseException) -> None:
        if isinstance(exc, actions.VolumeDeleteError):  # the VM is gone: say what is left
            text = self.tr("'%1' on %2 was deleted, but not all of its storage: %3")
            self.notifications.error(fill(text, name, conn.display_name, say(exc.failures)))
            remove_after_delete(conn, name, uuid, pins, self.notifications, self)
        else:
            self.notifications.error(fill(self.tr("Could not delete '%1' on %2: %3"), name,
                                          conn.display_name, failure_words(exc)))
        conn.refresh("domain", uuid)
        self._update_actions()  # its Delete has ended: a VM still there is offered again

    def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None:
        """Open ``dialog`` (window-modal, or beside the window); deleted once closed."""
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))  # type: ignore[attr-defined]
        if modal:
            dialog.open()  # type: ignore[attr-defined]
        else:
            dialog.show()
            dialog.activateWindow()

    def _dialog_closed(self, dialog: QWidget) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        dialog.deleteLater()

    def _rows_changed(self, _first: QModelIndex, _last: QModelIndex, roles: list[int]) -> None:
        if not roles:  # a record changed; stats updates name their roles and change no state
            self._model_changed()

    def _model_changed(self, *_args: object) -> None:
        if not self._actions_timer.isActive():
            self._actions_timer.start()  # once per burst of row changes, not per row
        self._schedule_count()

    def _schedule_count(self, *_args: object) -> None:
        if not self._count_timer.isActive():
            self._count_timer.start()  # at most 5 recounts a second, however many events

    def _update_actions(self, *_args: object) -> None:
        vms = self.selected_vms()
        free: list[DomainRecord] = []
        held: list[DomainRecord] = []
        saving: list[str] = []
        for c, r in vms:
            if c.state == ConnState.CONNECTED and not _deleting(c, r.uuid):
                (held if _restarting(c, r.uuid) else free).append(r)
                if _saving(c, r.uuid):
                    saving.append(r.uuid)
        self.vm_action_set.update(free, restarting=held, saving=saving)
        self.open_action.setEnabled(bool(vms))
        self.command_menu.update_items()
        # Not a VM being restarted: its restart would start it again (or fail, not found);
        # nor one being saved: forced off, its save fails.
        deletable = [r for r in free if r.uuid not in saving]
        self.delete_action.setEnabled(bool(deletable))
        self.delete_action.setToolTip(
            "" if deletable else self.tr("Delete: not while the VM is being restarted") if held
            else self.tr("Delete: not while the VM is being saved") if saving
            else "")  # "": from its text
        self.new_vm_action.setEnabled(any(c.state == ConnState.CONNECTED for c in self.registry))
        conn = self.selected_connection()
        self.connect_action.setEnabled(conn is not None and conn.state in
                                       (ConnState.DISCONNECTED, ConnState.FAILED))
        # Also a lost host waiting to be tried again: else it is retried for ever.
        self.disconnect_action.setEnabled(conn is not None and (
            conn.state in (ConnState.CONNECTED, ConnState.CONNECTING) or conn.reason.retry_s > 0))
        self.host_details_action.setEnabled(conn is not None)
        self.remove_conn_action.setEnabled(conn is not None)
        self.autoconnect_action.setEnabled(conn is not None)
        self.autoconnect_action.setChecked(bool(conn and conn.autoconnect))

    def _context_menu(self, pos: QPoint) -> None:
        idx = self.vm_view.indexAt(pos)
        if not idx.isValid():
            return
        if not self.vm_view.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            self.vm_view.selectionModel().select(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: not kept
        menu.setAccessibleName(self.tr("Virtual machine actions"))
        menu.addAction(self.open_action)
        menu.addSeparator()
        for qa in self.vm_actions.values():
            if qa.isEnabled():
                menu.addAction(qa)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        # Its own submenu, deleted with it: the menu bar's stays the menu bar's.
        menu.addMenu(CommandMenu(self.selected_vms, menu, owner=self))
        menu.popup(self.vm_view.viewport().mapToGlobal(pos))

    def open_selected(self) -> None:
        """Open the details of the selected VMs (or of the current one)."""
        self._open_rows(itemviews.chosen_rows(self.vm_view))

    def _open_rows(self, rows: list[QModelIndex]) -> None:
        for index in rows:
            conn, rec = index.data(Role.CONNECTION), index.data(Role.OBJECT)
            if conn is not None and rec is not None:
                self.detailsRequested.emit(conn, rec.uuid)

    # -- new virtual machine --------------------------------------------------------------------------

    def new_vm(self) -> NewVmWizard | None:
        """Open the new-VM wizard on the selected host (or the first connected one)."""
        if self.new_vm_wizard is not None and shiboken6.isValid(self.new_vm_wizard):
            if not self.new_vm_wizard.customising:
                self.new_vm_wizard.show()
                self.new_vm_wizard.raise_()
                self.new_vm_wizard.activateWindow()
            elif self.draft_window is not None and shiboken6.isValid(self.draft_window):
                self.draft_window.raise_()
            return self.new_vm_wizard
        connected = [c for c in self.registry if c.state == ConnState.CONNECTED]
        if not connected:
            self.notifications.error(self.tr("Connect to a host first: the new virtual machine "
                                             "is created on one."))
            return None
        chosen = self.selected_connection()
        # Loaded when first used: its modules are not needed to show the main window.
        from kvmgui.wizards.newvm.wizard import NewVmWizard  # noqa: PLC0415

        wizard = NewVmWizard(connected, chosen if chosen in connected else connected[0], self)
        wizard.created.connect(self._vm_created)
        wizard.customiseRequested.connect(partial(self._customise_new_vm, wizard))
        wizard.finished.connect(partial(self._wizard_closed, wizard))
        wizard.follow_hosts(self.registry)
        self.new_vm_wizard = wizard
        wizard.show()
        return wizard

    def new_vm_may_quit(self) -> bool:
        """Whether quitting may go on as far as a new VM goes (for closeEvent): true without
        a New VM wizard. One open or customising asks whether to discard it, and one whose
        job runs whether to stop it (its undo runs before the application ends); neither
        question blocks, and the answer that lets the wizard go closes this window again."""
        wizard = self.new_vm_wizard
        return wizard is None or not shiboken6.isValid(wizard) or wizard.may_quit(self, self._quit_again)

    def new_vm_keeps_host(self, conn: Connection) -> bool:
        """True while the New VM job runs on ``conn``, said in the notifications: the host
        is not removed under it (for _remove_connection)."""
        wizard = self.new_vm_wizard
        job = wizard.job if wizard is not None and shiboken6.isValid(wizard) else None
        if job is None or not job.running or job.conn is not conn:
            return False
        self.notifications.error(fill(self.tr("%1 was not removed: the virtual machine %2 is being "
                                              "created on it. Remove it once that is done."),
                                      conn.display_name, job.vm_name))
        return True

    def _wizard_closed(self, wizard: NewVmWizard, _result: int) -> None:
        if self.new_vm_wizard is wizard:
            self.new_vm_wizard = None
        wizard.deleteLater()

    def _vm_created(self, conn: Connection, result: FinishResult) -> None:
        if self.draft_window is not None and shiboken6.isValid(self.draft_window):
            self.draft_window.finish_installed()
        self.draft_window = None
        self.select_vm_when_seen(conn, result.uuid)
        self.detailsRequested.emit(conn, result.uuid)

    def _customise_new_vm(self, wizard: NewVmWizard, conn: Connection, xml: str, autostart: bool) -> None:
        from kvmgui.dialogs.details.draft import DraftDetailsWindow  # noqa: PLC0415

        window = DraftDetailsWindow(conn, xml, autostart, self, self.settings)
        window.installRequested.connect(partial(self._install_draft, wizard, window))
        window.abandoned.connect(wizard.resume)
        wizard.installFailed.connect(window.install_failed)
        self.draft_window = window
        window.show()

    def _install_draft(self, wizard: NewVmWizard, window: DraftDetailsWindow, xml: str,
                       autostart: bool) -> None:
        wizard.state.spec.autostart = autostart
        if wizard.install(xml, window) is None:
            window.set_installing(False)
        else:
            window.progress = wizard.progress  # brought to the front when the window's close waits

    def select_vm(self, conn: Connection, uuid: str) -> bool:
        """Select (only) this VM in the list; False when its row is not there (yet)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            rec = index.data(Role.OBJECT)
            if index.data(Role.CONNECTION) is conn and rec is not None and rec.uuid == uuid:
                self.vm_view.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.vm_view.setCurrentIndex(index)
                self.vm_view.scrollTo(index)
                return True
        return False

    def select_vm_when_seen(self, conn: Connection, uuid: str) -> None:
        """Select it now, or when its row arrives (its event may come after the job's answer)."""
        self._wanted_vm = None if self.select_vm(conn, uuid) else (conn, uuid)

    def _rows_arrived(self, *_args: object) -> None:
        if self._wanted_vm is not None and self.select_vm(*self._wanted_vm):
            self._wanted_vm = None

    # -- connections --------------------------------------------------------------------------------

    def add_connection(self) -> None:
        dialog = ConnectDialog(self, existing=[c.uri for c in self.registry])
        dialog.accepted.connect(lambda: self._add_connection(dialog))
        self._show_dialog(dialog)

    def _add_connection(self, dialog: ConnectDialog) -> None:
        conn = self.registry.add(dialog.uri(), label=dialog.label(),
                                 autoconnect=dialog.autoconnect.isChecked())
        conn.open()

    def _connect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.open()

    def _disconnect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.close()

    def _toggle_autoconnect(self, on: bool) -> None:
        conn = self.selected_connection()
        if conn is not None:
            self.registry.set_autoconnect(conn, on)

    def _remove_connection(self) -> None:
        from kvmgui.dialogs.details import close_details_of  # noqa: PLC0415

        conn = self.selected_connection()
        if conn is not None and self.new_vm_keeps_host(conn):
            return
        # Its VMs' windows and its host window close first, as in virt-manager; one with
        # unsaved edits (a page, an XML editor) asks, and may be kept open, and then so is
        # the host (a VM window's question does not block: the host goes once it is
        # answered Discard). (A window still holding a removed host keeps it alive, closed,
        # until it closes: registry.py.)
        if conn is not None and close_details_of(conn, partial(self._remove_host, conn),
                                                 _RemovalRefused(self, conn)):
            self._remove_host(conn)

    def _remove_host(self, conn: Connection) -> None:
        if conn not in list(self.registry):  # removed meanwhile
            return
        # The window customising a new VM for it too; the wizard comes back with its XML
        # and offers the other hosts.
        draft = self.draft_window
        if (draft is not None and shiboken6.isValid(draft) and draft.isVisible() and draft.conn is conn
                and not draft.close()):
            return
        host_window = self.host_windows.get(id(conn))
        if host_window is not None and shiboken6.isValid(host_window) and not host_window.close():
            # Its question (editors, transfers) is open: the host goes once it is answered
            # so that the window closes, and stays after Cancel or No.
            host_window.after_close(partial(self._remove_host, conn),
                                    _RemovalRefused(self, conn))
            return
        self.registry.remove(conn)
        self._update_actions()

    def removal_refused(self, conn: Connection, editor: str) -> None:
        """A window the removal waited for stays: libvirt refused its XML editor's text.
        The editor says so, but the user also looks here for why the host is still there."""
        self.notifications.error(fill(self.tr(
            "%1: libvirt refused the definition, so %2 was not removed. The editor stays open "
            "with your text; remove the connection again once it is fixed.",
            "an XML editor's name, then the host"), editor, conn.display_name))

    def _host_details(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            self.open_host_details(conn)

    def _open_host_rows(self, rows: list[QModelIndex]) -> None:
        for index in rows:
            conn = index.data(Role.CONNECTION)
            if conn is not None:
                self.open_host_details(conn)

    def open_host_details(self, conn: Connection) -> HostDetailsDialog:
        """One window per connection: an open one is raised; a closed one was deleted (no
        hidden windows pile up for screen readers to find)."""
        window = self.host_windows.get(id(conn))
        if window is None:
            window = HostDetailsDialog(conn, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(partial(self._host_window_closed, id(conn)))
            self.host_windows[id(conn)] = window
        if window.isVisible():
            window.raise_()
        window.show()
        window.activateWindow()
        return window

    def show_network(self, conn: Connection, uuid: str) -> None:
        """A network chosen on the map: its host's window, networks tab, that network."""
        window = self.open_host_details(conn)
        window.show_network(uuid)

    def _host_window_closed(self, key: int, _result: int) -> None:
        self.host_windows.pop(key, None)

    def _forget_host_window(self, conn: Connection) -> None:
        window = self.host_windows.pop(id(conn), None)
        if window is not None:
            window.close()  # deleted on close

    def _watch_connection(self, conn: Connection) -> None:
        conn.stateChanged.connect(self._conn_state)  # a method: disconnected with the window
        if (sampler := self.domain_model.sampler(conn)) is not None:
            sampler.failed.connect(self._stats_failed)
            sampler.recovered.connect(self._stats_recovered)
        pending.tracker_for(conn).pinMoved.connect(self._pin_moved)
        self._update_status()

    def _pin_moved(self, move: pinfollow.PinMove) -> None:
        """A stopped VM's fixed address went with its card's new MAC, or could not."""
        conn = self.sender().parent()
        host = conn.display_name if isinstance(conn, Connection) else ""
        if move.kept_for:  # the old MAC is another card's too: its fixed address stays
            self.notifications.info(fill(self.tr(
                "%1 on %2 stopped: the fixed address %3 on network %4 stays with the old MAC "
                "address %5, which a card of %6 has too. Pin an address for the new MAC "
                "address, %7, in the card's details if it needs one."),
                move.vm, host, move.ip, move.network, move.old, move.kept_for, move.new))
            return
        if not move.error:
            self.notifications.info(fill(self.tr(
                "%1 on %2 stopped: its card's fixed address %3 on network %4 moved from the old "
                "MAC address %5 to the new one, %6."),
                move.vm, host, move.ip, move.network, move.old, move.new))
            return
        self.notifications.error(fill(self.tr(
            "%1 on %2 stopped, but its card's fixed address %3 on network %4 could not move from "
            "the old MAC address %5 to the new one, %6: %7. Pin it again in the card's details."),
            move.vm, host, move.ip, move.network, move.old, move.new, move.error))

    def _stats_failed(self, error: str) -> None:
        sampler = self.sender()
        # Once per run of failures: an ACL refusing stats fails every interval.
        if isinstance(sampler, stats.StatsSampler) and sampler.failures == 1:
            self.notifications.error(fill(self.tr("Could not read the performance of the virtual "
                                                  "machines on %1: %2"), sampler.conn.display_name, error))

    def _stats_recovered(self) -> None:
        sampler = self.sender()
        if isinstance(sampler, stats.StatsSampler):  # the failure's notification is stale now
            self.notifications.info(fill(self.tr("The performance of the virtual machines on %1 "
                                                 "is read again"), sampler.conn.display_name))

    def _not_remembered(self, uri: str) -> None:
        conn = self.registry.find(uri)
        self.notifications.error(fill(self.tr(
            "%1: the login was not remembered: the desktop's secret store could not save it. "
            "It is asked for again next time."), conn.display_name if conn else redact(uri)))

    def _conn_state(self, state: ConnState, reason: StateReason) -> None:
        conn = self.sender()
        if not isinstance(conn, Connection):
            return
        # A host that stays down fails each retry the same way: said once, not every few
        # seconds (the status bar and the connections list keep saying it).
        same = reason.code == Reason.RETRY_FAILED and self._retry_told.get(conn) == reason.error
        if reason.unexpected and not same:
            self.notifications.error(fill(self.tr("%1: %2"), conn.display_name,
                                          words.connection_message(conn)))
        if reason.code == Reason.RETRY_FAILED:
            self._retry_told[conn] = reason.error
        else:
            self._retry_told.pop(conn, None)
        self._update_status()
        self._update_actions()

    def _update_status(self, *_args: object) -> None:
        parts = [fill(self.tr("%1: %2"), c.display_name, words.conn_state(c.state)) for c in self.registry]
        self.conn_status.setText("   ·   ".join(parts) if parts else self.tr("No connections"))

    def _update_count(self) -> None:
        rows = self.domain_model.rows
        running = sum(1 for r in rows if r.record.state.is_active)
        shown = self.proxy.rowCount()
        text = fill(self.tr("%1, %2", "VM count: '5 VMs, 2 active'"), self.tr("%n VMs", None, len(rows)),
                    self.tr("%n active", None, running))
        if shown != len(rows):
            text = fill(self.tr("%1 · %2", "VM count, then how many the filters show"), text,
                        self.tr("%n shown", None, shown))
        self.vm_count.setText(text)

    # -- preferences and persistence ----------------------------------------------------------------

    def show_about(self) -> None:
        from kvmgui.dialogs.about import AboutDialog  # noqa: PLC0415 - rarely opened

        self._show_dialog(AboutDialog(self.registry, self))

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: read from this window's actions and the details window's."""
        from kvmgui.dialogs.shortcuts import ShortcutsDialog  # noqa: PLC0415 - rarely opened

        for dialog in self.open_dialogs:
            if isinstance(dialog, ShortcutsDialog):
                dialog.raise_()
                dialog.activateWindow()
                return
        self._show_dialog(ShortcutsDialog(self.keymap(), self), modal=False)

    def keymap(self) -> list[Section]:
        """Every action of the main and details windows with its keys (Help, README)."""
        from kvmgui.dialogs.shortcuts import action_section, sections_for  # noqa: PLC0415

        lists = action_section(self.tr("Lists of the main window"),
                               [self.open_on_enter, self.host_on_enter])
        return sections_for(self.menuBar(), self.tr("Main window"), [lists])

    def edit_preferences(self) -> None:
        self.prefs.hidden_columns = self.vm_view.hidden_columns()
        dialog = PreferencesDialog(self.prefs, self)
        dialog.accepted.connect(lambda: self._preferences_accepted(dialog))
        self._show_dialog(dialog)

    def _preferences_accepted(self, dialog: PreferencesDialog) -> None:
        prefs = dialog.preferences()
        prefs.save(self.settings)
        self.apply_preferences(prefs)

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        stats.set_default_interval(prefs.stats_interval_ms)
        for conn in self.registry:
            sampler = self.domain_model.sampler(conn)
            if sampler is not None:
                sampler.set_interval(prefs.stats_interval_ms)
        self.vm_view.set_hidden_columns(prefs.hidden_columns)
        self.vm_view.set_sparklines(prefs.sparklines)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        self.vm_view.restore_layout(self.settings)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.vm_view.save_layout(self.settings)
        self.prefs.hidden_columns = self.vm_view.hidden_columns()
        self.prefs.save(self.settings)
        self.settings.sync()

    def end_without_questions(self) -> None:
        """Close for SIGTERM or SIGINT (a logout, ``kill``, Ctrl+C in the terminal): a
        question nobody may be there to answer would hold the session's end up, so unapplied
        edits are dropped (logged), and running transfers and a New VM job are cancelled:
        each undoes its half-made work in the exit's grace period."""
        from kvmgui.dialogs.details import end_details_of  # noqa: PLC0415

        self.ask_before_quitting = False
        log.warning("ending on a signal: unapplied edits in open windows are not kept")
        wizard = self.new_vm_wizard
        if wizard is not None and shiboken6.isValid(wizard):
            wizard.stop_for_exit()  # its undo runs in the grace period
        for conn in self.registry:
            end_details_of(conn)
        for window in list(self.host_windows.values()):
            if shiboken6.isValid(window):
                window.end_without_questions()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from kvmgui.dialogs.details import close_details_of  # noqa: PLC0415

        if not self.ask_before_quitting:
            self._end()
            super().closeEvent(event)
            return
        # The application ends with this window (app.py waits for ``ended``): each window
        # it parents is asked to close first, and one the user keeps (unapplied edits, a
        # running transfer) keeps it.
        if not self.new_vm_may_quit():  # the New VM wizard (its job may be running)
            event.ignore()
            return
        # The questions do not block: the quit goes on once one is answered so that its
        # window closes (Discard, Yes), and stops after Cancel or No.
        for conn in self.registry:
            if not close_details_of(conn, self._quit_again, self._quit_refused):
                event.ignore()
                return
        for window in list(self.host_windows.values()):
            if shiboken6.isValid(window) and not window.close():
                window.after_close(self._quit_again, self._quit_refused)
                event.ignore()
                return
        self._end()
        super().closeEvent(event)

    def _end(self) -> None:
        """The close is accepted. The New VM wizard and its draft, windows of their own
        (own_window), are hidden, not closed: the wizard lives on while a cancelled job
        undoes its work. Ending on ``ended`` rather than on Qt's lastWindowClosed: a window
        of its own still shown would hold that back, and the application with it."""
        self.save_layout()  # once, as it closes: not again for each close a question held
        for window in (self.new_vm_wizard, self.draft_window):
            if window is not None and shiboken6.isValid(window):
                window.hide()
        self.ended.emit()

    def _quit_again(self) -> None:
        if self.isVisible():  # else closed meanwhile (a second answer, a signal)
            self.close()

    def _quit_refused(self, editor: str) -> None:
        """A window the quit waited for stays: libvirt refused its XML editor's text."""
        self.notifications.error(fill(self.tr(
            "%1: libvirt refused the definition, so the application did not quit. The editor "
            "stays open with your text; quit again once it is fixed.", "an XML editor's name"),
            editor))


@dataclass(frozen=True)
class _RemovalRefused:
    """``window.removal_refused(conn, editor)``; equal for the same host (a partial is
    not), so that Remove connection chosen twice while a window waits says it once."""

    window: MainWindow
    conn: Connection

    def __call__(self, editor: str) -> None:
        self.window.removal_refused(self.conn, editor)


def _refresh_domain(conn: Connection, uuid: str, _result: object) -> None:
    conn.refresh("domain", uuid)


def _still(spec: VmAction, targets: list[tuple[Connection, DomainRecord]]
           ) -> list[tuple[Connection, DomainRecord]]:
    """The targets the action still applies to, as they are now: a VM may have stopped
    (or gone) while the question was open, and "Could not force off" it would be noise."""
    out = []
    for conn, rec in targets:
        now = conn.domains.get(rec.uuid)
        if now is not None and spec.applies_to(now) and conn.state == ConnState.CONNECTED:
            out.append((conn, now))
    return out


def _restarting(conn: Connection, uuid: str) -> bool:
    """Whether a restart of the VM is under way (from its details window, open or not):
    its power actions would cross it."""
    from kvmgui.dialogs.details.restart import running  # noqa: PLC0415 - with the details window

    return running(conn, uuid) is not None


def _deleting(conn: Connection, uuid: str) -> bool:
    """Whether a Delete of the VM runs: its row stays until the undefine is heard of, and a
    Run or a second Delete meanwhile would cross it."""
    from kvmgui.dialogs.details.restart import underway  # noqa: PLC0415 - with the details window

    job = underway(conn, uuid)
    return job is not None and job.deleting


def _saving(conn: Connection, uuid: str) -> bool:
    """Whether a Save of the VM runs: any action but Force Off, or a Delete, would cross it."""
    from kvmgui.dialogs.details.restart import underway  # noqa: PLC0415 - with the details window

    job = underway(conn, uuid)
    return job is not None and not job.deleting


def _underway(conn: Connection, uuid: str, deleting: bool, done: Callable[[object], None],
              failed: Callable[[BaseException], None]
              ) -> tuple[Callable[[object], None], Callable[[BaseException], None]]:
    from kvmgui.dialogs.details.restart import mark_underway  # noqa: PLC0415 - with the details window

    return mark_underway(conn, uuid, deleting, done, failed)
