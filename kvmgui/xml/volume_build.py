"""``<volume>`` XML from a :class:`~kvmgui.xml.volume_spec.VolumeSpec`.

The pool's type decides the target: image files in file pools get their
format, a sparse allocation unless asked otherwise, and may sit on a backing
store; LVM and ZFS volumes have no format and are fully allocated (libvirt
allocates the whole capacity when ``<allocation>`` is missing); partitions
of a disk pool take a partition type as their "format".
"""

from __future__ import annotations

from lxml import etree

from kvmgui.xml.base import to_xml
from kvmgui.xml.pool_types import PoolType, VolumeKind
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec


def build_volume(spec: VolumeSpec, pool_type: PoolType = PoolType.DIR) -> etree._Element:
    """A new ``<volume>`` for a pool of ``pool_type`` (expects a valid spec)."""
    kind = pool_type.info.volumes
    vol = etree.Element("volume")
    etree.SubElement(vol, "name").text = spec.name
    if spec.capacity is not None:
        vol.append(_size("capacity", spec.capacity))
    if spec.allocation is not None:
        vol.append(_size("allocation", spec.allocation))
    elif kind is VolumeKind.FILE:
        etree.SubElement(vol, "allocation", unit="bytes").text = "0"  # sparse
    target = etree.SubElement(vol, "target")
    if spec.format and pool_type.info.volume_formats:
        etree.SubElement(target, "format", type=spec.format)
    if spec.backing_path and kind is VolumeKind.FILE:
        backing = etree.SubElement(vol, "backingStore")
        etree.SubElement(backing, "path").text = spec.backing_path
        if spec.backing_format:
            etree.SubElement(backing, "format", type=spec.backing_format)
    return vol


def volume_spec_xml(spec: VolumeSpec, pool_type: PoolType = PoolType.DIR) -> str:
    """:func:`build_volume` as text, ready for ``createXML`` / ``createXMLFrom``."""
    return to_xml(build_volume(spec, pool_type))


def _size(tag: str, size: Size) -> etree._Element:
    """Written in the user's unit when that is exact, else in bytes."""
    count, factor = size.bytes, size.unit.factor
    if size.unit is not SizeUnit.BYTES and count % factor == 0:
        el = etree.Element(tag, unit=size.unit.value)
        el.text = str(count // factor)
    else:
        el = etree.Element(tag, unit="bytes")
        el.text = str(count)
    return el
