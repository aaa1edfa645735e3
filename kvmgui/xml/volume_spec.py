"""What the "new volume" dialog collects: plain dataclasses, no XML.

``volume_build.build_volume`` turns a :class:`VolumeSpec` into libvirt XML
for a pool of a given type; ``volume_validate.validate_volume`` says what is
wrong with one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class SizeUnit(StrEnum):
    """Binary units, spelled as libvirt's ``unit`` attribute takes them."""

    BYTES = "bytes"
    KIB = "KiB"
    MIB = "MiB"
    GIB = "GiB"
    TIB = "TiB"

    @property
    def factor(self) -> int:
        return int(1024 ** list(SizeUnit).index(self))


@dataclass
class Size:
    """An amount as the user typed it: a number and its unit."""

    value: float = 0
    unit: SizeUnit = SizeUnit.GIB

    @property
    def finite(self) -> bool:
        return math.isfinite(self.value)

    @property
    def bytes(self) -> int:
        """Whole bytes (a fraction of a byte is dropped); 0 for a non-number."""
        try:
            return int(Decimal(str(self.value)) * self.unit.factor)
        except (InvalidOperation, ValueError, OverflowError):
            return 0

    @classmethod
    def of_bytes(cls, count: int) -> Size:
        """The largest unit that states ``count`` exactly (20 GiB, not 21474836480 bytes)."""
        for unit in reversed(SizeUnit):
            if count and count % unit.factor == 0:
                return cls(count // unit.factor, unit)
        return cls(count, SizeUnit.BYTES)


@dataclass
class VolumeSpec:
    """A new volume. ``format`` is "" in pools whose volumes have none (LVM, ZFS)."""

    name: str = ""
    format: str = "qcow2"
    # None only with a backing store: the new volume is then as large as it.
    capacity: Size | None = field(default_factory=lambda: Size(20, SizeUnit.GIB))
    # None: sparse (nothing allocated up front) in file pools, all of it in block pools.
    allocation: Size | None = None
    backing_path: str = ""  # an overlay: the new qcow2 records only changes to this image
    backing_format: str = ""
