"""Numbers in words for the models: sizes, rates, durations. Pure functions, no Qt."""

from __future__ import annotations

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB")


def format_bytes(n: float, digits: int = 1) -> str:
    """1536 -> '1.5 KiB'; whole bytes without decimals."""
    if n < 1024:
        return f"{n:.0f} B"
    value, unit = float(n), 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    return f"{value:.{digits}f} {_UNITS[unit]}"


def format_kib(kib: float) -> str:
    """Memory as libvirt reports it (KiB): '512 MiB', '2.0 GiB'; '' for nothing."""
    if kib <= 0:
        return ""
    mib = kib / 1024
    return f"{mib / 1024:.1f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


def format_memory_use(used_kib: float, total_kib: float) -> str:
    """'1.2 / 2.0 GiB': both in the unit of the total, so they read as a fraction."""
    if total_kib <= 0:
        return format_kib(used_kib)
    if total_kib >= 1024 * 1024:
        return f"{used_kib / 1048576:.1f} / {total_kib / 1048576:.1f} GiB"
    return f"{used_kib / 1024:.0f} / {total_kib / 1024:.0f} MiB"


def format_rate(bytes_per_s: float) -> str:
    return format_bytes(bytes_per_s) + "/s"


def format_percent(value: float) -> str:
    return f"{value:.0f} %" if value >= 10 or value == 0 else f"{value:.1f} %"


def format_duration(seconds: float) -> str:
    """'40 s', '5 min', '2 h 5 min', '3 d 4 h'."""
    s = int(max(seconds, 0))
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min" if minutes else f"{s} s"
