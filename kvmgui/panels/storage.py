"""The "Storage" tab of a host: pools (start, stop, autostart, delete, refresh) and volumes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kvmgui.libvirt import poolops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.pools import PoolColumn, PoolModel
from kvmgui.models.volumes import VolumeColumn, VolumeModel
from kvmgui.panels.base import HostPanel
from kvmgui.panels.table import RecordTable
from kvmgui.widgets.labels import MessageLine


def _column(parent: QWidget, head: QHBoxLayout, table: RecordTable) -> QWidget:
    """A table under its heading (a label, maybe with a status right of it)."""
    box = QWidget(parent)
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.addLayout(head)
    col.addWidget(table, 1)
    return box


class StoragePanel(HostPanel):
    """Storage pools of one host and the volumes of the selected pool."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, "Storage panel", parent)
        self.pool_model = PoolModel(conn, self)
        self.volume_model = VolumeModel(conn, self)
        self.pool_view = RecordTable(self.pool_model, self, object_name="poolView",
                                     accessible_name="Storage pools")
        self.volume_view = RecordTable(self.volume_model, self, object_name="volumeView",
                                       accessible_name="Storage volumes", always_selected=False)
        self.pool_proxy, self.volume_proxy = self.pool_view.proxy, self.volume_view.proxy
        self.volume_view.setColumnWidth(VolumeColumn.NAME, 180)
        self.pool_view.setColumnWidth(PoolColumn.TYPE, 150)

        self.start_button = self.button("&Start", "Start pool", self.start_pool)
        self.stop_button = self.button("S&top", "Stop pool", self.stop_pool)
        self.refresh_button = self.button("&Refresh", "Refresh pool", self.refresh_pool)
        self.delete_button = self.button("&Delete", "Delete pool", self.delete_pool)
        self.autostart = QCheckBox("Start when the host &boots", self)
        self.autostart.setAccessibleName("Pool autostart")
        self.autostart.toggled.connect(self._autostart_toggled)
        buttons = self.button_row(self.start_button, self.stop_button, self.refresh_button,
                                  self.delete_button, self.autostart)

        self.volumes_label = QLabel("&Volumes", self)
        self.volumes_label.setBuddy(self.volume_view)
        self.volume_status = MessageLine(self, hide_empty=False, wrap=False)
        self.volume_status.setAccessibleDescription(self.tr("Volume status"))  # name: its text
        volumes_head = self.button_row(self.volumes_label)
        volumes_head.addWidget(self.volume_status)
        pools_label = QLabel("Storage &pools", self)
        pools_label.setBuddy(self.pool_view)
        pools_head = QHBoxLayout()
        pools_head.addWidget(pools_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(_column(self, pools_head, self.pool_view))
        splitter.addWidget(_column(self, volumes_head, self.volume_view))

        self.message.setAccessibleDescription(self.tr("Storage message"))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.volume_model.loaded.connect(self._volumes_loaded)
        self.volume_model.failed.connect(
            lambda text: self.volume_status.error(f"Could not list the volumes: {text}"))
        self.follow(self.pool_view)

    # -- selection -------------------------------------------------------------------------------

    def current(self) -> PoolRecord | None:
        rec = self.pool_view.current_record()
        return self.conn.pools.get(rec.uuid) if rec is not None else None

    def show_current(self) -> None:
        pool = self.current()
        self.volume_model.set_pool(pool.uuid if pool else None)
        if pool is None:
            self.volume_status.say("No pool selected")
        elif not pool.active:
            self.volume_status.say("The pool is not active: start it to see its volumes")
        elif self.volume_model.loading:
            self.volume_status.say("Reading volumes…")
        self.update_actions()

    def _volumes_loaded(self) -> None:
        n = self.volume_model.rowCount()
        self.volume_status.say(f"{n} volume{'s' if n != 1 else ''}")

    def update_actions(self) -> None:
        pool = self.current()
        ok = not self.busy and pool is not None and self.connected
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

    def _run(self, what: str, fn: Callable[..., Any], uuid: str, *args: Any) -> None:
        """A pool job; the pool is re-read after it, whether or not it worked."""
        def after() -> None:
            self.conn.refresh("pool", uuid)
            self.show_current()
            if fn is poolops.refresh:
                self.volume_model.reload()

        self.run_job(what, fn, uuid, *args, after=after)

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
        uuid, name = pool.uuid, pool.name
        self.confirm("Delete storage pool",
                     f"Delete the storage pool '{name}'? It is stopped and its definition "
                     "removed; its volumes and directory stay on disk.",
                     lambda: self._run(f"delete pool '{name}'", poolops.remove, uuid))
