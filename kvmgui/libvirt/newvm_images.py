"""The images a new VM starts from: the format and size of an existing disk image or a
cloud image's base (blocking; run in a worker).

libvirt's reading wins when a pool holds the image; else, on this machine, the file's
header (``imageformat.image_format``); the wizard's choice only when neither tells. Named
qcow2, a raw base fails in qemu-img; sized 0, an overlay may be smaller than its image.
"""

from __future__ import annotations

import contextlib
import os
from functools import partial

import libvirt

from kvmgui.libvirt import imageformat, imagehead
from kvmgui.libvirt.connection import is_remote_uri
from kvmgui.xml.newvm_spec import DiskFormat, InstallMethod, NewVmSpec


def disk_image_format(conn: libvirt.virConnect, pool: str, volume: str, path: str,
                      local: bool) -> DiskFormat | None:
    """The format of an existing disk image: the volume ``volume`` of ``pool``, else the
    file ``path`` (``imageformat.image_format``); None when neither libvirt nor the file says."""
    if volume:
        path = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume).path()
    return _disk_format(imageformat.image_format(conn, path, local))


def _disk_format(fmt: str | None) -> DiskFormat | None:
    """``fmt`` if the wizard's spec can hold it (qcow2, raw); else None (not known)."""
    return "qcow2" if fmt == "qcow2" else "raw" if fmt == "raw" else None


def backing(conn: libvirt.virConnect, spec: NewVmSpec) -> tuple[str, int, DiskFormat]:
    """Path, size and format of a cloud image's base image ("", 0, "qcow2" for other
    methods): as libvirt reads it when a pool holds it, else from its header on this
    machine; the format chosen in the wizard only when neither tells. (Named qcow2, a raw
    base fails in qemu-img; sized 0, the overlay may be smaller than the image.)"""
    inst = spec.install
    if inst.method is not InstallMethod.CLOUD_IMAGE:
        return "", 0, inst.base_format
    local = not is_remote_uri(conn.getURI())
    if inst.base_volume:
        vol = conn.storagePoolLookupByName(inst.base_pool).storageVolLookupByName(inst.base_volume)
        path = vol.path()
    else:
        path, vol = inst.base_path, None
        with contextlib.suppress(libvirt.libvirtError):
            vol = conn.storageVolLookupByPath(path)
    fmt = _disk_format(imageformat.image_format(conn, path, local)) or inst.base_format
    if vol is not None:
        return path, vol.info()[1], fmt
    return path, _image_size(path, fmt) if local else 0, fmt


def _image_size(path: str, fmt: DiskFormat) -> int:
    """The size a guest sees of the image file ``path`` (0 when it cannot be read). On the
    thread of its mount (``imagehead``): a network mount that is down holds that thread,
    not the New VM job's for good."""
    try:
        return int(imagehead.on_mount_thread(path, partial(_read_size, fmt=fmt)))
    except OSError:  # and a mount that did not answer in time
        return 0


def _read_size(path: str, fmt: DiskFormat) -> int:
    with open(path, "rb") as image:
        if fmt == "qcow2":  # the header's virtual size: a big-endian u64 at byte 24
            header = image.read(32)
            return int.from_bytes(header[24:32], "big") if len(header) == 32 else 0
        return image.seek(0, os.SEEK_END)  # a block device's stat says 0
