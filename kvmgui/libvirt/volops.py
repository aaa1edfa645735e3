"""Blocking storage-volume operations, each ``fn(virConnect, pool_uuid, ...)``; run with ``Connection.run``.

A volume is named by its pool's UUID and its name in the pool. Deleting asks
:mod:`kvmgui.libvirt.diskusers` first and refuses while a VM uses the volume
(a stopped VM's use can be overridden on request); shrinking needs an
explicit request and then passes ``VIR_STORAGE_VOL_RESIZE_SHRINK``. The refusals, with
their words, are in :mod:`kvmgui.libvirt.volerrors`.

Changes go through :mod:`kvmgui.libvirt.virsh` (the job notes each ``virsh`` line; a
preview notes them and makes nothing). The new-VM job names pools by name:
:func:`create_in_pool` and :func:`discard` are its way in.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import libvirt

from kvmgui.libvirt import diskusers, virsh
from kvmgui.libvirt.commands import previewing
from kvmgui.libvirt.diskusers import DiskUser
from kvmgui.libvirt.gone import gone_is_done
from kvmgui.libvirt.volerrors import (
    RunningUsersError,
    ShrinkRefusedError,
    VolumeInUseError,
    WritersStartedError,
)
from kvmgui.xml.pool import PoolDoc, VolumeDoc
from kvmgui.xml.pool_types import PoolType


@dataclass(frozen=True, slots=True)
class CreatedVolume:
    name: str
    path: str
    key: str


def _pool(conn: libvirt.virConnect, pool_uuid: str) -> libvirt.virStoragePool:
    return conn.storagePoolLookupByUUIDString(pool_uuid)


def _vol(conn: libvirt.virConnect, pool_uuid: str, name: str) -> libvirt.virStorageVol:
    return _pool(conn, pool_uuid).storageVolLookupByName(name)


def _name(xml: str) -> str:
    return VolumeDoc.from_string(xml).name or ""


def _created(vol: libvirt.virStorageVol | None, xml: str) -> CreatedVolume:
    if vol is None:  # a preview made nothing
        return CreatedVolume(_name(xml), "", "")
    return CreatedVolume(vol.name(), vol.path(), vol.key())


def create_volume(conn: libvirt.virConnect, pool_uuid: str, xml: str,
                  prealloc_metadata: bool = False) -> CreatedVolume:
    """Create the volume ``xml`` (see ``volume_build``) in the pool."""
    flags = libvirt.VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA if prealloc_metadata else 0
    return _created(virsh.vol_create(_pool(conn, pool_uuid), xml, _name(xml), flags), xml)


def create_in_pool(conn: libvirt.virConnect, pool: str, xml: str) -> libvirt.virStorageVol | None:
    """Create the volume ``xml`` in the pool named ``pool`` (the new-VM job's disk and
    cloud-init seed); the new volume, None in a preview. Undo with :func:`discard`."""
    return virsh.vol_create(conn.storagePoolLookupByName(pool), xml, _name(xml))


def discard(conn: libvirt.virConnect, pool: str, vol: libvirt.virStorageVol) -> None:
    """Delete a volume a job of ours has just made and must take back (no user check:
    nothing but that job knows of it)."""
    virsh.vol_delete_in(conn.storagePoolLookupByName(pool), vol)


def pool_type_of(conn: libvirt.virConnect, pool: str) -> PoolType:
    """The type of the pool named ``pool`` (how its volumes' XML must look)."""
    try:
        return PoolType(PoolDoc.from_string(conn.storagePoolLookupByName(pool).XMLDesc(0)).type or "dir")
    except ValueError:  # a type this kvmgui does not know: libvirt decides on the XML
        return PoolType.DIR


def running_writers(users: list[DiskUser]) -> list[DiskUser]:
    """The running VMs that may write on the volume meanwhile: one that only reads it (a
    CD-ROM, a read-only disk, the backing file of its disk) leaves it as it is, and so does one
    that has it only in the definition it boots next."""
    return [u for u in users if u.holds and not u.base and not u.readonly]


def clone_volume(conn: libvirt.virConnect, pool_uuid: str, xml: str, source_pool_uuid: str,
                 source_name: str) -> CreatedVolume:
    """A new volume ``xml`` in the pool with the content of another volume (any pool
    of the host: libvirt copies, converting the format where needed). Refused while a
    running VM writes on the source (:class:`RunningUsersError`): qemu-img cannot open a
    qcow2 QEMU holds, and a raw file copied meanwhile may be damaged. A VM that cannot be
    read refuses it too (``diskusers.UsersUnknownError``, with the reason): it may run on
    the source and write on it, and libvirt copies a raw file QEMU holds without a word."""
    source_pool = _pool(conn, source_pool_uuid)
    source = source_pool.storageVolLookupByName(source_name)
    ref = _ref(source_pool, source)
    users = diskusers.find_users(conn, [ref])[ref]
    writers = running_writers(users)
    if writers:
        raise RunningUsersError(ref.path or source_name, writers, RunningUsersError.CLONE)
    made = virsh.vol_create_from(_pool(conn, pool_uuid), xml, _name(xml), source_pool, source)
    return _created(made, xml)


def volume_names(conn: libvirt.virConnect, pool: str) -> frozenset[str]:
    """The names of the volumes in the pool named ``pool``."""
    return names_in(conn.storagePoolLookupByName(pool))


def names_in(pool: libvirt.virStoragePool) -> frozenset[str]:
    """The names of ``pool``'s volumes, in one call: libvirt-python's ``listVolumes``
    counts them first, a round trip more (0.6 s over a 300 ms link)."""
    return frozenset(vol.name() for vol in pool.listAllVolumes(0))


def volume_xml(conn: libvirt.virConnect, pool_uuid: str, name: str) -> str:
    return str(_vol(conn, pool_uuid, name).XMLDesc(0))


def volume_format(conn: libvirt.virConnect, pool_uuid: str, name: str) -> str:
    """The volume's format as libvirt states it ("" when it states none)."""
    return VolumeDoc.from_string(volume_xml(conn, pool_uuid, name)).format or ""


# -- who uses it, delete -------------------------------------------------------------------


def _ref(pool: libvirt.virStoragePool, vol: libvirt.virStorageVol) -> diskusers.VolumeRef:
    return diskusers.VolumeRef(vol.path(), pool.name(), vol.name())


def volume_users(conn: libvirt.virConnect, pool_uuid: str, name: str) -> list[DiskUser]:
    """The VMs whose disks use the volume (running or not, live and inactive
    definitions). Raises ``diskusers.UsersUnknownError`` when a VM cannot be read."""
    pool = _pool(conn, pool_uuid)
    ref = _ref(pool, pool.storageVolLookupByName(name))
    return diskusers.find_users(conn, [ref])[ref]


def delete_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, *,
                  allow_stopped_users: bool = False, named: Collection[str] | None = None) -> None:
    """Delete the volume unless a VM uses it.

    Raises :class:`VolumeInUseError` when a running VM has it open, or a stopped one
    (or a running one that uses it only from its next start) and ``allow_stopped_users`` is
    False (the caller then asks, listing the VMs, and calls again with True and the UUIDs it
    listed as ``named``: a VM not among them still refuses). ``diskusers.UsersUnknownError``
    when a VM cannot be read: nothing is deleted on a guess.
    """
    pool = _pool(conn, pool_uuid)
    vol = pool.storageVolLookupByName(name)
    ref = _ref(pool, vol)
    users = diskusers.find_users(conn, [ref])[ref]
    unnamed = [u for u in users if named is not None and u.uuid not in named]
    if users and (not allow_stopped_users or any(u.holds for u in users) or unnamed):
        raise VolumeInUseError(ref.path or name, users, unnamed)
    virsh.vol_delete_in(pool, vol)


