"""Numbers in words for the models: sizes, rates, durations, shares — in the user's locale.

Digits, separators and size units come from the default ``QLocale`` (set to the UI
language's at start-up); the words around them ("%1/s", "%1 min") are translatable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kvmgui.utils.tr import fill

_IEC = QLocale.DataSizeFormat.DataSizeIecFormat
_GIB_KIB = 1024 * 1024


def format_bytes(n: float, digits: int = 1) -> str:
    """1536 -> '1.5 KiB'; whole bytes without decimals ('512 B': short, for rates and graphs)."""
    if round(n) < 1024:  # 1023.6 B is written as 1.0 KiB, not "1024 B"
        return fill(QCoreApplication.translate("Format", "%1 B"), max(0, round(n)))
    return QLocale().formattedDataSize(round(n), digits, _IEC)


def format_kib(kib: float) -> str:
    """Memory as libvirt reports it (KiB): '512 MiB', '2.0 GiB'; '' for nothing."""
    if kib <= 0:
        return ""
    return QLocale().formattedDataSize(round(kib * 1024), 1 if kib >= _GIB_KIB else 0, _IEC)


def format_memory_use(used_kib: float, total_kib: float) -> str:
    """'1.2 / 2.0 GiB': both in the unit of the total, so they read as a fraction; the
    total alone where the use is not known (negative)."""
    if used_kib < 0:
        return format_kib(total_kib)
    if total_kib <= 0:
        return format_kib(used_kib)
    locale = QLocale()
    if total_kib >= _GIB_KIB:
        used, total = (locale.toString(v / _GIB_KIB, "f", 1) for v in (used_kib, total_kib))
        return fill(QCoreApplication.translate("Format", "%1 / %2 GiB"), used, total)
    used, total = (locale.toString(v / 1024, "f", 0) for v in (used_kib, total_kib))
    return fill(QCoreApplication.translate("Format", "%1 / %2 MiB"), used, total)


def format_rate(bytes_per_s: float) -> str:
    return fill(QCoreApplication.translate("Format", "%1/s"), format_bytes(bytes_per_s))


def format_percent(value: float) -> str:
    """'12 %', '0.5 %' (one decimal below ten)."""
    value = float(value)  # QLocale takes a format for a float only
    digits = 0 if round(value, 1) >= 10 or value == 0 else 1  # 9.96 is "10 %", not "10.0 %"
    return fill(QCoreApplication.translate("Format", "%1 %"), QLocale().toString(value, "f", digits))


def format_duration(seconds: float) -> str:
    """'40 s', '5 min', '2 h 5 min', '3 d 4 h'."""
    s = int(max(seconds, 0))
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return fill(QCoreApplication.translate("Format", "%1 d %2 h"), days, hours)
    if hours:
        return fill(QCoreApplication.translate("Format", "%1 h %2 min"), hours, minutes)
    if minutes:
        return fill(QCoreApplication.translate("Format", "%1 min"), minutes)
    return fill(QCoreApplication.translate("Format", "%1 s"), s)
