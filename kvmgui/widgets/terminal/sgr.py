"""SGR (CSI … m) as xterm takes a direct colour out of range: 38;2;r;g;b or 48;2;r;g;b with
a value past 255 changes no colour (xterm's parse_extended_colors), and its parameters are
taken all the same. pyte wrote the numbers as they came ("12c0000" for 300;0;0), a colour
the guest never sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_EXTENDED = (38, 48)


def dropping_out_of_range(operation: Callable[..., None]) -> Callable[..., None]:
    """A screen's select_graphic_rendition that leaves such a colour out."""
    def method(screen: Any, *attrs: int, **kwargs: Any) -> None:
        kept: list[int] = []
        i = 0
        while i < len(attrs):
            # as many parameters as pyte takes for each, so the next one is the same
            size = 1 if attrs[i] not in _EXTENDED else \
                5 if attrs[i + 1:i + 2] == (2,) else 3 if attrs[i + 1:i + 2] == (5,) else 2
            group = attrs[i:i + size]
            if not (size == 5 and len(group) == 5 and max(group[2:]) > 255):
                kept += group
            i += size
        if kept or not attrs:
            operation(screen, *kept, **kwargs)
    return method
