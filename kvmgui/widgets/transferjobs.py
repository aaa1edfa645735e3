"""The jobs a transfer window runs off the GUI thread: the looks at its local file and the
file's opening on the thread of the file's mount (``mountlanes``), the question of what an
upload writes over, and the upload or download itself on the transfer's own thread."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass

import libvirt

from kvmgui.libvirt import voldownload, volops, volupload
from kvmgui.libvirt.diskusers import DiskUser
from kvmgui.libvirt.localfiles import LocalFile, length_at, open_partial, open_source
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError, TransferResult
from kvmgui.xml.filereasons import NotAFileError


@dataclass(frozen=True, slots=True)
class UploadTarget:
    """The volume an upload would write over, as the question before it needs to say what
    becomes of it: libvirt writes the file over its start and truncates nothing, so a
    smaller file leaves the rest of the volume as it was."""

    users: list[DiskUser]
    size: int  # bytes the volume holds (a file's length, a device's size); 0: unknown
    grows: bool  # a file, which a larger upload makes longer (a device keeps its size)
    file_size: int  # the local file's; -1: unknown (the upload then says why)
    folder: bool = False  # a directory pool's sub-folder, listed as a volume: not writable


def file_size(path: str) -> int:
    """The length of the local file ``path``, -1 if it cannot be read (the upload then says
    why). On the thread of its mount (``mountlanes``): on a network mount that stopped
    answering it hangs, and on a host's threads it held one of them and its storage panel."""
    try:
        return length_at(path)
    except OSError:
        return -1


def fit_target(path: str) -> None:
    """Look at the folder a download writes ``path`` into, and at ``path``: an ``OSError``
    if the folder cannot be looked at, or if ``path`` is a folder, a device, a pipe or a
    socket. The download is a new file renamed over ``path`` once whole: over those the
    rename failed after the whole volume was read, or (as root) put a file in a device
    node's place. On the thread of its mount: on a network mount that stopped answering
    it hangs there, where the download's own first look held one of the host's threads."""
    os.stat(os.path.dirname(path) or ".")
    try:
        mode = os.stat(path).st_mode  # through a link: what the rename would meet
    except FileNotFoundError:
        return  # a new file
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if not stat.S_ISREG(mode):
        raise NotAFileError(errno.EINVAL, "not a regular file", path)


def open_local(_where: str, path: str, upload: bool, transfer: Transfer) -> LocalFile:
    """Open a transfer's file (an upload's, a download's new partial file) on the thread of
    its mount, before the transfer takes the host's handle: hung there in the transfer's
    job, it held the handle in use, and a Disconnect waited for it."""
    if upload:
        local = open_source(path)
    else:
        fit_target(path)
        local = open_partial(path)
    if transfer.cancelled:  # while it opened: no transfer takes it
        local.discard(remove=not upload)
        raise TransferCancelledError(None)
    return local


def upload_target(conn: libvirt.virConnect, pool_uuid: str, name: str,
                  file_size: int) -> UploadTarget | None:
    """What an upload of a file of ``file_size`` bytes over volume ``name`` of the pool
    would write over (a worker job); None when the pool has no volume of that name (the
    upload makes one)."""
    users = volops.users_if_any(conn, pool_uuid, name)
    if users is None:
        return None
    try:
        vol = conn.storagePoolLookupByUUIDString(pool_uuid).storageVolLookupByName(name)
        kind = int(vol.info()[0])
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_VOL:
            raise
        return None  # deleted meanwhile
    try:  # a file's length, not its capacity (a qcow2's is its virtual size)
        size = int(vol.infoFlags(libvirt.VIR_STORAGE_VOL_GET_PHYSICAL)[2])
    except libvirt.libvirtError:
        size = 0  # a host without the call: not said
    return UploadTarget(users, size, kind == libvirt.VIR_STORAGE_VOL_FILE, file_size,
                        kind == libvirt.VIR_STORAGE_VOL_DIR)


def upload_file(conn: libvirt.virConnect, pool_uuid: str, name: str, path: str, new: bool,
                transfer: Transfer, named: Collection[str] = (),
                local: LocalFile | None = None) -> TransferResult:
    """Upload ``path`` into volume ``name``: a new volume as large as the file (see
    ``volupload.new_volume_xml``), or over the content of an existing one. Over one, a
    running VM refuses, as a wipe does: the question refused those that ran then, and one
    started since would have its disk replaced under it; so does a stopped VM not among
    ``named`` (the UUIDs the question named: one defined on it since). ``local``: the
    file, opened already (``open_local``)."""
    source = local or path
    if new:
        kind = volupload.pool_type_of(conn, pool_uuid)
        return volupload.upload(conn, pool_uuid, source, transfer,
                                create_xml=volupload.new_volume_xml(name, source, kind))
    pool = conn.storagePoolLookupByUUIDString(pool_uuid)  # asked last, before the stream opens
    volops.refuse_unnamed(conn, pool, pool.storageVolLookupByName(name), named)
    return volupload.upload(conn, pool_uuid, source, transfer, name=name)


def download_file(conn: libvirt.virConnect, pool_uuid: str, name: str, path: str,
                  transfer: Transfer, named: Collection[str] | None = None,
                  unread: Collection[str] = (), local: LocalFile | None = None) -> TransferResult:
    """Download volume ``name`` into ``path`` (the file picker asked before replacing it).
    ``named``: the UUIDs of the running VMs that write on it which the question before named
    (None: not asked); another one writing on it by now refuses, as its copy may be damaged,
    and so does a VM that cannot be read by now unless its name is among ``unread`` (those
    the question said it could not read). ``local``: the partial file, made already
    (``open_local``)."""
    if named is not None:
        volops.refuse_new_writers(conn, pool_uuid, name, named, unread)
    return voldownload.download(conn, pool_uuid, name, path, transfer, overwrite=True, partial=local)
