"""Upload and download of the volumes view (:class:`kvmgui.panels.volumes.VolumesView`): the
file pickers, the question before a volume's content is replaced, the transfer window
(:mod:`kvmgui.widgets.transfer`) and what the view shows once it is done.

Functions of the view, apart to keep its module short; their words are the view's (the
context "VolumesView").
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import libvirt
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton

from kvmgui.libvirt import mountlanes, volops
from kvmgui.libvirt.transfers import TransferResult
from kvmgui.libvirt.volerrors import RunningUsersError
from kvmgui.models.words import say
from kvmgui.utils.tr import comma_list, fill, size_text, window_title
from kvmgui.widgets.filedialogs import FileDialogSpec, open_file_dialog
from kvmgui.widgets.transfer import Direction, TransferDialog, ongoing
from kvmgui.widgets.transferjobs import UploadTarget, file_size, upload_target
from kvmgui.xml.pool_types import VolumeKind, known_pool_type
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume

if TYPE_CHECKING:
    from kvmgui.panels.volumes import VolumesView

# The file's size is read before the panel's job, on its mount's thread: by pool, volume
# and file, an upload asked again while that read hangs waits for the same answer.
_sizes = mountlanes.OneAtATime()


def upload(view: VolumesView) -> None:
    pool = view.pool
    if pool is None:
        return
    spec = FileDialogSpec(
        QCoreApplication.translate("VolumesView", "Upload a File into the Pool"),
        file_mode=QFileDialog.FileMode.ExistingFile,
        accessible_name=QCoreApplication.translate("VolumesView", "Choose the file to upload"))
    # Into this pool, even if the selection moved meanwhile (the pool removed elsewhere).
    uuid = pool.uuid
    _file_dialog(view, spec, lambda path: upload_file(view, path, uuid), view.upload_button)


def upload_file(view: VolumesView, path: str, pool_uuid: str | None = None) -> None:
    """Upload ``path`` into a new volume named after it, or into the volume of that name,
    of the pool ``pool_uuid`` (the selected one by default)."""
    pool = view.pool
    uuid = pool_uuid or (pool.uuid if pool is not None else None)
    if uuid is None or not path:
        return
    name = os.path.basename(path)

    def ask(target: UploadTarget | None, size: int) -> None:
        if target is None:
            refused = _new_volume_refused(view, uuid, name, size)
            if refused:
                view.panel.show_error(refused)
                return
            transfer(view, Direction.UPLOAD, uuid, name, path, new=True)
            return
        if target.folder:  # libvirt cannot open it for writing
            view.panel.show_error(fill(QCoreApplication.translate(
                "VolumesView", "Volume %1 is a folder: a file cannot be uploaded over it. Rename "
                "the file to upload it as a new volume."), name))
            return
        if target.file_size == 0:  # libvirt truncates nothing: the volume stays as it is
            view.panel.show_error(fill(QCoreApplication.translate(
                "VolumesView", "%1 is empty: uploading it would change nothing in volume %2."),
                path, name))
            return
        users = target.users
        listed = view.model.volume(name) if uuid == view.model.pool_uuid else None
        volume = listed.path if listed is not None else name
        if view.refused(volume, users, RunningUsersError.REPLACE):
            return
        if not target.grows and 0 < target.size < target.file_size:
            view.panel.show_error(fill(QCoreApplication.translate(
                "VolumesView", "%1 (%2) is larger than volume %3 (%4), which cannot grow: the "
                "upload would fail at the volume's end, with all of it overwritten."),
                path, size_text(target.file_size), volume, size_text(target.size)))
            return
        if 0 <= target.file_size < target.size:
            # libvirt truncates nothing: the volume's end keeps its data, and its size.
            text = fill(QCoreApplication.translate(
                "VolumesView", "The pool already has a volume named %1. Write the file over its "
                "start? The file (%2) is smaller than the volume (%3): only the volume's first %2 "
                "are replaced, and the rest keeps what it holds now. To have the volume hold "
                "only the file, delete it first."), name, size_text(target.file_size),
                size_text(target.size))
        else:
            text = fill(QCoreApplication.translate(
                "VolumesView", "The pool already has a volume named %1. Replace its contents "
                "with the file? What it holds now is lost."), name)
        text += view.users_text(users)  # their disk replaced, as a wipe would
        named = tuple(u.uuid for u in users)  # one running on it by then is not overwritten
        view.panel.confirm(QCoreApplication.translate("VolumesView", "Replace volume contents"), text,
                           lambda: transfer(view, Direction.UPLOAD, uuid, name, path,
                                            new=False, named=named))

    def sized(size: int) -> None:
        view.panel.run_job(fill(QCoreApplication.translate("VolumesView", "check which VMs use %1"),
                                name), upload_target, uuid, name, size,
                           done=lambda target: ask(target, size))

    # Said until the file's disk answers: a network mount that stopped answering may never.
    view.panel.show_info(fill(QCoreApplication.translate("VolumesView", "Reading %1…"), path))
    # Not the view as the job's context: the ask must end (its key freed) also when the
    # host window closed meanwhile, or no later window could upload that file again.
    _sizes.submit((uuid, name, path), path, file_size,
                  done=lambda size: sized(size) if shiboken6.isValid(view) else None)


def _new_volume_refused(view: VolumesView, pool_uuid: str, name: str, size: int) -> str:
    """Why the pool's new volume cannot take the file's name ``name`` (an LV's has none of
    the characters LVM refuses) or, in a block pool, its ``size`` (-1: unknown; an LV is
    allocated whole, within the free space), as the New Volume dialog says it; "" when it
    can. Checked before the upload's window: libvirt refused only once the upload began."""
    record = view.conn.pools.get(pool_uuid)
    kind = known_pool_type(record.pool_type) if record is not None else None
    if record is None or kind is None:
        return ""
    spec = VolumeSpec(name=name, capacity=Size(max(size, 0), SizeUnit.BYTES))
    problems = [p for p in validate_volume(spec, VolumeContext(pool_type=kind, available=record.available))
                if p.is_error]
    for problem in problems:
        if problem.field == "name":
            return fill(QCoreApplication.translate(
                "VolumesView", "The new volume would be named %1, after the file, which this pool "
                "does not allow: %2"), name, say(problem.words))
    if size < 0 or kind.info.volumes is VolumeKind.FILE:  # a file grows as it fills
        return ""
    for problem in problems:
        if problem.field == "capacity":
            return fill(QCoreApplication.translate(
                "VolumesView", "The new volume, as large as the file, cannot be made in this "
                "pool: %1"), say(problem.words))
    return ""


