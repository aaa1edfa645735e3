"""Blocking VM actions, each ``fn(virConnect, uuid, ...)``; run them with Connection.run."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

import libvirt

from kvmgui.libvirt import diskusers, fanout, virsh
from kvmgui.libvirt.gone import no_domain
from kvmgui.xml.devices import Disk, Kind
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words, listing

Action = Callable[..., None]


def _dom(conn: libvirt.virConnect, uuid: str) -> libvirt.virDomain:
    return conn.lookupByUUIDString(uuid)


def start(conn: libvirt.virConnect, uuid: str) -> None:
    dom = _dom(conn, uuid)
    state = dom.state()[0]
    if state == libvirt.VIR_DOMAIN_PAUSED:
        virsh.resume(dom)
    elif state == libvirt.VIR_DOMAIN_PMSUSPENDED:
        virsh.pm_wakeup(dom)
    else:
        virsh.start(dom)


def shutdown(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.shutdown(_dom(conn, uuid))


def reboot(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.reboot(_dom(conn, uuid))


def reset(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.reset(_dom(conn, uuid))


def force_off(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.destroy(_dom(conn, uuid))


def pause(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.suspend(_dom(conn, uuid))


def resume(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.resume(_dom(conn, uuid))


def wake_up(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.pm_wakeup(_dom(conn, uuid))


def save(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.managed_save(_dom(conn, uuid))


def shutdown_to_restart(conn: libvirt.virConnect, uuid: str) -> None:
    dom = _dom(conn, uuid)
    if not dom.isPersistent():  # undefined meanwhile: once off, it is gone
        raise NotDefinedError
    try:
        shutdown(conn, uuid)
    except libvirt.libvirtError:
        if dom.isActive():  # else it stopped on its own meanwhile: the restart sees it off
            raise


def start_to_restart(conn: libvirt.virConnect, uuid: str) -> None:
    if _dom(conn, uuid).hasManagedSaveImage(0):  # saved meanwhile: a start resumes that
        raise SavedMeanwhileError
    start(conn, uuid)


def force_off_and_start(conn: libvirt.virConnect, uuid: str) -> None:
    dom = _dom(conn, uuid)
    if dom.isActive():
        if not dom.isPersistent():  # undefined meanwhile: forced off, it is gone, not started
            raise NotDefinedError
        virsh.destroy(dom)
    elif dom.hasManagedSaveImage(0):  # saved meanwhile: a start resumes that
        raise SavedMeanwhileError
    virsh.start(dom)


class NotDefinedError(RuntimeError):
    """A restart of a VM no longer defined (transient): stopping it would remove it."""

    def __init__(self) -> None:
        super().__init__("The VM is no longer defined: once off, it would be gone")

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP("RestartVm", "the VM is no longer defined, so stopping it "
                                 "would remove it; it was left as it is").words()


class SavedMeanwhileError(RuntimeError):
    """A restart of a VM saved (managed save) meanwhile: started, it would resume its saved
    memory, which runs what it ran before, not the changes the restart was for."""

    def __init__(self) -> None:
        super().__init__("The VM was saved meanwhile: started, it would resume without the changes")

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP("RestartVm", "the VM was saved meanwhile, so it was left off: "
                                 "started, it would resume where it was saved, without the "
                                 "changes. Run resumes it").words()


@dataclass(frozen=True, slots=True)
class VolumeRef:
    """A storage volume a VM's disk uses, as the delete dialog lists it."""

    path: str
    pool: str
    name: str
    used_by: tuple[str, ...] = ()  # names of other VMs whose disks use it too


def _writable_disk_sources(doc: DomainDoc) -> list[tuple[str, str]]:
    """(source type, source) of the hard disks (not CD-ROMs, floppies or read-only disks)."""
    return [(d.source_type, d.source) for d in doc.devices()
            if isinstance(d, Disk) and d.kind == Kind.DISK and d.source and not d.readonly]


def _volume_of(conn: libvirt.virConnect, source: tuple[str, str]) -> VolumeRef | None:
    """The pool volume behind a disk's (source type, source); None when libvirt manages
    none there (such a file is never deleted by us)."""
    source_type, path = source
    try:
        if source_type == "volume":
            pool, _, name = path.partition("/")
            vol = conn.storagePoolLookupByName(pool).storageVolLookupByName(name)
        elif source_type in ("file", "block"):
            vol = conn.storageVolLookupByPath(path)
        else:
            return None
    except libvirt.libvirtError:
        return None
    return VolumeRef(vol.path(), vol.storagePoolLookupByVolume().name(), vol.name())


def _definition(conn: libvirt.virConnect, uuid: str) -> str:
    return str(_dom(conn, uuid).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))


