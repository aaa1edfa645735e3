"""The "Storage" tab of a host: its pools (add with the wizard, start, stop, refresh,
delete, autostart, XML) and the selected pool's volumes (``kvmgui.panels.volumes``).

Events, not polling: the pool rows follow the connection's pool table (lifecycle and
refresh events re-read a pool); the volume list is read again on the pool's refresh
event and after our own jobs (libvirt sends no volume events).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import libvirt
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from kvmgui.libvirt import poolops
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.gone import gone_is_done
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.pools import PoolColumn, PoolModel
from kvmgui.models.words import failure_words
from kvmgui.panels.base import HostPanel
from kvmgui.panels.table import RecordTable
from kvmgui.panels.volumes import PanelJob, VolumesView, pool_type
from kvmgui.utils import icons
from kvmgui.utils.tr import fill
from kvmgui.widgets.commanddialog import CommandDialog
from kvmgui.widgets.usagebar import UsageBarDelegate
from kvmgui.wizards.pool.wizard import PoolWizard
from kvmgui.xml.pool_caps import HostPoolCaps
from kvmgui.xml.pool_types import PoolType

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


def delete_with_data(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop and undefine the pool and delete its storage (after two yeses)."""
    poolops.delete_pool(conn, uuid, delete_data=True)


def remove_pool(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop and undefine the pool (its volumes and directory stay)."""
    with gone_is_done(libvirt.VIR_ERR_NO_STORAGE_POOL):
        poolops.remove(conn, uuid)


def stop_unless_gone(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop the pool; a transient one stopped elsewhere meanwhile is gone: stopped as asked."""
    with gone_is_done(libvirt.VIR_ERR_NO_STORAGE_POOL):
        poolops.stop(conn, uuid)


def autostart_on(conn: libvirt.virConnect, uuid: str) -> None:
    poolops.set_autostart(conn, uuid, True)


def autostart_off(conn: libvirt.virConnect, uuid: str) -> None:
    poolops.set_autostart(conn, uuid, False)


DATA_TEXTS: dict[PoolType, str] = {
    PoolType.DIR: QT_TRANSLATE_NOOP(
        "StoragePanel", "Also delete the pool's directory (libvirt removes it only when it is empty)"),
    PoolType.FS: QT_TRANSLATE_NOOP("StoragePanel", "Also delete the pool's mount point directory"),
    PoolType.NETFS: QT_TRANSLATE_NOOP("StoragePanel", "Also delete the pool's mount point directory"),
    PoolType.LOGICAL: QT_TRANSLATE_NOOP(
        "StoragePanel", "Also delete the volume group and every logical volume in it"),
    PoolType.ZFS: QT_TRANSLATE_NOOP("StoragePanel", "Also destroy the ZFS pool and every volume in it"),
}


def data_words(kind: PoolType | None) -> str:
    """What "also delete the pool's data" takes away, by type."""
    text = DATA_TEXTS.get(kind) if kind is not None else None
    return QCoreApplication.translate("StoragePanel", text or "Also delete the pool's data")


class StoragePanel(HostPanel):
    """Storage pools of one host and the volumes of the selected pool."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, self.tr("Storage panel"), parent)
        self.caps: HostPoolCaps | None = None
        self.delete_data: QCheckBox | None = None  # the "also its data" choice of the open question
        self.pool_model = PoolModel(conn, self)
        self.pool_view = RecordTable(self.pool_model, self, object_name="poolView",
                                     accessible_name=self.tr("Storage pools"))
        self.pool_proxy = self.pool_view.proxy
        self.pool_view.setItemDelegateForColumn(PoolColumn.USAGE, UsageBarDelegate(self.pool_view))
        self.pool_view.setColumnWidth(PoolColumn.TYPE, 150)
        self.pool_view.setColumnWidth(PoolColumn.USAGE, 170)
        header = self.pool_view.horizontalHeader()
        header.moveSection(header.visualIndex(PoolColumn.USAGE), PoolColumn.AUTOSTART + 1)
        self.pool_view.hideColumn(PoolColumn.ALLOCATION)  # the bar shows it

        self.add_button = self.button(self.tr("&Add…"), self.tr("Add pool"), self.add_pool)
        self.start_button = self.button(self.tr("&Start"), self.tr("Start pool"), self.start_pool)
        self.stop_button = self.button(self.tr("S&top"), self.tr("Stop pool"), self.stop_pool)
        self.refresh_button = self.button(self.tr("&Refresh"), self.tr("Refresh pool"), self.refresh_pool)
        self.delete_button = self.button(self.tr("&Delete…"), self.tr("Delete pool"), self.delete_pool)
        self.xml_button = self.button(self.tr("Edit &XML…"), self.tr("Edit pool XML"), self.edit_xml)
        # The virsh line of each action of the selected pool (and volume), never run.
        self.command_button = self.button(self.tr("S&how Command"), self.tr("Show command"),
                                          lambda: None)
        self.command_menu = QMenu(self)
        self.command_menu.setAccessibleName(self.tr("Show command"))
        self.command_menu.aboutToShow.connect(self._fill_command_menu)
        self.command_button.setMenu(self.command_menu)
        self.command_dialog: CommandDialog | None = None
        self.autostart = QCheckBox(self.tr("Start when the host &boots"), self)
        self.autostart.setAccessibleName(self.tr("Pool autostart"))
        self.autostart.toggled.connect(self._autostart_toggled)
        buttons = self.button_row(self.add_button, self.start_button, self.stop_button,
                                  self.refresh_button, self.delete_button, self.xml_button,
                                  self.command_button, self.autostart)
        for button, key in ((self.add_button, "add"), (self.start_button, "start"),
                            (self.stop_button, "stop"), (self.refresh_button, "refresh"),
                            (self.delete_button, "delete"), (self.xml_button, "edit_xml")):
            button.setIcon(icons.action_icon(key))

        pools_label = QLabel(self.tr("Storage &pools"), self)
        pools_label.setBuddy(self.pool_view)
        pools = QWidget(self)
        col = QVBoxLayout(pools)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(pools_label)
        col.addLayout(head)
        col.addLayout(buttons)
        col.addWidget(self.pool_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(pools)
        self.volumes = VolumesView(self, splitter)
        splitter.addWidget(self.volumes)
        splitter.setSizes([260, 360])
        self.volume_model, self.volume_view = self.volumes.model, self.volumes.view

        self.message.setAccessibleDescription(self.tr("Storage message"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.follow(self.pool_view)
        self._read_caps()

    def _read_caps(self) -> None:
        """The host's pool capabilities (volume formats for the new-volume dialog)."""
        if self.connected:
            self.conn.run(poolops.pool_capabilities, done=self._got_caps,
                          failed=self._caps_failed, context=self)

    def _caps_failed(self, exc: BaseException) -> None:
        # Nobody asked yet: the new-volume dialog offers the usual formats without them.
        log.warning("%s: storage pool capabilities: %s", self.conn.uri, error_text(exc))

    def _got_caps(self, caps: HostPoolCaps) -> None:
        self.caps = self.volumes.caps = caps

    # -- selection -------------------------------------------------------------------------------

    def current(self) -> PoolRecord | None:
        rec = self.pool_view.current_record()
        return self.conn.pools.get(rec.uuid) if rec is not None else None

    def show_current(self) -> None:
        self.volumes.set_pool(self.current())
        self.update_actions()

    def connection_changed(self, state: ConnState) -> None:
        if state == ConnState.CONNECTED and self.caps is None:
            self._read_caps()
        super().connection_changed(state)

    def update_actions(self) -> None:
        pool = self.current()
        ok = not self.busy and pool is not None and self.connected
        active = bool(pool and pool.active)
        self.add_button.setEnabled(self.connected)
        self.start_button.setEnabled(ok and not active)
        self.stop_button.setEnabled(ok and active)
        self.refresh_button.setEnabled(ok and active)
        self.delete_button.setEnabled(ok)
        self.xml_button.setEnabled(pool is not None and self.connected and bool(pool and pool.persistent))
        self.command_button.setEnabled(pool is not None and self.connected)
        self.autostart.setEnabled(ok and bool(pool and pool.persistent))
        self.autostart.blockSignals(True)
        self.autostart.setChecked(bool(pool and pool.autostart))
        self.autostart.blockSignals(False)
        self.volumes.update_actions()

    def pool_jobs(self) -> list[PanelJob]:
        """The selected pool's actions as the jobs they run (for a "Show command" menu)."""
        pool = self.current()
        if pool is None:
            return []
        args = (pool.uuid,)
        jobs = [PanelJob("start", self.tr("Start"), poolops.start, args),
                PanelJob("stop", self.tr("Stop"), poolops.stop, args),
                PanelJob("refresh", self.tr("Refresh"), poolops.refresh, args),
                PanelJob("delete", self.tr("Delete"), remove_pool, args)]
        if not pool.persistent:  # a transient pool has no autostart, nor data the panel deletes
            return jobs
        jobs += [PanelJob("autostart-on", self.tr("Autostart on"), autostart_on, args),
                 PanelJob("autostart-off", self.tr("Autostart off"), autostart_off, args)]
        kind = pool_type(pool)
        if kind is not None and kind.info.can_delete_data:
            jobs.append(PanelJob("delete-data", self.tr("Delete with its data"), delete_with_data, args))
        return jobs

    # -- the virsh line of each action ----------------------------------------------------------

    def _fill_command_menu(self) -> None:
        """The selected pool's actions, then the selected volume's (worked out when shown:
        the selection decides)."""
        menu = self.command_menu
        menu.clear()
        pool = self.current()
        if pool is None:
            return
        for job in self.pool_jobs():
            menu.addAction(job.words, partial(self.show_command, job, pool.name))
        volume = self.volumes.current()
        jobs = self.volumes.jobs()
        if volume is not None and jobs:
            menu.addSection(fill(self.tr("Volume %1"), volume.name))
            for job in jobs:
                menu.addAction(job.words, partial(self.show_command, job, volume.name))

    def show_command(self, job: PanelJob, name: str) -> CommandDialog:
        """The dialog with the lines ``job`` would issue, from a dry run of its function."""
        title = fill(self.tr("%1 %2", "a command's title: the action and what it acts on"), job.words,
                     name)
        if self.command_dialog is not None and shiboken6.isValid(self.command_dialog):
            self.command_dialog.close()
        dialog = self.command_dialog = CommandDialog(title, None, self)
        # An action kvmgui would refuse (a pool's data VMs still use) says why in its words.
        self.conn.preview(job.fn, *job.args, done=dialog.set_commands,
                          failed=lambda exc: dialog.set_error(failure_words(exc)), context=dialog)
        dialog.show()
        return dialog

    # -- actions ---------------------------------------------------------------------------------

    def _run(self, what: str, fn: Callable[..., Any], uuid: str, *args: Any) -> None:
        """A pool job; the pool is re-read after it, whether or not it worked."""
        def after() -> None:
            self.conn.refresh("pool", uuid)
            self.show_current()

        self.run_job(what, fn, uuid, *args, after=after)

    def add_pool(self) -> None:
        self.open_wizard(self._new_wizard)

    def _new_wizard(self) -> PoolWizard:
        wizard = PoolWizard(self.conn, self)
        wizard.created.connect(self.pool_view.select_when_seen)
        return wizard

    def start_pool(self) -> None:
        pool = self.current()
        if pool is not None:
            self._run(fill(self.tr("start pool %1"), pool.name), poolops.start, pool.uuid)

    def stop_pool(self) -> None:
        pool = self.current()
        if pool is None:
            return
        name, uuid = pool.name, pool.uuid
        if pool.persistent:
            self._run(fill(self.tr("stop pool %1"), name), poolops.stop, uuid)
            return
        # libvirt forgets a transient pool once it stops: as final as Delete, so asked.
        self.confirm(self.tr("Stop storage pool"),
                     fill(self.tr("Stop the storage pool %1? It is transient: once stopped, it is "
                                  "gone for good (its volumes stay on the host)."), name),
                     lambda: self._run(fill(self.tr("stop pool %1"), name), stop_unless_gone, uuid))

    def refresh_pool(self) -> None:
        # The refresh event that follows re-reads the volume list.
        pool = self.current()
        if pool is not None:
            self._run(fill(self.tr("refresh pool %1"), pool.name), poolops.refresh, pool.uuid)

    def _autostart_toggled(self, on: bool) -> None:
        pool = self.current()
        if pool is not None:
            self._run(fill(self.tr("change autostart of %1"), pool.name),
                      autostart_on if on else autostart_off, pool.uuid)

    def edit_xml(self) -> None:
        pool = self.current()
        if pool is not None:
            self.xmlEditRequested.emit("pool", pool.uuid)

    def delete_pool(self) -> None:
        """Undefine the pool; deleting its data is a separate choice, asked about again."""
        pool = self.current()
        if pool is None:
            return
        uuid, name = pool.uuid, pool.name
        kind = pool_type(pool)
        data_allowed = pool.persistent and kind is not None and kind.info.can_delete_data
        text = fill(self.tr("Delete the storage pool %1? It is stopped and its definition removed; "
                            "its volumes and directory stay on the host."), name)
        self.confirm(self.tr("Delete storage pool"), text, lambda: self._delete_answered(uuid, name))
        self.delete_data = None
        if data_allowed and self.confirm_box is not None:
            self.delete_data = QCheckBox(data_words(kind), self.confirm_box)
            self.delete_data.setAccessibleName(self.tr("Also delete the pool's data"))
            self.confirm_box.setCheckBox(self.delete_data)

    def _delete_answered(self, uuid: str, name: str) -> None:
        if self.delete_data is None or not self.delete_data.isChecked():
            self._run(fill(self.tr("delete pool %1"), name), remove_pool, uuid)
            return
        self.confirm(self.tr("Delete the pool's data"),
                     fill(self.tr("Delete the data of pool %1 for good? This cannot be undone."), name),
                     lambda: self._run(fill(self.tr("delete pool %1 and its data"), name),
                                       delete_with_data, uuid))
