"""Which VMs use a volume: the check before storage is deleted. Run only in workers.

Every domain is read, the inactive definition of persistent ones and the live
XML of running ones (a disk hot-plugged only into the running VM counts, and
so does an image that is only the base of a running VM's overlay); a stopped VM
costs one call. A stopped VM's definition names only its overlay, so the backing
chain of each disk that is not raw is read: from the volumes' XML, and for an image
in no active pool from its header (``imagehead``) when it lies on this machine; one
that cannot be read so (a remote host's, one outside a Flatpak's sandbox, one on a mount
that does not answer, one missing from a pool not running, whose storage may only be
unmounted) makes the users unknown. A VM that
vanishes meanwhile (``VIR_ERR_NO_DOMAIN``) is skipped; any other failure to
read a VM raises :class:`UsersUnknownError`, because a VM we could not read may well
use the volume, and deleting storage on a guess loses data.
A far host's VMs are read side by side (``fanout.each``).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import libvirt
from lxml import etree

from kvmgui.libvirt import fanout, imagehead
from kvmgui.libvirt.connection import is_remote_uri
from kvmgui.xml.base import parse_xml
from kvmgui.xml.disk_sources import DiskSource, disk_sources, disks_of, is_running
from kvmgui.xml.filereasons import errno_reason
from kvmgui.xml.pool import PoolDoc, VolumeDoc
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Marked, Words


@dataclass(frozen=True, slots=True)
class VolumeRef:
    """A volume as disks may name it: by path, or as pool + volume name."""

    path: str
    pool: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class DiskUser:
    """A VM whose disk uses a volume."""

    uuid: str
    name: str
    active: bool  # running or paused: QEMU has the image open
    disk: str  # the guest's device, e.g. "vda"
    base: bool = False  # the volume lies under the disk's image (a backing file), not is it
    readonly: bool = False  # each disk of it that is the volume is read-only (a CD-ROM, say)
    live: bool = False  # QEMU has it open: a disk of the running VM's live XML uses it (not
    # only the definition it boots next, as a disk attached with --config alone)

    @property
    def holds(self) -> bool:
        """The VM runs with the volume open: a running VM that has it only in the definition
        it boots next is, for this volume, as a stopped one."""
        return self.active and self.live


class UsersUnknownError(RuntimeError):
    """A VM's definition could not be read, so who uses the storage is unknown."""

    def __init__(self, vm: str, reason: str) -> None:
        super().__init__(f"cannot read the definition of {vm}: {reason}")
        self.vm = vm
        self.reason = reason

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "StorageOps", "Could not check which VMs use the storage: reading %1 failed: %2").words(
            self.vm, self.reason)


Match = Callable[[DiskSource], bool]


FLATPAK_INFO = "/.flatpak-info"  # there only inside a Flatpak's sandbox

# A volume (or pool) not found: the path is not a pool volume, or went meanwhile.
_NOT_A_VOLUME = (libvirt.VIR_ERR_NO_STORAGE_VOL, libvirt.VIR_ERR_NO_STORAGE_POOL)


class BackingUnknownError(UsersUnknownError):
    """A disk image in no active pool whose header could not be read (a remote host's, one
    this user may not read, one on a file system that does not answer, or one not found
    where it may only be out of sight): what lies under it is unknown."""

    UNREADABLE = QT_TRANSLATE_NOOP(
        "StorageOps", "Could not check which VMs use the storage: the disk %1 of %2 is in no "
        "active pool, and kvmgui cannot read which images lie under it.")
    HUNG = QT_TRANSLATE_NOOP(
        "StorageOps", "Could not check which VMs use the storage: the disk %1 of %2 is in no "
        "active pool, and its file system did not answer (is it a network mount that is down?).")
    MISSING = QT_TRANSLATE_NOOP(
        "StorageOps", "Could not check which VMs use the storage: the disk %1 of %2 is not "
        "found, and its pool %3 is not running (is its storage not mounted?). Start the pool "
        "to check again.")
    FAILED = QT_TRANSLATE_NOOP(
        "StorageOps", "Could not check which VMs use the storage: the disk %1 of %2 is in no "
        "active pool, and kvmgui cannot read which images lie under it: %3.")

    def __init__(self, vm: str, path: str, text: Marked = UNREADABLE, detail: Arg = "") -> None:
        super().__init__(vm, f"the images under {path} cannot be read")
        self.path = path
        self.text = text
        self.detail = detail  # MISSING's pool, FAILED's reason

    @property
    def words(self) -> Words:
        if self.detail:
            return self.text.words(self.path, self.vm, self.detail)
        return self.text.words(self.path, self.vm)