def storage_for_delete(conn: libvirt.virConnect, uuids: Sequence[str]) -> dict[str, list[VolumeRef]]:
    """For each VM, the pool volumes behind its writable hard disks, with the names of the
    VMs outside ``uuids`` whose disks use them too (those are not safe to delete). A VM
    deleted elsewhere meanwhile has no entry: its disks are unknown, the others' are not.
    For a far host the VMs' definitions, then the volumes of all their disks, are read side
    by side (``fanout.each``): three VMs of two disks each took 24 round trips one after
    another, now five, and two for who else uses them (docs/performance.md, "Delete")."""
    out: dict[str, dict[str, VolumeRef]] = {}  # uuid: {path: volume}, a volume once
    disks: list[tuple[str, tuple[str, str]]] = []  # (uuid, (source type, source))
    for uuid, xml in fanout.each(conn, uuids, partial(_definition, conn)):
        if isinstance(xml, fanout.Failure):
            if not no_domain(xml.error):
                raise xml.error
            continue
        out[uuid] = {}
        disks += [(uuid, source) for source in _writable_disk_sources(DomainDoc.from_string(xml))]
    for (uuid, _source), ref in fanout.each(conn, disks, lambda disk: _volume_of(conn, disk[1])):
        if isinstance(ref, fanout.Failure):
            raise ref.error
        if ref is not None:
            out[uuid].setdefault(ref.path, ref)
    found = {uuid: list(refs.values()) for uuid, refs in out.items()}
    if not any(found.values()):
        return found
    used = users_of(conn, [r for refs in found.values() for r in refs], uuids)
    return {u: [replace(r, used_by=used[r.path]) for r in refs] for u, refs in found.items()}