# -- resize, wipe --------------------------------------------------------------------------


def resize_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, capacity: int, *,
                  shrink: bool = False, allocate: bool = False,
                  named: Collection[str] | None = None) -> int:
    """Set the volume's capacity to ``capacity`` bytes; returns the new capacity.

    Growing needs nothing more (``allocate`` also allocates the new space). The disk of
    one running VM grows through that VM (``virsh blockresize``: QEMU holds the image, and
    tells the guest); the other uses by running VMs refuse (:class:`RunningUsersError`). A
    disk only in the definition a running VM boots next (attached with ``--config``) is not
    open: it grows as a stopped VM's does.
    Shrinking raises :class:`ShrinkRefusedError` unless ``shrink`` is True, and is then
    passed to libvirt with ``VIR_STORAGE_VOL_RESIZE_SHRINK``; a running VM with the
    volume open refuses it, and so does a stopped one not among the UUIDs ``named`` (those the
    question named; None: not asked) (:class:`VolumeInUseError`). A VM that cannot be
    read refuses a growth and a shrink alike (``diskusers.UsersUnknownError``): only one
    gone meanwhile is skipped.
    """
    pool = _pool(conn, pool_uuid)
    vol = pool.storageVolLookupByName(name)
    current = int(vol.info()[1])
    flags = libvirt.VIR_STORAGE_VOL_RESIZE_ALLOCATE if allocate else 0
    if capacity < current and not shrink:
        raise ShrinkRefusedError(current, capacity)
    if capacity == current:
        return current
    ref = _ref(pool, vol)
    # A VM that cannot be read (UsersUnknownError, with libvirt's reason) refuses a growth
    # too: it may run with the volume open, and a raw image grows under its guest unseen.
    users = diskusers.find_users(conn, [ref])[ref]
    volume = ref.path or name
    held = [u for u in users if u.holds]  # not one only its next boot will open
    if capacity < current:
        if held:
            raise RunningUsersError(volume, held, RunningUsersError.SHRINK)
        unnamed = [u for u in users if named is not None and u.uuid not in named]
        if unnamed:
            raise VolumeInUseError(volume, users, unnamed)
        flags |= libvirt.VIR_STORAGE_VOL_RESIZE_SHRINK
    elif held:
        if any(u.base for u in held):
            raise RunningUsersError(volume, [u for u in held if u.base], RunningUsersError.UNDER)
        if len(held) > 1:
            raise RunningUsersError(volume, held, RunningUsersError.SHARED)
        virsh.block_resize(conn.lookupByUUIDString(held[0].uuid), vol.path(), capacity)
        return capacity if previewing() else int(vol.info()[1])
    virsh.vol_resize(pool, vol, capacity, flags)
    if previewing():
        return capacity
    return int(vol.info()[1])


