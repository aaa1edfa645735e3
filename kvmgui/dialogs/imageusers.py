"""Which other drive of a VM uses a disk image already: for Add hardware's disk form and
the details window's disk page (a new image, a changed one, media inserted)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.connection import Connection
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.xml.devices import Disk, Kind
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.pool_types import known_pool_type


def volume_dirs(conn: Connection) -> dict[str, str]:
    """The folder of each pool of image files (by name): its volume 'v' is the file
    '<folder>/v', the path a disk given as pool and volume opens."""
    dirs = {}
    for rec in conn.pools.records():
        kind = known_pool_type(rec.pool_type)
        if kind is not None and kind.info.holds_image_files and rec.target_path:
            dirs[rec.name] = rec.target_path
    return dirs


def image_of(disk: Disk, dirs: Mapping[str, str]) -> str | None:
    """The host path of ``disk``'s image: its own, or its pool volume's (``volume_dirs``)."""
    if (volume := disk.volume) is not None:
        pool, name = volume
        return f"{dirs[pool]}/{name}" if pool in dirs else None
    return disk.path


def image_paths(doc: DomainDoc, live: DomainDoc | None, own: str = "", *,
                dirs: Mapping[str, str] | None = None) -> list[str]:
    """The images of the VM's drives other than ``own`` (a key), defined or still in the
    running VM: what ``image_user`` compares a path with (``ImageCheck.then``'s others)."""
    return list(dict.fromkeys(path for _doc, disk in _drives(doc, live, own)
                              if (path := image_of(disk, dirs or {}))))


def _drives(doc: DomainDoc, live: DomainDoc | None, own: str) -> Iterator[tuple[DomainDoc, Disk]]:
    for held in (doc, live) if live is not None else (doc,):
        for other in held.devices():
            if other.key != own and isinstance(other, Disk):
                yield held, other


def image_user(path: str, doc: DomainDoc, live: DomainDoc | None, own: str = "", *,
               writable: bool = False, dirs: Mapping[str, str] | None = None,
               file: Callable[[str], Hashable | None] | None = None) -> str | None:
    """Which other disk of the VM (not ``own``, a key) uses the image ``path``, said; else
    None. Two disks on one image: the guest writes it through both and wrecks it. A reader
    and a writer (``writable``: the new one writes) cannot share it either: QEMU gives the
    writer no write lock while the reader holds the image, nor the reader its shared lock
    while the writer does. Two read-only ones (a CD-ROM is one) share it. A floppy is
    one more drive: the guest writes its image unless it is read-only. A disk given as a
    pool's volume is on its file in that pool's folder (``dirs``: ``volume_dirs``).
    Paths are the same image when spelt alike, or when ``file`` (``ImageCheck.file``:
    which file a path names on this machine, None where not known) says they name one
    file: a symbolic link, /dev/disk/by-id/… beside /dev/sdb."""
    same = spelt_alike(path)
    mine = file(path) if file is not None else None

    def clash(other: Disk) -> bool:
        if not (writable or not (other.readonly or other.kind is Kind.CDROM)):
            return False
        theirs = image_of(other, dirs or {})
        if not theirs:
            return False
        return spelt_alike(theirs) == same or (
            mine is not None and file is not None and file(theirs) == mine)

    for held, other in _drives(doc, live, own):
        if not clash(other):
            continue
        if held is doc:
            return fill(QCoreApplication.translate("DiskForm", "%1 of this VM already uses %2"),
                        say(other.title), path)
        # A disk removed from the definition (or given another image) keeps its image in
        # the running VM until its restart.
        return fill(QCoreApplication.translate("DiskForm", "%1 of the running VM still uses %2"),
                    say(other.title), path)
    return None


def spelt_alike(path: str) -> str:
    """``path`` without doubled '/' and '.' parts ("a//b", "a/./b": "a/b"), as the kernel
    reads it; '..' stays (it may leave a link: not the same file then)."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return ("/" if path.startswith("/") else "") + "/".join(parts)