def download(view: VolumesView) -> None:
    pool, vol = view.pool, view.current()
    if pool is None or vol is None:
        return
    name, uuid, path = vol.name, pool.uuid, vol.path
    if vol.row.kind == libvirt.VIR_STORAGE_VOL_DIR:  # a directory pool's sub-folder
        view.panel.show_error(fill(QCoreApplication.translate(
            "VolumesView", "Volume %1 is a folder: it cannot be downloaded."), name))
        return

    def ask(writers: volops.Writers | None) -> None:
        if writers is None:  # deleted elsewhere (no event says so)
            view.changed()
            view.panel.show_info(fill(QCoreApplication.translate(
                "VolumesView", "Volume %1 is gone (deleted elsewhere): there is nothing to "
                "download."), name))
            return
        if not writers.running and not writers.unread:
            _choose_download(view, name, uuid, (), ())
            return
        parts = []
        if writers.running:
            parts.append(fill(QCoreApplication.translate(
                "VolumesView", "%1 is a disk of these running VMs: %2. They may write on it while "
                "it is copied, and the copy may then be damaged. Shut them down first (or download "
                "the image under an external snapshot)."),
                path, comma_list(u.name for u in writers.running)))
        if writers.unread:  # any of them may run on it
            parts.append(fill(QCoreApplication.translate(
                "VolumesView", "Whether these VMs write on %1 is not known: %2. One that runs on "
                "it may write on it while it is copied, and the copy may then be damaged."),
                path, comma_list(e.vm for e in writers.unread))
                + "".join("\n" + say(e.words) for e in writers.unread))
        parts.append(QCoreApplication.translate("VolumesView", "Download it anyway?"))
        named = tuple(u.uuid for u in writers.running)  # one started since refuses
        unread = tuple(e.vm for e in writers.unread)  # another one unread by then refuses
        view.panel.confirm(QCoreApplication.translate("VolumesView", "Download volume"),
                           "\n\n".join(parts),
                           lambda: _choose_download(view, name, uuid, named, unread))

    # A copy taken while a guest writes on the volume may be damaged: asked first.
    view.panel.run_job(fill(QCoreApplication.translate("VolumesView", "check which VMs use %1"), name),
                       volops.writers_if_any, uuid, name, done=ask)


