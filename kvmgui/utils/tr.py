"""Filling a translated sentence's ``%1``…``%9`` in one pass, numbers and sizes by QLocale.

``fill(self.tr("Delete %1 (%2)?"), name, size_text(n))`` replaces each placeholder once,
left to right: an argument that itself holds "%2" (a VM named so) is never expanded
again, which a chain of ``.replace("%1", …).replace("%2", …)`` would do. ``%n`` is left
alone: ``QCoreApplication.translate(context, text, None, n)`` has filled it already.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_PLACEHOLDER = re.compile(r"%([1-9])")

Arg = str | int | float


def fill(text: str, *args: Arg) -> str:
    """``text`` with ``%1``…``%9`` replaced by ``args`` (ints and floats in the default
    locale's digits and separators); a placeholder without an argument stays as it is."""
    if not args:
        return text
    locale = QLocale()
    shown = [_shown(arg, locale) for arg in args]

    def one(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return shown[index] if index < len(shown) else match[0]

    return _PLACEHOLDER.sub(one, text)


def _shown(arg: Arg, locale: QLocale) -> str:
    if isinstance(arg, str):
        return arg
    if isinstance(arg, bool):  # an int too, but "1" would mean nothing to anyone
        raise TypeError("fill() takes no bool: word it first")
    if isinstance(arg, int):
        return locale.toString(arg)
    return locale.toString(arg, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def number_text(value: int | float) -> str:
    """A number in the default locale (grouping, decimal sign)."""
    return _shown(value, QLocale())


def size_text(size: int, precision: int = 1) -> str:
    """A size in bytes as the default locale writes it, in IEC units ("1.5 GiB")."""
    return QLocale().formattedDataSize(size, precision, QLocale.DataSizeFormat.DataSizeIecFormat)
