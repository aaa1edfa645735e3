"""Which storage a domain's disks use, read straight from its XML.

Cheap enough to run over every VM of a host before a volume is deleted: one
pass over ``<devices>/<disk>``, no device wrappers. Live XML also lists each
disk's backing chain (``<backingStore>``), so an image that is only the base
of a running VM's overlay is found too.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import parse_xml


@dataclass(frozen=True, slots=True)
class DiskSource:
    target: str  # the guest's device name, e.g. "vda"
    device: str  # disk, cdrom, floppy, lun
    path: str | None  # host file or block device, normalised
    pool: str | None  # for disks of type 'volume'
    volume: str | None
    readonly: bool
    backing: tuple[str, ...] = ()  # paths of the backing chain (live XML only)
    chain_stated: bool = False  # the XML has <backingStore> (QEMU's live XML, even if empty)
    format: str = ""  # <driver type>: "raw" has no backing file, whatever the image holds

    def uses(self, path: str | None, pool: str | None = None, volume: str | None = None) -> bool:
        """True when this disk (or its backing chain) is the given volume."""
        if path:
            norm = posixpath.normpath(path)
            if self.path == norm or norm in self.backing:
                return True
        return bool(pool and volume and self.pool == pool and self.volume == volume)


def disk_sources(xml: str | bytes) -> list[DiskSource]:
    return disks_of(parse_xml(xml))


def is_running(root: etree._Element) -> bool:
    """Whether a domain's XML (``XMLDesc(0)``) is a running domain's: libvirt writes the
    ``id`` attribute only then."""
    return root.get("id") not in (None, "-1")


def disks_of(root: etree._Element) -> list[DiskSource]:
    """The disks of a parsed domain XML (see :func:`disk_sources`)."""
    found = []
    for disk in root.iterfind("./devices/disk"):
        source = disk.find("./source")
        path = pool = volume = None
        if source is not None:
            raw = source.get("file") or source.get("dev")
            path = posixpath.normpath(raw) if raw else None
            pool, volume = source.get("pool"), source.get("volume")
        chain = tuple(posixpath.normpath(p) for el in disk.iterfind(".//backingStore/source")
                      if (p := el.get("file") or el.get("dev")))
        target = disk.find("./target")
        driver = disk.find("./driver")
        found.append(DiskSource(
            target=target.get("dev", "") if target is not None else "",
            device=disk.get("device", "disk"),
            path=path,
            pool=pool,
            volume=volume,
            readonly=disk.find("./readonly") is not None,
            backing=chain,
            chain_stated=disk.find("./backingStore") is not None,
            format=driver.get("type", "") if driver is not None else "",
        ))
    return found