class _UnreadableError(Exception):
    def __init__(self, path: str, text: Marked = BackingUnknownError.UNREADABLE,
                 detail: Arg = "") -> None:
        super().__init__(path)
        self.path = path
        self.text = text
        self.detail = detail


class _Chains:
    """The backing files of disk images: a pool volume's from its XML (``<backingStore>
    <path>``, which libvirt reads from the image), an image in no active pool's from its
    header when it lies on this machine; each image read once per check."""

    def __init__(self, conn: libvirt.virConnect) -> None:
        self._conn = conn
        self._known: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._unreadable: dict[tuple[str, ...], _UnreadableError] = {}
        self._local: bool | None = None  # the host is this machine (asked when needed)
        self._stopped: list[tuple[str, str]] | None = None  # ("/"-ended target, pool) not running

    def seen_live(self, disks: Iterable[DiskSource]) -> None:
        """A running VM's live disks: a chain QEMU's XML states is not read again."""
        for disk in disks:
            if disk.path and disk.chain_stated:
                self._known.setdefault((disk.path,), disk.backing)

    def of(self, disk: DiskSource) -> tuple[str, ...]:
        """The paths of the images under the disk's, nearest first; () if it has none.
        Raises ``_UnreadableError`` for an image in no active pool that cannot be read."""
        if not disk.path and not (disk.pool and disk.volume):
            return ()  # no storage (a network boot, an empty CD-ROM)
        if disk.format == "raw" or (not disk.format and disk.device in ("cdrom", "floppy")):
            return ()  # QEMU reads the image as it is: no backing file (an ISO, an LV)
        key = (disk.path,) if disk.path else (disk.pool or "", disk.volume or "")
        if key in self._unreadable:  # asked once per check (a hung mount: once given up on)
            raise self._unreadable[key]
        if key not in self._known:
            try:
                self._known[key] = self._read(disk)
            except _UnreadableError as exc:
                self._unreadable[key] = exc
                raise
        return self._known[key]

    def _read(self, disk: DiskSource) -> tuple[str, ...]:
        chain: list[str] = []
        image = disk.path or ""
        vol: libvirt.virStorageVol | None = None
        if not image:  # a volume of a pool (one not running refuses: unknown)
            try:
                vol = self._conn.storagePoolLookupByName(disk.pool).storageVolLookupByName(disk.volume)
            except libvirt.libvirtError as exc:
                if exc.get_error_code() not in _NOT_A_VOLUME:
                    raise
                return ()  # gone meanwhile
        while True:
            if vol is None:
                vol = self._volume_at(image)
            if vol is not None:
                doc = VolumeDoc.from_string(vol.XMLDesc(0))
                named, image = doc.backing_path, doc.path or image
            else:
                named = self._header(image)
            if not named:
                break
            # Relative to the overlay's directory, as qemu-img resolves it.
            base = posixpath.normpath(posixpath.join(posixpath.dirname(image), named))
            if base in chain or base == disk.path:  # a loop: nothing more to find
                break
            chain.append(base)
            image, vol = base, None
        return tuple(chain)

    def _volume_at(self, path: str) -> libvirt.virStorageVol | None:
        try:
            return self._conn.storageVolLookupByPath(path)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() not in _NOT_A_VOLUME:
                raise
            return None  # in no active pool

    def _header(self, path: str) -> str:
        """The backing file named in the header of ``path``, an image libvirt has no volume
        of (outside every pool, or in one not running): libvirt has no call that reads it,
        so only an image on this machine can be read; elsewhere it is unknown."""
        if self._local is None:
            # A Flatpak's sandbox sees none of the host's image directories: an image there
            # would only seem missing.
            self._local = not is_remote_uri(self._conn.getURI()) and not os.path.exists(FLATPAK_INFO)
        if not self._local:
            raise _UnreadableError(path)
        try:
            return imagehead.backing_name(path)
        except FileNotFoundError as exc:
            pool = self._stopped_pool(path)
            if pool:  # a netfs pool's share not mounted leaves its mount point empty
                raise _UnreadableError(path, BackingUnknownError.MISSING, pool) from exc
            return ""  # no image there: nothing is opened through it
        except imagehead.MountHungError as exc:  # read on the mount's thread, given up on
            raise _UnreadableError(path, BackingUnknownError.HUNG) from exc
        except OSError as exc:  # a stale NFS handle, an I/O error, a permission denied
            known = errno_reason(exc.errno)
            reason: Arg = known.words() if known else exc.strerror or str(exc)
            raise _UnreadableError(path, BackingUnknownError.FAILED, reason) from exc

    def _stopped_pool(self, path: str) -> str:
        """The pool not running in whose target ``path`` lies ("" if none): its storage (a
        network share, a file system on a device) may not be mounted."""
        if self._stopped is None:
            self._stopped = []
            for pool in self._conn.listAllStoragePools(
                    libvirt.VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE):
                try:
                    target = PoolDoc.from_string(pool.XMLDesc(0)).target_path
                except libvirt.libvirtError as exc:
                    if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_POOL:
                        raise
                    continue  # undefined meanwhile
                if target:
                    self._stopped.append((posixpath.normpath(target).rstrip("/") + "/", pool.name()))
        return next((name for target, name in self._stopped if path.startswith(target)), "")