@dataclass(frozen=True, slots=True)
class ShrinkCheck:
    """What the question before a shrink says: the volume's capacity now (the list's may be
    old: libvirt sends no volume event) and the VMs that use it."""

    capacity: int
    users: list[DiskUser]


def users_before_shrink(conn: libvirt.virConnect, pool_uuid: str, name: str) -> ShrinkCheck:
    """The volume's capacity and the VMs using it, for the question before a shrink: stopped
    ones, and running ones that have it only in the definition they boot next; one running
    with it open refuses it (:class:`RunningUsersError`), as :func:`resize_volume` would."""
    pool = _pool(conn, pool_uuid)
    vol = pool.storageVolLookupByName(name)
    ref = _ref(pool, vol)
    users = diskusers.find_users(conn, [ref])[ref]
    held = [u for u in users if u.holds]
    if held:
        raise RunningUsersError(ref.path or name, held, RunningUsersError.SHRINK)
    return ShrinkCheck(int(vol.info()[1]), users)


def wipe_volume(conn: libvirt.virConnect, pool_uuid: str, name: str,
                algorithm: int = libvirt.VIR_STORAGE_VOL_WIPE_ALG_ZERO,
                named: Collection[str] | None = None) -> None:
    """Overwrite the volume's data (zeroes by default; libvirt's other algorithms
    need the scrub tool on the host). ``named``: the UUIDs of the (stopped) VMs the
    question named (None: not asked); a running VM on it now, or one the question did not
    name, refuses (:class:`VolumeInUseError`, see :func:`refuse_unnamed`)."""
    pool = _pool(conn, pool_uuid)
    vol = pool.storageVolLookupByName(name)
    if named is not None:
        refuse_unnamed(conn, pool, vol, named)
    virsh.vol_wipe(pool, vol, algorithm)


