"""Which other drive of a VM uses a disk image already: for Add hardware's disk form and
the details window's disk page (a new image, a changed one, media inserted)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.connection import Connection
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.xml.devices import Device, Disk, Kind
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


def _image_path(disk: Disk, dirs: Mapping[str, str]) -> str | None:
    """The host path of ``disk``'s image: its own, or its pool volume's (``volume_dirs``)."""
    if (volume := disk.volume) is not None:
        pool, name = volume
        return f"{dirs[pool]}/{name}" if pool in dirs else None
    return disk.path


def image_user(path: str, doc: DomainDoc, live: DomainDoc | None, own: str = "", *,
               writable: bool = False, dirs: Mapping[str, str] | None = None) -> str | None:
    """Which other disk of the VM (not ``own``, a key) uses the image ``path``, said; else
    None. Two disks on one image: the guest writes it through both and wrecks it. A reader
    and a writer (``writable``: the new one writes) cannot share it either: QEMU gives the
    writer no write lock while the reader holds the image, nor the reader its shared lock
    while the writer does. Two read-only ones (a CD-ROM is one) share it. A floppy is
    one more drive: the guest writes its image unless it is read-only. A disk given as a
    pool's volume is on its file in that pool's folder (``dirs``: ``volume_dirs``)."""
    same = spelt_alike(path)

    def clash(other: Device) -> bool:
        if other.key == own or not isinstance(other, Disk):
            return False
        theirs = _image_path(other, dirs or {})
        if not theirs or spelt_alike(theirs) != same:
            return False
        return writable or not (other.readonly or other.kind is Kind.CDROM)

    for other in doc.devices():
        if clash(other):
            return fill(QCoreApplication.translate("DiskForm", "%1 of this VM already uses %2"),
                        say(other.title), path)
    # A disk removed from the definition (or given another image) keeps its image in the
    # running VM until its restart.
    for other in live.devices() if live else []:
        if clash(other):
            return fill(QCoreApplication.translate("DiskForm", "%1 of the running VM still uses %2"),
                        say(other.title), path)
    return None


def spelt_alike(path: str) -> str:
    """``path`` without doubled '/' and '.' parts ("a//b", "a/./b": "a/b"), as the kernel
    reads it; '..' stays (it may leave a link: not the same file then)."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return ("/" if path.startswith("/") else "") + "/".join(parts)