def _choose_download(view: VolumesView, name: str, uuid: str, named: tuple[str, ...],
                     unread: tuple[str, ...]) -> None:
    # A '[*]' in the name is Qt's "modified" mark in a title: hidden unless doubled.
    spec = FileDialogSpec(
        window_title(fill(QCoreApplication.translate("VolumesView", "Download Volume %1"), name)),
        save=True, name=name,
        accessible_name=QCoreApplication.translate("VolumesView", "Choose where to save the volume"))
    _file_dialog(view, spec, lambda path: download_to(view, name, path, uuid, named, unread),
                 view.download_button)


def download_to(view: VolumesView, name: str, path: str, pool_uuid: str | None = None,
                named: tuple[str, ...] = (), unread: tuple[str, ...] = ()) -> None:
    """Download volume ``name`` of the pool ``pool_uuid`` (the selected one by default);
    ``named``: the running VMs writing on it that the user was told of (another refuses);
    ``unread``: the VMs the user was told could not be read (another one refuses)."""
    pool = view.pool
    uuid = pool_uuid or (pool.uuid if pool is not None else None)
    if uuid is not None and path:
        transfer(view, Direction.DOWNLOAD, uuid, name, path, new=False, named=named,
                 unread=unread)


def _file_dialog(view: VolumesView, spec: FileDialogSpec, selected: Callable[[str], None],
                 busy: QPushButton) -> None:
    # Built once the folders it looks at answered; the buttons meanwhile as the view says.
    open_file_dialog(view, spec, selected, busy=busy, settled=view.update_actions,
                     shown=partial(setattr, view, "file_dialog"))


def _clash(view: VolumesView, direction: Direction, pool_uuid: str, name: str) -> str:
    """Why a transfer of volume ``name`` cannot start now ("" when it can): an upload goes
    over its volume alone (a download of it meanwhile copies a mix of old and new data; two
    uploads interleave), and downloads of one volume may run side by side. The transfers
    are those of every host window, also those whose window was closed while they hung
    (their stream may still be open on the host): each counts until its job ends."""
    for other in ongoing():
        if other.uri == view.conn.uri and other.pool_uuid == pool_uuid and other.volume == name \
                and Direction.UPLOAD in (direction, other.direction):
            upload = other.direction is Direction.UPLOAD
            if not other.shown():
                text = (QCoreApplication.translate(
                    "VolumesView", "Volume %1 is still being uploaded by a transfer whose window "
                    "was closed: wait until it ends.") if upload else
                    QCoreApplication.translate(
                    "VolumesView", "Volume %1 is still being downloaded by a transfer whose window "
                    "was closed: wait until it ends."))
            elif upload:
                text = QCoreApplication.translate("VolumesView", "Volume %1 is being uploaded in "
                                                  "another window: wait until that transfer ends.")
            else:
                text = QCoreApplication.translate("VolumesView", "Volume %1 is being downloaded in "
                                                  "another window: wait until that transfer ends.")
            return fill(text, name)
    return ""


def transfer(view: VolumesView, direction: Direction, pool_uuid: str, name: str, path: str, *,
             new: bool, named: tuple[str, ...] = (), unread: tuple[str, ...] = ()) -> None:
    clash = _clash(view, direction, pool_uuid, name)
    if clash:
        view.panel.show_error(clash)
        return
    dialog = TransferDialog(view.conn, direction, pool_uuid, name, path, new_volume=new,
                            users_named=named, users_unread=unread, parent=view)
    dialog.transferred.connect(lambda result: _transferred(view, direction, path, result))
    if direction is Direction.UPLOAD:
        # One that failed or was cancelled may leave a volume (one the host would not delete
        # again: the window says so), which no event announces: read them again.
        dialog.finished.connect(lambda _result: _upload_ended(view, dialog))
    view.open_dialog(dialog)
    dialog.start()


def _upload_ended(view: VolumesView, dialog: TransferDialog) -> None:
    if dialog.outcome is None and shiboken6.isValid(view):  # done: _transferred read them
        view.changed()


def _transferred(view: VolumesView, direction: Direction, local: str, result: TransferResult) -> None:
    rate = size_text(round(result.total / max(result.seconds, 0.001)))
    if direction is Direction.UPLOAD:
        view.view.select_when_seen(result.key)
        view.changed((result.volume,))
        view.panel.show_info(fill(QCoreApplication.translate(
            "VolumesView", "Uploaded %1 into volume %2 (%3/s)."), os.path.basename(local),
            result.volume, rate))
    else:
        view.panel.show_info(fill(QCoreApplication.translate(
            "VolumesView", "Downloaded volume %1 to %2 (%3/s)."), result.volume, local, rate))
