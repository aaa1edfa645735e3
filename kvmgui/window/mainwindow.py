"""The main window: connections on the left, their virtual machines on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.records import DomainRecord
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.connections import ConnectionModel
from kvmgui.models.domains import Column, DomainModel
from kvmgui.models.roles import Role
from kvmgui.widgets.notifications import NotificationArea
from kvmgui.window.vmactions import VM_ACTIONS, VmAction, make_qaction


class MainWindow(QMainWindow):
    """Signals:
    detailsRequested(Connection, str): open the details of a VM (uuid).
    hostDetailsRequested(Connection): open a host's details.
    newConnectionRequested(): the user asked to add a connection.
    """

    detailsRequested = Signal(object, str)
    hostDetailsRequested = Signal(object)
    newConnectionRequested = Signal()

    def __init__(self, registry: ConnectionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setWindowTitle("kvmgui — Virtual Machine Manager")
        self.setObjectName("mainWindow")
        self.setAccessibleName("kvmgui main window")
        self.resize(1000, 620)

        self.domain_model = DomainModel(registry, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.domain_model)
        self.proxy.setSortRole(Role.SORT)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.vm_view = QTableView(self)
        self.vm_view.setObjectName("vmView")
        self.vm_view.setAccessibleName("Virtual machines")
        self.vm_view.setModel(self.proxy)
        self.vm_view.setSortingEnabled(True)
        self.vm_view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.vm_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vm_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.vm_view.verticalHeader().hide()
        self.vm_view.horizontalHeader().setStretchLastSection(True)
        self.vm_view.setColumnWidth(Column.NAME, 200)
        self.vm_view.setColumnWidth(Column.HOST, 200)
        self.vm_view.setColumnWidth(Column.STATE, 130)
        self.vm_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.vm_view.customContextMenuRequested.connect(self._context_menu)
        self.vm_view.doubleClicked.connect(self._open_details)

        self.conn_model = ConnectionModel(registry, self)
        self.conn_view = QListView(self)
        self.conn_view.setObjectName("connectionView")
        self.conn_view.setAccessibleName("Connections")
        self.conn_view.setModel(self.conn_model)
        self.conn_view.doubleClicked.connect(lambda _i: self._connect_selected())

        self.notifications = NotificationArea(self)
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.vm_view)
        layout.addWidget(self.notifications)
        splitter = QSplitter(self)
        splitter.addWidget(self.conn_view)
        splitter.addWidget(right)
        splitter.setSizes([240, 760])
        self.setCentralWidget(splitter)

        self.status = QLabel(self)
        self.status.setAccessibleName("Connection status")
        self.statusBar().addWidget(self.status, 1)

        self._build_actions()
        self.vm_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.conn_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.domain_model.dataChanged.connect(self._update_actions)
        self.domain_model.rowsRemoved.connect(self._update_actions)
        registry.added.connect(self._watch_connection)
        for conn in registry:
            self._watch_connection(conn)
        self._update_actions()
        self._update_status()

    # -- actions --------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.vm_actions: dict[str, QAction] = {}
        for spec in VM_ACTIONS:
            qa = make_qaction(spec, self)
            qa.triggered.connect(lambda _c=False, s=spec: self.run_vm_action(s))
            self.vm_actions[spec.key] = qa
        self.open_action = QAction("&Open", self, objectName="action_open")
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(lambda: self._open_details(self.vm_view.currentIndex()))
        self.new_conn_action = QAction("&Add Connection…", self, objectName="action_new_connection")
        self.new_conn_action.triggered.connect(self.newConnectionRequested)
        self.connect_action = QAction("&Connect", self, objectName="action_connect")
        self.connect_action.triggered.connect(self._connect_selected)
        self.disconnect_action = QAction("&Disconnect", self, objectName="action_disconnect")
        self.disconnect_action.triggered.connect(self._disconnect_selected)
        self.host_details_action = QAction("Host &Details", self, objectName="action_host_details")
        self.host_details_action.triggered.connect(self._host_details)
        quit_action = QAction("&Quit", self, objectName="action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_conn_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        conn_menu = self.menuBar().addMenu("&Connection")
        for qa in (self.connect_action, self.disconnect_action, self.host_details_action):
            conn_menu.addAction(qa)
        self.vm_menu = self.menuBar().addMenu("&Virtual Machine")
        self.vm_menu.addAction(self.open_action)
        self.vm_menu.addSeparator()
        for qa in self.vm_actions.values():
            self.vm_menu.addAction(qa)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName("Main toolbar")
        toolbar.addAction(self.new_conn_action)
        toolbar.addAction(self.open_action)
        toolbar.addSeparator()
        for key in ("start", "pause", "resume", "shutdown", "force_off"):
            toolbar.addAction(self.vm_actions[key])

    def selected_vms(self) -> list[tuple[Connection, DomainRecord]]:
        rows = self.vm_view.selectionModel().selectedRows()
        return [(i.data(Role.CONNECTION), i.data(Role.OBJECT)) for i in rows]

    def selected_connection(self) -> Connection | None:
        idx = self.conn_view.currentIndex()
        if idx.isValid():
            return idx.data(Role.CONNECTION)
        vms = self.selected_vms()
        return vms[0][0] if vms else None

    def run_vm_action(self, spec: VmAction) -> None:
        targets = [(c, r) for c, r in self.selected_vms()
                   if spec.applies(r.state) and c.state == ConnState.CONNECTED]
        if not targets:
            return
        if spec.confirm:
            names = ", ".join(r.name for _c, r in targets)
            answer = QMessageBox.question(self, spec.text.replace("&", ""),
                                          spec.confirm.format(names=names))
            if answer != QMessageBox.StandardButton.Yes:
                return
        for conn, rec in targets:
            conn.run(spec.run, rec.uuid,
                     failed=lambda e, c=conn, r=rec: self._action_failed(spec, c, r, e),
                     context=self)

    def _action_failed(self, spec: VmAction, conn: Connection, rec: DomainRecord,
                       exc: BaseException) -> None:
        self.notifications.error(
            f"{spec.text.replace('&', '')} {rec.name} on {conn.display_name}: {error_text(exc)}")
        conn.refresh("domain", rec.uuid)  # the row shows the true state

    def _update_actions(self, *_args: object) -> None:
        vms = self.selected_vms()
        for spec in VM_ACTIONS:
            enabled = any(spec.applies(r.state) and c.state == ConnState.CONNECTED for c, r in vms)
            self.vm_actions[spec.key].setEnabled(enabled)
        self.open_action.setEnabled(len(vms) == 1)
        conn = self.selected_connection()
        self.connect_action.setEnabled(conn is not None and conn.state in
                                       (ConnState.DISCONNECTED, ConnState.FAILED))
        self.disconnect_action.setEnabled(conn is not None and conn.state in
                                          (ConnState.CONNECTED, ConnState.CONNECTING))
        self.host_details_action.setEnabled(conn is not None)

    def _context_menu(self, pos: QPoint) -> None:
        idx = self.vm_view.indexAt(pos)
        if not idx.isValid():
            return
        if not self.vm_view.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            self.vm_view.selectionModel().select(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        menu = QMenu(self)
        menu.setAccessibleName("Virtual machine actions")
        menu.addAction(self.open_action)
        menu.addSeparator()
        for qa in self.vm_actions.values():
            if qa.isEnabled():
                menu.addAction(qa)
        menu.popup(self.vm_view.viewport().mapToGlobal(pos))

    def _open_details(self, index: QModelIndex) -> None:
        if index.isValid():
            conn = index.data(Role.CONNECTION)
            self.detailsRequested.emit(conn, index.data(Role.OBJECT).uuid)

    def _connect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.open()

    def _disconnect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.close()

    def _host_details(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            self.hostDetailsRequested.emit(conn)

    # -- connection states ------------------------------------------------------------

    def _watch_connection(self, conn: Connection) -> None:
        conn.stateChanged.connect(lambda state, message, c=conn: self._conn_state(c, state, message))

    def _conn_state(self, conn: Connection, state: ConnState, message: str) -> None:
        if state == ConnState.FAILED:
            self.notifications.error(f"{conn.display_name}: {message}")
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        parts = [f"{c.display_name}: {c.state.value}" for c in self.registry]
        self.status.setText("   ·   ".join(parts) if parts else "No connections")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.registry.shutdown()
        super().closeEvent(event)