def refuse_unnamed(conn: libvirt.virConnect, pool: libvirt.virStoragePool,
                   vol: libvirt.virStorageVol, named: Collection[str]) -> None:
    """Raise :class:`VolumeInUseError` when a running VM has the volume open (``started``: the
    question refused those that ran then, :class:`RunningUsersError`), or a stopped one not
    among ``named`` (the UUIDs the question named: one defined on it since): asked at the
    last moment before its content is overwritten (a wipe, an upload over it)."""
    ref = _ref(pool, vol)
    users = diskusers.find_users(conn, [ref])[ref]
    started = [u for u in users if u.holds]
    if started:
        raise VolumeInUseError(ref.path or vol.name(), users, started, started=True)
    unnamed = [u for u in users if u.uuid not in named]
    if unnamed:
        raise VolumeInUseError(ref.path or vol.name(), users, unnamed)


def backing_of(conn: libvirt.virConnect, pool_uuid: str, name: str) -> tuple[str, str] | None:
    """(path, format) of the volume's backing store, if it has one."""
    doc = VolumeDoc.from_string(_vol(conn, pool_uuid, name).XMLDesc(0))
    return (doc.backing_path, doc.backing_format or "") if doc.backing_path else None


# -- jobs asked for after a question (the volume may be gone by then) ---------------------------


def delete_unused(conn: libvirt.virConnect, pool_uuid: str, name: str) -> None:
    """Delete a volume no VM uses (refused, with the VMs, if one does by now)."""
    with gone_is_done(libvirt.VIR_ERR_NO_STORAGE_VOL):
        delete_volume(conn, pool_uuid, name)


def delete_despite_stopped_users(conn: libvirt.virConnect, pool_uuid: str, name: str,
                                 named: Collection[str]) -> None:
    """Delete a volume stopped VMs use, after the user said yes to losing the VMs (UUIDs)
    ``named`` (a running one, or one defined on it since, still refuses)."""
    with gone_is_done(libvirt.VIR_ERR_NO_STORAGE_VOL):
        delete_volume(conn, pool_uuid, name, allow_stopped_users=True, named=named)


def users_if_any(conn: libvirt.virConnect, pool_uuid: str, name: str) -> list[DiskUser] | None:
    """The VMs using volume ``name`` of the pool, or None when the pool has no volume of that
    name (asked of libvirt: the list may not show a volume made elsewhere yet)."""
    try:
        return volume_users(conn, pool_uuid, name)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_VOL:
            raise
        return None


# -- download (a copy taken while a guest writes on it may be damaged) ------------------------


@dataclass(frozen=True, slots=True)
class Writers:
    """Who may write on a volume while it is copied: the running VMs with it open for writing
    (:func:`running_writers`), and the VMs that could not be read (any of them may)."""

    running: list[DiskUser]
    unread: list[diskusers.UsersUnknownError]


def writers_if_any(conn: libvirt.virConnect, pool_uuid: str, name: str) -> Writers | None:
    """Who may write on volume ``name`` while it is copied, for the question before a
    download; None when the pool has no volume of that name. A VM that cannot be read is
    listed as unread, the others are still checked."""
    unread: list[diskusers.UsersUnknownError] = []
    try:
        pool = _pool(conn, pool_uuid)
        ref = _ref(pool, pool.storageVolLookupByName(name))
        users = diskusers.find_users(conn, [ref], unknown=unread)[ref]
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_VOL:
            raise
        return None
    return Writers(running_writers(users), unread)


def refuse_new_writers(conn: libvirt.virConnect, pool_uuid: str, name: str,
                       named: Collection[str], unread: Collection[str] = ()) -> None:
    """Raise :class:`WritersStartedError` when a running VM not among ``named`` (the UUIDs
    the question before a download named) writes on the volume: asked at the last moment
    before it is copied. A VM that cannot be read by then raises its
    ``diskusers.UsersUnknownError``, unless the question named it among those it could not
    read (``unread``: their names; :func:`writers_if_any`): the user said yes to that."""
    pool = _pool(conn, pool_uuid)
    ref = _ref(pool, pool.storageVolLookupByName(name))
    unknown: list[diskusers.UsersUnknownError] = []
    users = diskusers.find_users(conn, [ref], unknown=unknown)[ref]
    started = [u for u in running_writers(users) if u.uuid not in named]
    if started:
        raise WritersStartedError(ref.path or name, started)
    for exc in unknown:
        if exc.vm not in unread:
            raise exc
