"""What a disk image on a host is before a VM is given it: its format (as libvirt's volume
says, else by its header when it lies on this machine), whether it is a block device, and
which other VMs use it.

Blocking: run in workers. The header of a local image is read on its mount's thread
(``imagehead``): on a network mount that is down the read hangs there, and the worker
gives up after ``imagehead.READ_TIMEOUT_S``.
"""

from __future__ import annotations

import os
import shlex
from functools import partial

import libvirt

from kvmgui.libvirt import fanout, imagehead
from kvmgui.libvirt.diskusers import DiskUser, VolumeRef, find_users
from kvmgui.xml.base import parse_xml
from kvmgui.xml.pool_types import BACKING_FORMATS
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words

QCOW2_MAGIC = b"QFI\xfb"
# Hyper-V's: QEMU reads it, but libvirt has no name for it (and probes it as raw).
VHDX = "vhdx"
# How images of the formats QEMU reads begin: (offset, bytes, libvirt's name).
IMAGE_MAGICS = ((0, QCOW2_MAGIC, "qcow2"), (0, b"QED\0", "qed"), (0, b"KDMV", "vmdk"),
                (0, b"conectix", "vpc"), (0x40, b"\x7f\x10\xda\xbe", "vdi"),
                (0, b"vhdxfile", VHDX))


ImageFormat = str  # libvirt's name of a disk image format: qcow2, raw, vmdk, … (or VHDX)


class UnsupportedImageError(ValueError):
    """An image in a format libvirt cannot give a VM (VHDX): nothing was added."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is a VHDX image")
        self.path = path

    @property
    def words(self) -> Words:
        stem = os.path.splitext(self.path)[0]
        # Not the image itself (a VHDX called disk.qcow2): qemu-img refuses to write it.
        target = f"{stem}.qcow2" if f"{stem}.qcow2" != self.path else f"{stem}-converted.qcow2"
        return QT_TRANSLATE_NOOP(
            "DomainChange", "%1 is a Hyper-V image (VHDX), which libvirt cannot give a VM. "
            "Convert it first, e.g. %2").words(
                self.path, f"qemu-img convert -O qcow2 {shlex.quote(self.path)} {shlex.quote(target)}")


class ImageHungError(imagehead.MountHungError):
    """The file system of a local image did not answer while its header was read."""

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "DomainChange", "%1 could not be read: its file system did not answer (is it a "
            "network mount that is down?).").words(self.filename)


def image_format(conn: libvirt.virConnect, path: str, local: bool) -> ImageFormat | None:
    """The image's format as libvirt read it when a pool holds it, else by its header when
    it lies on this machine (``local``; raw when no known header); None when neither
    tells. Any format QEMU reads: a vmdk or vdi given to the guest as raw is wrecked too.
    A VHDX image is told by its header even in a pool (libvirt calls it raw): ``VHDX``.
    Raises :class:`ImageHungError` when the header's file system does not answer in time
    (the header is read on its mount's thread, ``imagehead``)."""
    try:
        fmt = str(parse_xml(conn.storageVolLookupByPath(path).XMLDesc(0))
                  .xpath("string(target/format/@type)"))
    except libvirt.libvirtError:
        fmt = ""  # in no pool (or one not running)
    if fmt == "iso":
        return "raw"
    known = fmt if fmt in BACKING_FORMATS else None
    if (known and known != "raw") or not local:
        return known
    try:
        head = imagehead.head(path, 0x44)  # on its mount's thread: it may hang there
    except imagehead.MountHungError as exc:  # not guessed: the VM would be given the guess
        raise ImageHungError(path) from exc
    except OSError:
        return known
    found = next((name for at, magic, name in IMAGE_MAGICS if head[at:at + len(magic)] == magic),
                 None)
    return VHDX if found == VHDX else known or found or "raw"


def host_says_block(conn: libvirt.virConnect, path: str) -> bool | None:
    """Whether ``path`` is a block device, as the host's storage volume there says (an LV
    is one, a file in a folder pool not, even below /dev); None when no pool holds it."""
    try:
        kind = conn.storageVolLookupByPath(path).info()[0]
    except libvirt.libvirtError:
        return None
    return {libvirt.VIR_STORAGE_VOL_BLOCK: True, libvirt.VIR_STORAGE_VOL_FILE: False}.get(kind)


def image_facts(conn: libvirt.virConnect, path: str,
                local: bool) -> tuple[ImageFormat | None, bool | None]:
    """``image_format`` and ``host_says_block`` of a new image, in one worker: side by side
    for a far host (``fanout``), two round trips where one after the other took four."""
    fmt, block = fanout.gather([partial(image_format, conn, path, local),
                                partial(host_says_block, conn, path)], fanout.width_for(conn))
    return fmt, block


def block_guess(path: str) -> Words | None:
    """Says that ``path`` was taken for a block device by its place alone (no storage pool
    of the host said what it is), as ``ImageCheck.is_block`` does; None when not."""
    if not path.startswith("/dev/"):
        return None  # a file, as nearly every image is: nothing to say
    return QT_TRANSLATE_NOOP(
        "DomainChange", "%1 was taken for a block device, as it lies in /dev: no storage pool "
        "of the host says what it is.").words(path)


def other_users(conn: libvirt.virConnect, uuid: str, path: str) -> list[DiskUser]:
    """The VMs of the host other than ``uuid`` whose disks use the image ``path``: as their
    own image or one under theirs, by its path or as its pool's volume. A VM that cannot be
    read is left out: the answer only decides whether Add hardware asks first."""
    pool = name = ""
    try:
        vol = conn.storageVolLookupByPath(path)
        pool, name = vol.storagePoolLookupByVolume().name(), vol.name()
    except libvirt.libvirtError:
        pass  # in no pool (or one not running): its path names it
    ref = VolumeRef(path, pool, name)
    return find_users(conn, [ref], skip=[uuid], unknown=[])[ref]


def clashing(users: list[DiskUser], writes: bool) -> list[str]:
    """The names of the VMs in ``users`` whose use of the image clashes with a drive that
    writes it (``writes``: any use) or only reads it (a use that writes: read-only drives
    share an image, as a CD-ROM's or a base image under overlays)."""
    return [u.name for u in users if writes or not (u.readonly or u.base)]


def image_users(conn: libvirt.virConnect, uuid: str, pool: str, volume: str,
                path: str) -> tuple[str, list[DiskUser]]:
    """``other_users`` of the pool's volume (``pool``, ``volume``) when given, else of the
    file ``path``; with the image's path, for the question that names it."""
    if pool and volume:
        path = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume).path()
    return path, other_users(conn, uuid, path)
