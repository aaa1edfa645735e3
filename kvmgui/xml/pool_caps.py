"""A host's storage pool capabilities (``getStoragePoolCapabilities``, libvirt ≥ 5.2).

:func:`parse_pool_caps` reads the answer; :func:`unknown_pool_caps` stands in
for older hosts, where every type is offered and libvirt decides on define.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import parse_xml
from kvmgui.xml.pool_types import PoolType, volume_formats


@dataclass(frozen=True)
class PoolTypeCaps:
    """What the host says about one pool type."""

    type: str
    supported: bool
    source_formats: tuple[str, ...] = ()
    default_source_format: str | None = None
    volume_formats: tuple[str, ...] | None = None  # None: the host did not say
    default_volume_format: str | None = None


@dataclass(frozen=True)
class HostPoolCaps:
    """Every pool type the host reported; ``known`` is False on hosts too old to say."""

    types: dict[str, PoolTypeCaps]
    known: bool = True

    def supports(self, pool_type: PoolType) -> bool:
        """True when the host can run pools of this type (always, when unknown)."""
        if not self.known:
            return True
        caps = self.types.get(pool_type.value)
        return caps is not None and caps.supported

    def volume_formats(self, pool_type: PoolType) -> tuple[str, ...]:
        """Formats to offer for a new volume in such a pool, the default first."""
        caps = self.types.get(pool_type.value)
        host = caps.volume_formats if caps is not None and self.known else None
        return volume_formats(pool_type, host)

    def source_formats(self, pool_type: PoolType) -> tuple[str, ...]:
        caps = self.types.get(pool_type.value)
        if caps is not None and caps.source_formats:
            return caps.source_formats
        return pool_type.info.source_formats


def parse_pool_caps(text: str | bytes) -> HostPoolCaps:
    root = parse_xml(text)
    types = {}
    for pool in root.findall("./pool"):
        type_ = pool.get("type", "")
        src_formats = tuple(v.text or "" for v in pool.findall(
            "./poolOptions/enum[@name='sourceFormatType']/value"))
        vol_options = pool.find("./volOptions")
        vol_formats = None if vol_options is None else tuple(v.text or "" for v in vol_options.findall(
            "./enum[@name='targetFormatType']/value"))
        types[type_] = PoolTypeCaps(
            type=type_,
            supported=pool.get("supported") == "yes",
            source_formats=src_formats,
            default_source_format=_attr(pool, "./poolOptions/defaultFormat", "type"),
            volume_formats=vol_formats,
            default_volume_format=_attr(pool, "./volOptions/defaultFormat", "type"),
        )
    return HostPoolCaps(types)


def unknown_pool_caps() -> HostPoolCaps:
    """For hosts without the API: all types offered, nothing known about them."""
    return HostPoolCaps({t.value: PoolTypeCaps(t.value, True) for t in PoolType}, known=False)


def _attr(parent: etree._Element, path: str, name: str) -> str | None:
    el = parent.find(path)
    return el.get(name) if el is not None else None
