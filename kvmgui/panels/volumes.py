"""The volumes part of the Storage tab: the selected pool's volumes and what can be done to
one (create, delete, resize, wipe, clone, upload, download).

It works through its panel (``StoragePanel``): jobs wait there (``run_job``), questions
are asked there (``confirm``), failures show in its message line. Dialogs run their own
job and stay open with libvirt's words when it fails (``kvmgui.wizards.volume``);
uploads and downloads are in ``kvmgui.panels.volumetransfers`` and run in
``kvmgui.widgets.transfer``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import libvirt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kvmgui.libvirt import volops
from kvmgui.libvirt.diskusers import DiskUser
from kvmgui.libvirt.records import PoolRecord
from kvmgui.libvirt.volerrors import RunningUsersError, VolumeInUseError
from kvmgui.libvirt.volops import CreatedVolume
from kvmgui.models.volumes import Volume, VolumeColumn, VolumeModel
from kvmgui.models.words import say
from kvmgui.panels import volumetransfers
from kvmgui.panels.table import RecordTable
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets import filedialogs
from kvmgui.widgets.labels import MessageLine
from kvmgui.wizards.volume.create import Base, CloneSource, PoolFacts, VolumeDialog
from kvmgui.wizards.volume.resize import ResizeDialog
from kvmgui.xml.pool_caps import HostPoolCaps
from kvmgui.xml.pool_types import BACKING_FORMATS, PoolType, known_pool_type
from kvmgui.xml.words import Marked

if TYPE_CHECKING:
    from kvmgui.panels.storage import StoragePanel


@dataclass(frozen=True)
class PanelJob:
    """One action of a panel as the job it runs, for the one selected object: what a
    "Show command" menu needs to dry-run ``fn(virConnect, *args)`` into its virsh line."""

    key: str
    words: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]


def pool_type(pool: PoolRecord) -> PoolType | None:
    return known_pool_type(pool.pool_type)


def _names(users: list[DiskUser]) -> str:
    return comma_list(u.name for u in users)  # 、 in Chinese


class VolumesView(QWidget):
    """The volume table of the panel's selected pool, with its buttons."""

    def __init__(self, panel: StoragePanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = panel
        self.conn = panel.conn
        self.caps: HostPoolCaps | None = None  # the panel fills it in when the host says
        self.dialog: QDialog | None = None  # the dialog open now (one at a time)
        self.file_dialog: QFileDialog | None = None
        self.model = VolumeModel(self.conn, self)
        self.view = RecordTable(self.model, self, object_name="volumeView",
                                accessible_name=self.tr("Volumes"), always_selected=False,
                                sorts_itself=True)
        self.view.setColumnWidth(VolumeColumn.NAME, 180)
        self.view.setColumnWidth(VolumeColumn.USERS, 140)
        button = panel.button
        self.new_button = button(self.tr("N&ew…"), self.tr("New volume"), self.new_volume)
        self.delete_button = button(self.tr("De&lete…"), self.tr("Delete volume"), self.delete_volume)
        self.resize_button = button(self.tr("Resi&ze…"), self.tr("Resize volume"), self.resize_volume)
        self.wipe_button = button(self.tr("W&ipe…"), self.tr("Wipe volume"), self.wipe_volume)
        self.clone_button = button(self.tr("&Clone…"), self.tr("Clone volume"), self.clone_volume)
        self.upload_button = button(self.tr("&Upload…"), self.tr("Upload a file"), self.upload)
        self.download_button = button(self.tr("Do&wnload…"), self.tr("Download volume"), self.download)
        self.buttons = [self.new_button, self.delete_button, self.resize_button, self.wipe_button,
                        self.clone_button, self.upload_button, self.download_button]

        self.label = QLabel(self.tr("&Volumes"), self)
        self.label.setBuddy(self.view)
        self.status = MessageLine(self, hide_empty=False, wrap=False)
        self.status.setAccessibleName(self.tr("Volume status"))
        head = QHBoxLayout()
        head.addWidget(self.label)
        head.addWidget(self.status, 1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addLayout(panel.button_row(*self.buttons))
        col.addWidget(self.view, 1)

        self.model.loaded.connect(self.show_status)
        self.model.modelReset.connect(self.show_status)
        self.model.failed.connect(self._failed)
        self.model.detailsFailed.connect(self._details_failed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_actions())
        self.model.rowsRemoved.connect(lambda *_a: self.update_actions())

    # -- state --------------------------------------------------------------------------------

    @property
    def pool(self) -> PoolRecord | None:
        return self.panel.current()

    def current(self) -> Volume | None:
        record = self.view.current_record()
        return record if isinstance(record, Volume) else None

    def set_pool(self, pool: PoolRecord | None) -> None:
        self.model.set_pool(pool.uuid if pool else None)
        self.show_status()

    def show_status(self) -> None:
        pool = self.pool
        if pool is None:
            self.status.say(self.tr("No pool selected"))
        elif not pool.active:
            self.status.say(self.tr("The pool is not active: start it to see its volumes"))
        elif self.model.loading and not self.model.rowCount():
            self.status.say(self.tr("Reading volumes…"))
        else:
            self.status.say(self.tr("%n volume(s)", "", self.model.rowCount()))
        self.update_actions()

    def _failed(self, text: str) -> None:
        self.status.error(fill(self.tr("Could not list the volumes: %1"), text))

    def _details_failed(self, text: str) -> None:
        self.status.error(fill(self.tr("Could not read the volumes' formats and backing "
                                       "stores: %1"), text))

    def update_actions(self) -> None:
        pool, vol = self.pool, self.current()
        kind = pool_type(pool) if pool is not None else None
        ok = not self.panel.busy and self.panel.connected and pool is not None and pool.active \
            and self.dialog is None
        makes = ok and kind is not None and kind.info.can_create_volumes
        # Not while a file dialog waits for its folders to answer (one at a time).
        streams = ok and kind is not None and kind.info.can_stream and not filedialogs.looking(self)
        chosen = ok and vol is not None
        self.new_button.setEnabled(makes)
        self.delete_button.setEnabled(chosen)
        self.resize_button.setEnabled(chosen and makes)
        self.wipe_button.setEnabled(chosen)
        self.clone_button.setEnabled(chosen and makes)
        self.upload_button.setEnabled(streams and makes)
        self.download_button.setEnabled(chosen and streams)

    def jobs(self) -> list[PanelJob]:
        """The selected volume's actions that need no more input, as jobs (see PanelJob)."""
        pool, vol = self.pool, self.current()
        if pool is None or vol is None:
            return []
        args = (pool.uuid, vol.name)
        return [PanelJob("delete", self.tr("Delete"), volops.delete_unused, args),
                PanelJob("wipe", self.tr("Wipe"), volops.wipe_volume, args)]

    # -- after a change -------------------------------------------------------------------------

    def changed(self, names: tuple[str, ...] = ()) -> None:
        """A job of ours changed the pool's volumes: no event says so, read them again."""
        pool = self.pool
        if pool is not None:
            self.conn.refresh("pool", pool.uuid)  # its sizes
        self.model.reload()
        if names:
            self.model.refresh_details(names)

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        # The one that closed goes: another may have opened meanwhile (an upload's, once
        # its file was read), and was deleted in its stead, its transfer running on unseen.
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.update_actions()
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        self.update_actions()

    # -- create, clone, resize ---------------------------------------------------------------------

    def facts(self, pool: PoolRecord, kind: PoolType) -> PoolFacts:
        model = self.model
        bases = tuple(Base(v.name, v.path, v.format or "")
                      for r in range(model.rowCount()) if (v := model.volume_at(r)) is not None
                      and (v.format or "raw") in BACKING_FORMATS)
        host = self.caps.volume_formats(kind) if self.caps is not None and self.caps.known else None
        return PoolFacts(pool.uuid, pool.name, kind, model.names(), pool.available, host, bases)

    def new_volume(self) -> None:
        pool = self.pool
        kind = pool_type(pool) if pool is not None else None
        if pool is None or kind is None:
            return
        dialog = VolumeDialog(self.conn, self.facts(pool, kind), parent=self)
        dialog.created.connect(self._created)
        self.open_dialog(dialog)

    def clone_volume(self) -> None:
        pool, vol = self.pool, self.current()
        if pool is None or vol is None:
            return
        source = CloneSource(pool.uuid, vol.name, vol.capacity, vol.format or "")
        if vol.format is not None:
            self._clone(source)
            return
        # Not read yet (the formats are read in a worker after the rows show), or that
        # read failed: the dialog's default (qcow2) would convert a raw volume. This one's
        # is read first, while the buttons wait.
        self.panel.run_job(fill(self.tr("read the format of volume %1"), vol.name),
                           volops.volume_format, pool.uuid, vol.name,
                           done=lambda fmt: self._clone(replace(source, format=fmt)))

    def _clone(self, source: CloneSource) -> None:
        pool = self.pool
        kind = pool_type(pool) if pool is not None else None
        if pool is None or kind is None or pool.uuid != source.pool_uuid or self.dialog is not None:
            return  # another pool was chosen while the format was read
        dialog = VolumeDialog(self.conn, self.facts(pool, kind), source, parent=self)
        dialog.created.connect(self._created)
        self.open_dialog(dialog)

    def _created(self, made: CreatedVolume) -> None:
        self.view.select_when_seen(made.key)
        self.changed((made.name,))
        self.panel.show_info(fill(self.tr("Created volume %1."), made.name))

    def resize_volume(self) -> None:
        pool, vol = self.pool, self.current()
        if pool is None or vol is None:
            return
        dialog = ResizeDialog(self.conn, pool.uuid, vol.name, vol.capacity, parent=self)
        name = vol.name
        dialog.resized.connect(lambda _size: self.changed((name,)))
        self.open_dialog(dialog)

    # -- delete, wipe -----------------------------------------------------------------------------

    def delete_volume(self) -> None:
        pool, vol = self.pool, self.current()
        if pool is None or vol is None:
            return
        uuid, name, path = pool.uuid, vol.name, vol.path

        def ask(users: list[DiskUser] | None) -> None:
            if users is None:  # deleted elsewhere (no event says so): what was asked for
                self.changed()
                return
            title = self.tr("Delete volume")
            if any(u.holds for u in users):
                self.panel.show_error(say(VolumeInUseError(path, users).words))
                return
            if any(u.active for u in users):  # one that uses it only from its next start
                text = fill(self.tr("Delete volume %1? Its data is lost for good, and the VMs "
                                    "that use it will not start until their disk is changed."),
                            name) + self.users_text(users)
                job: Callable[..., None] = volops.delete_despite_stopped_users
                args: tuple[object, ...] = (uuid, name, tuple(u.uuid for u in users))  # no others
            elif users:
                text = fill(self.tr("Delete volume %1? It is a disk of these stopped VMs: %2. "
                                    "They will not start until their disk is changed, and the "
                                    "volume's data is lost for good."), name, _names(users))
                job = volops.delete_despite_stopped_users
                args = (uuid, name, tuple(u.uuid for u in users))  # no others
            else:
                text = fill(self.tr("Delete volume %1? Its data is lost for good."), name)
                job, args = volops.delete_unused, (uuid, name)
            self.panel.confirm(title, text, lambda: self.panel.run_job(
                fill(self.tr("delete volume %1"), name), job, *args, after=self.changed))

        self.panel.run_job(fill(self.tr("check which VMs use %1"), name), volops.users_if_any,
                           uuid, name, done=ask)

    def wipe_volume(self) -> None:
        pool, vol = self.pool, self.current()
        if pool is None or vol is None:
            return
        uuid, name, path = pool.uuid, vol.name, vol.path

        def ask(users: list[DiskUser] | None) -> None:
            if users is None:  # deleted elsewhere (no event says so)
                self.changed()
                self.panel.show_info(fill(self.tr("Volume %1 is gone (deleted elsewhere): there "
                                                  "is nothing to wipe."), name))
                return
            if self.refused(path, users, RunningUsersError.WIPE):
                return
            text = fill(self.tr("Wipe volume %1? Every byte of it is overwritten with zeroes; its "
                                "data is lost for good."), name)
            text += self.users_text(users)
            named = tuple(u.uuid for u in users)  # one running on it by then is not wiped under it
            self.panel.confirm(self.tr("Wipe volume"), text, lambda: self.panel.run_job(
                fill(self.tr("wipe volume %1"), name), volops.wipe_volume, uuid, name,
                libvirt.VIR_STORAGE_VOL_WIPE_ALG_ZERO, named, after=lambda: self.changed((name,))))

        # Asked now, as for delete: the list's users may not be read yet, or be unknown.
        self.panel.run_job(fill(self.tr("check which VMs use %1"), name), volops.users_if_any,
                           uuid, name, done=ask)

    def refused(self, path: str, users: list[DiskUser], text: Marked) -> bool:
        """Whether running VMs have open the volume whose content a job would overwrite: the
        guest would find its disk zeroed or replaced under it (said in the message line). One
        that has it only in the definition it boots next is as a stopped one (``users_text``)."""
        running = [u for u in users if u.holds]
        if running:
            self.panel.show_error(say(RunningUsersError(path, running, text).words))
        return bool(running)

    def users_text(self, users: list[DiskUser]) -> str:
        """The stopped VMs whose disk a question's answer overwrites: a stopped VM's disk is
        its data as much as a running one's (a running one with it open refuses: ``refused``),
        then the running ones that use it only from their next start."""
        text = ""
        if stopped := [u for u in users if not u.active]:
            text += "\n\n" + fill(self.tr("These stopped VMs use it: %1."), _names(stopped))
        if later := [u for u in users if u.active]:
            text += "\n\n" + fill(self.tr("These running VMs use it from their next start (it is "
                                          "not open now): %1."), _names(later))
        return text

    # -- upload, download (kvmgui.panels.volumetransfers) -------------------------------------

    def upload(self) -> None:
        volumetransfers.upload(self)

    def upload_file(self, path: str, pool_uuid: str | None = None) -> None:
        """Upload ``path`` into a new volume named after it, or into the volume of that name,
        of the pool ``pool_uuid`` (the selected one by default)."""
        volumetransfers.upload_file(self, path, pool_uuid)

    def download(self) -> None:
        volumetransfers.download(self)

    def download_to(self, name: str, path: str, pool_uuid: str | None = None,
                    named: tuple[str, ...] = (), unread: tuple[str, ...] = ()) -> None:
        """Download volume ``name`` of the pool ``pool_uuid`` (the selected one by default);
        ``named``: the running VMs writing on it that the user was told of (another refuses);
        ``unread``: the VMs the user was told could not be read (another one refuses)."""
        volumetransfers.download_to(self, name, path, pool_uuid, named, unread)
