"""Blocking storage-pool operations, each ``fn(virConnect, ...)``; run them with ``Connection.run``.

Creating a pool is one job (:func:`create_pool`): define → build → start →
autostart, undoing what it did when a step fails and re-raising libvirt's
error. The host's pool capabilities, source discovery and the suggested
target directory are what the wizard asks before that.

Every change is made through :mod:`kvmgui.libvirt.virsh`, so the job notes its ``virsh``
line; in a preview (``Connection.preview``) ``create_pool`` notes them all and returns "".
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from enum import Enum

import libvirt

from kvmgui.libvirt import diskusers, virsh
from kvmgui.xml.base import to_xml
from kvmgui.xml.pool import PoolDoc, parse_sources
from kvmgui.xml.pool_build import IMAGES_DIR, apply_source, build_pool, default_target_path
from kvmgui.xml.pool_caps import HostPoolCaps, parse_pool_caps, unknown_pool_caps
from kvmgui.xml.pool_spec import HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words, listing

log = logging.getLogger(__name__)

DEFAULT_POOL = "default"


class CreateStep(Enum):
    """Where :func:`create_pool` is, for a progress label."""

    DEFINE = "define"
    BUILD = "build"
    START = "start"
    AUTOSTART = "autostart"
    UNDO = "undo"
    DONE = "done"


Progress = Callable[[CreateStep], None]


def _pool(conn: libvirt.virConnect, uuid: str) -> libvirt.virStoragePool:
    return conn.storagePoolLookupByUUIDString(uuid)


# -- what the host offers --------------------------------------------------------------------


def pool_capabilities(conn: libvirt.virConnect) -> HostPoolCaps:
    """The pool types (and formats) the host supports; on hosts older than
    libvirt 5.2 (or drivers without the call, such as test://) every type is
    offered and libvirt decides when the pool is defined."""
    try:
        text = conn.getStoragePoolCapabilities(0)
    except AttributeError:  # a binding older than 5.2
        return unknown_pool_caps()
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise
        return unknown_pool_caps()
    return parse_pool_caps(text)


def source_query_xml(pool_type: PoolType, host: str = "", port: int | None = None,
                     initiator: str = "") -> str | None:
    """The ``srcSpec`` argument of ``findStoragePoolSources``: where to look."""
    if pool_type is PoolType.LOGICAL or not host:
        return None
    spec = PoolSpec(type=pool_type, hosts=[HostSpec(host, port)], initiator=initiator)
    source = build_pool(spec).find("./source")
    if source is None:
        return None
    for child in list(source):
        if child.tag not in ("host", "initiator"):
            source.remove(child)
    return to_xml(source)


def find_sources(conn: libvirt.virConnect, pool_type: PoolType, host: str = "",
                 port: int | None = None, initiator: str = "") -> list[PoolSpec]:
    """Sources libvirt finds for a new pool of ``pool_type`` (NFS exports of
    ``host``, volume groups, iSCSI targets of a portal, Gluster volumes…): one
    spec per source, only its source fields filled (see ``copy_source``)."""
    query = source_query_xml(pool_type, host, port, initiator)
    text = conn.findStoragePoolSources(pool_type.value, query, 0)
    found = []
    for source in parse_sources(text):
        spec = PoolSpec(type=pool_type)
        apply_source(spec, source)
        if pool_type is PoolType.NETFS and not spec.hosts[0].name:
            spec.hosts = [HostSpec(host, port)]
        found.append(spec)
    return found


def copy_source(found: PoolSpec, into: PoolSpec) -> None:
    """Take a found source over into the wizard's spec; name, target and choices stay."""
    into.hosts = [HostSpec(h.name, h.port) for h in found.hosts]
    into.source_dir = found.source_dir
    into.devices = list(found.devices)
    into.iqn = found.iqn or into.iqn
    into.source_name = found.source_name
    into.source_format = found.source_format or into.source_format
    if found.initiator:
        into.initiator = found.initiator


def images_dir(conn: libvirt.virConnect) -> str:
    """Directory new directory pools go under: the host's default pool's, when it is a
    directory pool, else /var/lib/libvirt/images."""
    try:
        doc = PoolDoc.from_string(conn.storagePoolLookupByName(DEFAULT_POOL).XMLDesc(0))
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_POOL:
            raise
        return IMAGES_DIR
    if doc.type == PoolType.DIR.value and doc.target_path:
        return doc.target_path
    return IMAGES_DIR


def default_target(conn: libvirt.virConnect, pool_type: PoolType, name: str,
                   source_name: str = "") -> str:
    """The target path to suggest for a new pool (see ``default_target_path``)."""
    base = images_dir(conn) if pool_type in (PoolType.DIR, PoolType.FS, PoolType.NETFS) else IMAGES_DIR
    return default_target_path(pool_type, name, base, source_name)


# -- create ------------------------------------------------------------------------------------


def _build_flags(pool_type: PoolType, overwrite: bool) -> int:
    if overwrite:
        return int(libvirt.VIR_STORAGE_POOL_BUILD_OVERWRITE)
    # fs, disk and logical builds check for a file system / label / PV first with this flag.
    return int(libvirt.VIR_STORAGE_POOL_BUILD_NO_OVERWRITE) if pool_type.info.build_overwrites else 0


def _may_undo_build(pool_type: PoolType, target_existed: bool | None) -> bool:
    """Can ``virStoragePoolDelete`` take back exactly what the build made?

    LVM and ZFS builds made a new volume group / zpool: deleting removes it. A
    directory build made the target directory, which deleting removes only if
    it is empty, and only when we know it was not there before. A disk build
    wrote a new partition table: that cannot be undone.
    """
    if pool_type in (PoolType.LOGICAL, PoolType.ZFS):
        return True
    return pool_type in (PoolType.DIR, PoolType.FS, PoolType.NETFS) and target_existed is False


def create_pool(conn: libvirt.virConnect, xml: str, *, build: bool = False, overwrite: bool = False,
                start: bool = True, autostart: bool = False, target_existed: bool | None = None,
                progress: Progress | None = None) -> str:
    """Define ``xml``; then build (overwriting only when asked), start and set
    autostart as asked. Returns the new pool's UUID.

    All or nothing: when a step fails, the pool is stopped, what the build made
    is deleted where that is safe (see ``_may_undo_build``; ``target_existed``
    says whether the target directory was there before, ``None`` if unknown),
    the definition is removed, and libvirt's error is raised unchanged.
    """
    say = progress or (lambda _step: None)
    doc = PoolDoc.from_string(xml)
    pool_type = PoolType(doc.type or "dir")
    say(CreateStep.DEFINE)
    defined = virsh.pool_define(conn, xml, doc.name or "")
    pool = defined if defined is not None else virsh.planned("pool", doc.name or "")  # None: a preview
    built = started = False
    try:
        if build:
            say(CreateStep.BUILD)
            virsh.pool_build(pool, _build_flags(pool_type, overwrite))
            built = True
        if start:
            say(CreateStep.START)
            virsh.pool_start(pool)
            started = True
        if autostart:
            say(CreateStep.AUTOSTART)
            virsh.pool_autostart(pool, True)
    except Exception:
        say(CreateStep.UNDO)
        _undo(pool, started, built and _may_undo_build(pool_type, target_existed))
        raise
    say(CreateStep.DONE)
    return "" if defined is None else str(defined.UUIDString())


def _undo(pool: libvirt.virStoragePool, started: bool, delete: bool) -> None:
    steps: list[tuple[str, Callable[[libvirt.virStoragePool], None]]] = []
    if started:
        steps.append(("destroy", virsh.pool_destroy))
    if delete:
        steps.append(("delete", virsh.pool_delete))
    steps.append(("undefine", virsh.pool_undefine))
    for what, step in steps:
        try:
            step(pool)
        except libvirt.libvirtError as exc:  # the first error is the one to show
            log.warning("undoing pool %s: %s failed: %s", pool.name(), what, exc)


# -- lifecycle ---------------------------------------------------------------------------------


def start(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.pool_start(_pool(conn, uuid))


def stop(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.pool_destroy(_pool(conn, uuid))


def set_autostart(conn: libvirt.virConnect, uuid: str, on: bool) -> None:
    virsh.pool_autostart(_pool(conn, uuid), on)


def refresh(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.pool_refresh(_pool(conn, uuid))


def build(conn: libvirt.virConnect, uuid: str, overwrite: bool = False) -> None:
    pool = _pool(conn, uuid)
    kind = PoolType(PoolDoc.from_string(pool.XMLDesc(0)).type or "dir")
    virsh.pool_build(pool, _build_flags(kind, overwrite))


def remove(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop the pool and forget its definition. Its volumes and directory stay on disk."""
    delete_pool(conn, uuid, delete_data=False)


class PoolInUseError(RuntimeError):
    """Deleting the pool's data would take storage from these VMs."""

    def __init__(self, users: list[diskusers.DiskUser]) -> None:
        super().__init__("storage of the pool is used by " + ", ".join(u.name for u in users))
        self.users = users

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "StorageOps", "The pool's data cannot be deleted: these VMs use its storage: %1").words(
            listing([u.name for u in self.users]))  # "a、b" in Chinese


def _can_delete_data(pool_type: str) -> bool:
    try:
        return PoolType(pool_type).info.can_delete_data
    except ValueError:
        return False


def _definition(pool: libvirt.virStoragePool) -> PoolDoc:
    """The pool's persistent definition: what it is once stopped (a running pool's edited
    definition takes over then), so what ``virStoragePoolDelete`` deletes."""
    try:
        return PoolDoc.from_string(pool.XMLDesc(libvirt.VIR_STORAGE_XML_INACTIVE))
    except libvirt.libvirtError as exc:
        # Some drivers (test) know no inactive flag: their XML is the definition.
        if exc.get_error_code() not in (libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_NO_SUPPORT):
            raise
        return PoolDoc.from_string(pool.XMLDesc(0))


def delete_pool(conn: libvirt.virConnect, uuid: str, delete_data: bool = False) -> None:
    """Stop and undefine the pool; with ``delete_data`` also delete its storage
    (``virStoragePoolDelete``: the directory of a directory pool, which must be
    empty; the volume group of an LVM pool and every volume in it; the zpool).

    Refuses with :class:`PoolInUseError` when a VM's disk lies in the pool and the data is
    to go. When deleting the data fails the pool is started again if it ran, so it
    is left as it was, and libvirt's error is raised.
    """
    pool = _pool(conn, uuid)
    was_active = bool(pool.isActive())
    persistent = bool(pool.isPersistent())
    if delete_data:
        doc = _definition(pool)
        if not _can_delete_data(doc.type or "") or not persistent:
            raise ValueError(f"the data of pool {doc.name} cannot be deleted through libvirt")
        users = diskusers.users_under(conn, doc.target_path or "", doc.name or "")
        if users:
            raise PoolInUseError(users)
    if was_active:
        virsh.pool_destroy(pool)
    if delete_data:
        try:
            virsh.pool_delete(pool)
        except libvirt.libvirtError:
            if was_active and persistent:
                with contextlib.suppress(libvirt.libvirtError):
                    virsh.pool_start(pool)
            raise
    if persistent:
        virsh.pool_undefine(pool)