def users_of(conn: libvirt.virConnect, refs: Sequence[VolumeRef],
             skip: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """{path: names of the VMs outside ``skip`` (UUIDs) whose disks use the volume}: every
    VM, live and inactive definitions; a VM that cannot be read raises
    diskusers.UsersUnknownError rather than counting as "uses nothing"."""
    asked = {r.path: diskusers.VolumeRef(r.path, r.pool, r.name) for r in refs}
    users = diskusers.find_users(conn, list(asked.values()), skip=skip)
    return {path: tuple(user.name for user in users[ref]) for path, ref in asked.items()}


def delete(conn: libvirt.virConnect, uuid: str, volume_paths: Sequence[str] = (),
           batch: Sequence[str] = ()) -> None:
    """Force off, undefine (with managed save, snapshots, NVRAM), then delete exactly the
    named volumes. Volume failures are collected and raised together at the end.
    Only volumes no VM uses now go: one may have been defined on them since the dialog
    listed them. A VM deleted elsewhere meanwhile is gone as asked: its volumes still go.
    ``batch``: the UUIDs of the VMs deleted together with it, whose use of a volume does
    not keep it (their own deletes may not have undefined them yet)."""
    try:
        dom = _dom(conn, uuid)
        # Asked first: a transient VM is gone once forced off, and asking it then fails.
        # At once, for a far host (a round trip, not two).
        persistent, forced = fanout.gather([dom.isPersistent, dom.isActive], fanout.width_for(conn))
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_DOMAIN:
            raise
        _delete_volumes(conn, (uuid, *batch), volume_paths)
        return
    if forced:
        try:
            virsh.destroy(dom)
        except libvirt.libvirtError:
            if not is_off(dom):
                raise
            forced = False  # it stopped on its own meanwhile: delete it as a stopped VM
    if persistent:
        try:
            _undefine(dom)
        except libvirt.libvirtError as exc:
            gone = exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN  # undefined elsewhere
            if forced and not gone:  # the VM is stopped now: not to read as "nothing done"
                raise ForcedOffError(exc.get_error_message() or str(exc)) from exc
            if not gone:
                raise
    _delete_volumes(conn, (uuid, *batch), volume_paths)


def _delete_volumes(conn: libvirt.virConnect, deleted: Sequence[str],
                    volume_paths: Sequence[str]) -> None:
    """Delete the volumes of the deleted VMs (UUIDs), but not those another VM uses now.
    Failures (and volumes kept) are raised together: VolumeDeleteError."""
    problems: list[tuple[str, str | Words]] = []
    vols: list[tuple[str, libvirt.virStorageVol]] = []
    # The lookups, then the volumes' pools, side by side for a far host (reads only: the
    # deletes below stay on this thread, where the job's journal sees them).
    for path, vol in fanout.each(conn, volume_paths, conn.storageVolLookupByPath):
        if (refused := fanout.refusal(vol)) is None:
            vols.append((path, vol))
        else:
            problems.append((path, refused.get_error_message() or str(refused)))
    if vols:  # asked again now: the dialog's listing may be old
        try:
            pools = fanout.gather([vol.storagePoolLookupByVolume for _path, vol in vols],
                                  fanout.width_for(conn))
            refs = {path: diskusers.VolumeRef(path, pool.name(), vol.name())
                    for (path, vol), pool in zip(vols, pools, strict=True)}
            users = diskusers.find_users(conn, list(refs.values()), skip=deleted)
        except libvirt.libvirtError as exc:  # who uses them is unknown: none is deleted
            problems += [(path, exc.get_error_message() or str(exc)) for path, _vol in vols]
            vols = []
        except diskusers.UsersUnknownError as exc:
            problems += [(path, exc.words) for path, _vol in vols]
            vols = []
        else:
            kept = {path: [u.name for u in users[ref]] for path, ref in refs.items() if users[ref]}
            problems += [(path, _USED_NOW.words(listing(tuple(names)))) for path, names in kept.items()]
            vols = [(path, vol) for path, vol in vols if path not in kept]
    for path, vol in vols:
        try:
            virsh.vol_delete(vol, path)
        except libvirt.libvirtError as exc:
            problems.append((path, exc.get_error_message() or str(exc)))
    if problems:
        raise VolumeDeleteError(sorted(problems, key=lambda p: volume_paths.index(p[0])))


def is_off(dom: libvirt.virDomain) -> bool:
    """Whether the VM is off now (a transient one is gone once off); unknown is not off.
    Asked after a step failed that the VM stopping on its own meanwhile explains."""
    try:
        return not dom.isActive()
    except libvirt.libvirtError as exc:
        return bool(exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN)


def _undefine(dom: libvirt.virDomain) -> None:
    """Undefine with its managed save, snapshot and checkpoint metadata (QEMU refuses a VM
    with either without) and NVRAM; drivers that do not know a flag (the test driver has
    no NVRAM, libvirt before 5.6 no checkpoints) are asked again without it."""
    base = libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
    nvram, checkpoints = libvirt.VIR_DOMAIN_UNDEFINE_NVRAM, libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
    for flags in (base | checkpoints | nvram, base | checkpoints, base | nvram):
        try:
            virsh.undefine(dom, flags)
            return
        except libvirt.libvirtError as exc:
            if not _unknown_flags(exc, flags):  # else asked without NVRAM, QEMU says "nvram"
                raise
    virsh.undefine(dom, base)  # the last refusal, in libvirt's own words


_FLAG_MASK = re.compile(r"\b0x([0-9a-fA-F]+)\b")


def _unknown_flags(exc: libvirt.libvirtError, flags: int) -> bool:
    """Whether libvirt refused ``flags`` as unknown to it: "unsupported flags (0x14) in
    function …", its words perhaps translated, its mask (some of ``flags``) not."""
    if exc.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT:
        return True
    if exc.get_error_code() != libvirt.VIR_ERR_INVALID_ARG:
        return False
    masks = [int(m, 16) for m in _FLAG_MASK.findall(exc.get_error_message() or "")]
    return any(mask and not mask & ~flags for mask in masks)


class ForcedOffError(RuntimeError):
    """The VM was forced off for its delete, then could not be undefined: ``why`` is
    libvirt's message."""

    def __init__(self, why: str) -> None:
        super().__init__(f"It was forced off, but not removed: {why}")
        self.why = why

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP("DeleteVm", "it was forced off, but not removed: %1").words(self.why)


class VolumeDeleteError(RuntimeError):
    """The VM is gone; some of the volumes asked for could not be deleted: ``problems``
    holds (path, libvirt's message, or why it was kept) of each."""

    def __init__(self, problems: list[tuple[str, str | Words]]) -> None:
        super().__init__("The VM was deleted, but not all of its storage: " + "; ".join(
            f"{path}: {why if isinstance(why, str) else why.english()}" for path, why in problems))
        self.problems = problems

    @property
    def failures(self) -> Words:
        """Each volume left, with libvirt's reason: "path: why; path: why"."""
        each = [_ONE_VOLUME.words(path, why) for path, why in self.problems]
        failures = each[0]
        for more in each[1:]:
            failures = _AND_THEN.words(failures, more)
        return failures

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "DeleteVm", "The VM was deleted, but not all of its storage: %1").words(self.failures)


_ONE_VOLUME = QT_TRANSLATE_NOOP("DeleteVm", "%1: %2")
_AND_THEN = QT_TRANSLATE_NOOP("DeleteVm", "%1; %2")
_USED_NOW = QT_TRANSLATE_NOOP("DeleteVm", "kept, as it is now used by %1")
