"""Which images that exist already the New VM wizard's Finish gives the new VM to write:
the ones it asks "Image in use" about. From the spec, or from the XML when the user
edits it by hand (a disk pointed there at another VM's image wrecks it as well)."""

from __future__ import annotations

from typing import NamedTuple

from kvmgui.xml.base import XMLParseError
from kvmgui.xml.disk_sources import disk_sources
from kvmgui.xml.newvm_build import disk_volume_name
from kvmgui.xml.newvm_spec import NewVmSpec, StorageKind


class Image(NamedTuple):
    path: str  # a file or device; "" for a pool's volume
    pool: str = ""
    volume: str = ""

    @property
    def shown(self) -> str:
        return self.volume if self.pool else self.path


def images_written(spec: NewVmSpec, hand_xml: str | None) -> list[Image]:
    """The images, in the XML's order, that the new VM's writable disks use and Finish
    does not make: those of ``hand_xml`` when the XML is typed by hand, else the pages'
    disk. An XML that does not parse has none: libvirt's define says what is wrong."""
    storage = spec.storage
    if hand_xml is None:
        if storage.kind is StorageKind.EXISTING_VOLUME:
            return [Image(storage.path, storage.pool, storage.volume)]
        if storage.kind is StorageKind.FILE:
            return [Image(storage.path)]
        return []  # a volume Finish makes, or no disk
    try:
        disks = disk_sources(hand_xml)
    except XMLParseError:
        return []
    made = (storage.pool, disk_volume_name(spec)) if storage.kind is StorageKind.NEW_VOLUME else None
    found = []
    for disk in disks:
        if disk.device not in ("disk", "lun") or disk.readonly:
            continue
        if disk.pool and disk.volume:
            if (disk.pool, disk.volume) != made:
                found.append(Image("", disk.pool, disk.volume))
        elif disk.path:
            found.append(Image(disk.path))
    return list(dict.fromkeys(found))
