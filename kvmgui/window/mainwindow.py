"""The main window: connections on the left, the VMs of all of them on the right,
the event timeline below; menus, toolbar and shortcuts for the VM actions.

It is where the menus, the toolbar and both lists meet their actions. Its parts live
beside it, a mixin each: quitting (closing, with the windows it parents), newvmflow (the
New VM wizard and its draft window), vmrun (the VM actions), deleting (Delete), hosts
(the connections and their host windows), hostnews (what the hosts say), prefslayout
(preferences, the saved layout), helpmenu (About, Keyboard Shortcuts); the lists and docks
too (connpanel, vmlist, timelinedock, netmapdock), and below (widgets/vmactions,
widgets/itemviews)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt import stats
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.roles import Role
from kvmgui.utils import icons
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews, toolbars
from kvmgui.widgets.notifications import NotificationArea, late_news
from kvmgui.widgets.vmactions import VmActionSet
from kvmgui.window import vmrun
from kvmgui.window.commandmenu import CommandMenu
from kvmgui.window.connpanel import ConnectionPanel
from kvmgui.window.deleting import Deleting
from kvmgui.window.docktoggle import DockToggle
from kvmgui.window.helpmenu import HelpMenu
from kvmgui.window.hostnews import HostNews
from kvmgui.window.hosts import HostActions
from kvmgui.window.netmapdock import NetworkMapDock
from kvmgui.window.newvmflow import NewVmFlow
from kvmgui.window.prefslayout import PrefsLayout
from kvmgui.window.quitting import Quitting
from kvmgui.window.timelinedock import TimelineDock
from kvmgui.window.vmlist import VmList
from kvmgui.window.vmrun import VmRunning

if TYPE_CHECKING:
    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.wizards.newvm.wizard import NewVmWizard


class MainWindow(Quitting, NewVmFlow, VmRunning, Deleting, HostActions, HostNews, PrefsLayout,
                 HelpMenu, QMainWindow):
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
        self.unwritten_files: set[str] = set()  # settings files whose last save failed

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
        self._listen_for_saves()
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

    # -- dialogs, the actions' state, the VM list's menu ----------------------------------------------

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
            if c.state == ConnState.CONNECTED and not vmrun.deleting(c, r.uuid):
                (held if vmrun.restarting(c, r.uuid) else free).append(r)
                if vmrun.saving(c, r.uuid):
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