def _fetch(dom: libvirt.virDomain) -> tuple[etree._Element, str | None]:
    """A VM's XML as libvirt gives it without flags, parsed, and, when that says the VM
    runs (an ``id`` only then), the definition it returns to: a stopped VM costs one call,
    not an isActive and an isPersistent besides. On a thread of ``fanout``'s (a parser per
    call, ``parse_xml``)."""
    root = parse_xml(dom.XMLDesc(0))
    return root, dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE) if is_running(root) else None


def _read(dom: libvirt.virDomain, fetched: Any, chains: _Chains,
          direct: Callable[[DiskSource], bool] | None = None) -> tuple[bool, list[DiskSource], int] | None:
    """(active, disks of its inactive and live definitions, backing chains of pool volumes
    added, except for disks that are ``direct`` hits; the index of the first live disk: those
    from it on are the running VM's live XML's) from what ``_fetch`` read (or the
    ``fanout.Failure`` of its read); None if it vanished."""
    try:
        if isinstance(fetched, fanout.Failure):
            raise fetched.error
        root, inactive = fetched
        active = inactive is not None
        disks = disks_of(root)
        live = len(disks)  # a stopped VM's XML is its definition: no live disk
        if active:
            chains.seen_live(disks)
            # What it returns to when it stops (a transient VM's: its live definition).
            disks = disk_sources(inactive) + disks
            live = len(disks) - live
        # Live XML has the chain already; a definition names only the overlay. A disk that
        # is itself every volume asked about needs no chain.
        return active, [replace(d, backing=chain)
                        if not d.backing and not (direct is not None and direct(d))
                        and (chain := chains.of(d)) else d for d in disks], live
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
            return None
        raise UsersUnknownError(dom.name(), exc.get_error_message() or str(exc)) from exc
    except _UnreadableError as exc:
        raise BackingUnknownError(dom.name(), exc.path, exc.text, exc.detail) from exc


