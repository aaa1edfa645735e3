"""The "Storage" tab of a host: pools (start, stop, autostart, delete, refresh) and volumes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import poolops
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.pools import PoolColumn, PoolModel
from kvmgui.models.roles import Role
from kvmgui.models.volumes import VolumeColumn, VolumeModel

ERROR_COLOUR = "#b00020"


def _table(parent: QWidget, name: str, accessible: str, model: Any) -> tuple[QTableView, Any]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class StoragePanel(QWidget):
    """Storage pools of one host and the volumes of the selected pool."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setAccessibleName("Storage panel")
        self.pool_model = PoolModel(conn, self)
        self.volume_model = VolumeModel(conn, self)
        self.pool_view, self.pool_proxy = _table(self, "poolView", "Storage pools", self.pool_model)
        self.volume_view, self.volume_proxy = _table(self, "volumeView", "Storage volumes",
                                                     self.volume_model)
        self.volume_view.setColumnWidth(VolumeColumn.NAME, 180)
        self.pool_view.setColumnWidth(PoolColumn.TYPE, 150)
        self.confirm_box: QMessageBox | None = None
        self._jobs = 0

        self.start_button = self._button("&Start", "Start pool", self.start_pool)
        self.stop_button = self._button("S&top", "Stop pool", self.stop_pool)
        self.refresh_button = self._button("&Refresh", "Refresh pool", self.refresh_pool)
        self.delete_button = self._button("&Delete", "Delete pool", self.delete_pool)
        self.autostart = QCheckBox("Start when the host &boots", self)
        self.autostart.setAccessibleName("Pool autostart")
        self.autostart.toggled.connect(self._autostart_toggled)
        buttons = QHBoxLayout()
        for w in (self.start_button, self.stop_button, self.refresh_button, self.delete_button,
                  self.autostart):
            buttons.addWidget(w)
        buttons.addStretch(1)

        self.volumes_label = QLabel("&Volumes", self)
        self.volumes_label.setBuddy(self.volume_view)
        self.volume_status = QLabel(self)
        self.volume_status.setAccessibleName("Volume status")
        lower = QWidget(self)
        col = QVBoxLayout(lower)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.volumes_label)
        head.addStretch(1)
        head.addWidget(self.volume_status)
        col.addLayout(head)
        col.addWidget(self.volume_view, 1)
        pools_label = QLabel("Storage &pools", self)
        pools_label.setBuddy(self.pool_view)
        upper = QWidget(self)
        col2 = QVBoxLayout(upper)
        col2.setContentsMargins(0, 0, 0, 0)
        col2.addWidget(pools_label)
        col2.addWidget(self.pool_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)

        self.message = QLabel(self)
        self.message.setAccessibleName("Storage message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.pool_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.pool_model.dataChanged.connect(lambda *_a: self._show_current())
        self.pool_model.rowsRemoved.connect(lambda *_a: self._show_current())
        self.pool_model.rowsInserted.connect(lambda *_a: self._select_first())
        self.volume_model.loaded.connect(self._volumes_loaded)
        self.volume_model.failed.connect(
            lambda text: self._volume_message(f"Could not list the volumes: {text}", error=True))
        conn.stateChanged.connect(self._conn_state)  # a method: disconnected with the panel
        self._select_first()
        self._show_current()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # -- selection -------------------------------------------------------------------------------

    def current(self) -> PoolRecord | None:
        index = self.pool_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        rec = index.data(Role.OBJECT)
        return self.conn.pools.get(rec.uuid) if rec is not None else None

    def select_pool(self, name: str) -> bool:
        for row in range(self.pool_proxy.rowCount()):
            index = self.pool_proxy.index(row, 0)
            if index.data() == name:
                self.pool_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def _select_first(self) -> None:
        if self.current() is None and self.pool_proxy.rowCount():
            self.pool_view.selectionModel().setCurrentIndex(
                self.pool_proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _show_current(self) -> None:
        pool = self.current()
        self.volume_model.set_pool(pool.uuid if pool else None)
        if pool is None:
            self._volume_message("No pool selected")
        elif not pool.active:
            self._volume_message("The pool is not active: start it to see its volumes")
        elif self.volume_model.loading:
            self._volume_message("Reading volumes…")
        self._update_buttons()

    def _volumes_loaded(self) -> None:
        n = self.volume_model.rowCount()
        self._volume_message(f"{n} volume{'s' if n != 1 else ''}")

    def _volume_message(self, text: str, error: bool = False) -> None:
        self.volume_status.setStyleSheet(f"color: {ERROR_COLOUR}" if error else "")
        self.volume_status.setText(text)

    def _conn_state(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        pool = self.current()
        ok = self._jobs == 0 and pool is not None and self.conn.state == ConnState.CONNECTED
        active = bool(pool and pool.active)
        self.start_button.setEnabled(ok and not active)
        self.stop_button.setEnabled(ok and active)
        self.refresh_button.setEnabled(ok and active)
        self.delete_button.setEnabled(ok)
        self.autostart.setEnabled(ok and bool(pool and pool.persistent))
        self.autostart.blockSignals(True)
        self.autostart.setChecked(bool(pool and pool.autostart))
        self.autostart.blockSignals(False)

    # -- actions ---------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)
        self.message.show()

    def _run(self, what: str, fn: Callable[..., Any], uuid: str, *args: Any) -> None:
        """One action in a worker; the pool is re-read after it, whether or not it worked."""
        self._jobs += 1
        self._update_buttons()
        self.message.hide()

        def finished(_result: Any) -> None:
            self._jobs -= 1
            self.conn.refresh("pool", uuid)
            self._show_current()
            if fn is poolops.refresh:
                self.volume_model.reload()

        def failed(exc: BaseException) -> None:
            finished(None)
            self.show_error(f"Could not {what}: {error_text(exc)}")

        self.conn.run(fn, uuid, *args, done=finished, failed=failed, context=self)

    def start_pool(self) -> None:
        pool = self.current()
        if pool is not None:
            self._run(f"start pool '{pool.name}'", poolops.start, pool.uuid)

    def stop_pool(self) -> None:
        pool = self.current()
        if pool is not None:
            self._run(f"stop pool '{pool.name}'", poolops.stop, pool.uuid)

    def refresh_pool(self) -> None:
        pool = self.current()
        if pool is not None:
            self._run(f"refresh pool '{pool.name}'", poolops.refresh, pool.uuid)

    def _autostart_toggled(self, on: bool) -> None:
        pool = self.current()
        if pool is not None:
            self._run(f"change autostart of '{pool.name}'", poolops.set_autostart, pool.uuid, on)

    def delete_pool(self) -> None:
        pool = self.current()
        if pool is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Delete storage pool",
                          f"Delete the storage pool '{pool.name}'? It is stopped and its "
                          "definition removed; its volumes and directory stay on disk.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName("Delete storage pool")
        uuid, name = pool.uuid, pool.name
        box.finished.connect(
            lambda _r: self._run(f"delete pool '{name}'", poolops.remove, uuid)
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes) else None)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