def find_users(conn: libvirt.virConnect, refs: Sequence[VolumeRef], *,
               skip: Iterable[str] = (),
               unknown: list[UsersUnknownError] | None = None) -> dict[VolumeRef, list[DiskUser]]:
    """For each volume in ``refs``, the VMs (except the UUIDs in ``skip``) whose
    disks use it, sorted by name. Raises :class:`UsersUnknownError` (see above), or, given
    an ``unknown`` list, adds it there and goes on without that VM (a listing shows what is
    known; a job that deletes or overwrites never passes one)."""
    skipped = set(skip)
    users: dict[VolumeRef, list[DiskUser]] = {ref: [] for ref in refs}
    if not refs:
        return users
    paths = [posixpath.normpath(ref.path) if ref.path else "" for ref in refs]  # once, not per VM

    def direct(disk: DiskSource) -> bool:
        return all(_is(ref, path, disk) for ref, path in zip(refs, paths, strict=True))

    chains = _Chains(conn)
    domains = [d for d in conn.listAllDomains(0) if d.UUIDString() not in skipped]
    for dom, fetched in fanout.each(conn, domains, _fetch):
        uuid = dom.UUIDString()
        try:
            read = _read(dom, fetched, chains, direct)
        except UsersUnknownError as exc:
            if unknown is None:
                raise
            unknown.append(exc)
            continue
        if read is None:
            continue
        active, disks, first_live = read
        # The first disk (in document order) that uses each path or pool volume: a lookup
        # per volume, not a scan of the disks per volume (a pool has thousands of volumes).
        by_path, by_volume = _index(disks)
        if not by_path and not by_volume:
            continue  # no disk with storage (a network boot, an empty CD-ROM)
        live_paths, live_volumes = _index(disks[first_live:])
        name = dom.name()
        for ref, path in zip(refs, paths, strict=True):
            found = _first_use(ref, path, disks, by_path, by_volume)
            if found is not None:
                itself = [d for d in disks if _is(ref, path, d)]
                users[ref].append(DiskUser(
                    uuid, name, active, found.target, base=not itself,
                    readonly=bool(itself) and all(d.readonly or d.device == "cdrom" for d in itself),
                    live=bool(path and path in live_paths)
                    or bool(ref.pool and ref.name and (ref.pool, ref.name) in live_volumes)))
    return {ref: sorted(found, key=lambda u: u.name) for ref, found in users.items()}


def _index(disks: list[DiskSource]) -> tuple[dict[str, DiskSource],
                                            dict[tuple[str, str], DiskSource]]:
    """The first of ``disks`` that uses each path (its own image's or one under it) and each
    pool volume."""
    by_path: dict[str, DiskSource] = {}
    by_volume: dict[tuple[str, str], DiskSource] = {}
    for disk in disks:
        for path in ([disk.path] if disk.path else []) + list(disk.backing):
            by_path.setdefault(path, disk)
        if disk.pool and disk.volume:
            by_volume.setdefault((disk.pool, disk.volume), disk)
    return by_path, by_volume


def _is(ref: VolumeRef, path: str, disk: DiskSource) -> bool:
    """Whether the disk's own image is the volume (not an image under it)."""
    return bool((path and disk.path == path)
                or (ref.pool and ref.name and (disk.pool, disk.volume) == (ref.pool, ref.name)))


def _first_use(ref: VolumeRef, path: str, disks: list[DiskSource], by_path: dict[str, DiskSource],
               by_volume: dict[tuple[str, str], DiskSource]) -> DiskSource | None:
    """The first of ``disks`` that ``uses`` the volume (``DiskSource.uses``, looked up);
    ``path`` is the volume's path, normalised."""
    hits = []
    if path:
        hit = by_path.get(path)
        if hit is not None:
            hits.append(hit)
    if ref.pool and ref.name:
        hit = by_volume.get((ref.pool, ref.name))
        if hit is not None:
            hits.append(hit)
    if len(hits) < 2:
        return hits[0] if hits else None
    return min(hits, key=lambda d: next(i for i, x in enumerate(disks) if x is d))


def users_under(conn: libvirt.virConnect, directory: str, pool: str) -> list[DiskUser]:
    """VMs with a disk inside ``directory`` or on a volume of pool ``pool``: who
    would lose storage if the pool's data went. Raises :class:`UsersUnknownError`."""
    prefix = directory.rstrip("/") + "/" if directory else None
    found: dict[str, DiskUser] = {}
    chains = _Chains(conn)
    for dom, fetched in fanout.each(conn, conn.listAllDomains(0), _fetch):
        read = _read(dom, fetched, chains)
        if read is None:
            continue
        active, disks, _live = read
        for disk in disks:
            paths = ([disk.path] if disk.path else []) + list(disk.backing)
            inside = prefix is not None and any(p.startswith(prefix) for p in paths)
            if inside or (disk.pool == pool and pool):
                found.setdefault(dom.UUIDString(), DiskUser(dom.UUIDString(), dom.name(), active,
                                                            disk.target))
                break
    return sorted(found.values(), key=lambda u: u.name)
