"""Filling a translated sentence's ``%1``…``%9`` in one pass, numbers and sizes by QLocale.

``fill(self.tr("Delete %1 (%2)?"), name, size_text(n))`` replaces each placeholder once,
left to right: an argument that itself holds "%2" (a VM named so) is never expanded
again, which a chain of ``.replace("%1", …).replace("%2", …)`` would do. ``%n`` is left
alone: ``QCoreApplication.translate(context, text, None, n)`` has filled it already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

_PLACEHOLDER = re.compile(r"%(\d+)")
# A space the sentence writes next to a placeholder; it goes where Chinese meets Chinese.
_GAP, _SPACE_BY_PLACEHOLDER = "\x00", re.compile(r" (?=%\d)|(?<=%\d) ")
_CJK = r"[\u201c\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"  # Chinese words, full-width marks
_CJK_GAP = re.compile(f"(?<={_CJK}){_GAP}(?={_CJK})")

Arg = str | int | float


def fill(text: str, *args: Arg) -> str:
    """``text`` with ``%1``…``%9`` replaced by ``args`` (ints and floats in the default
    locale's digits and separators); a placeholder without an argument stays as it is.
    A space ``text`` writes next to a placeholder is dropped where the argument's edge
    and the text beside it are both Chinese: 「刪除 %1」 with 「磁碟 vda」 reads
    「刪除磁碟 vda」, with 「web01」 「刪除 web01」 (docs/glossary.md writes no space
    between Chinese words; a title in Chinese or a name cannot both be right otherwise)."""
    if not args:
        return text
    locale = QLocale()
    shown = [_shown(arg, locale) for arg in args]

    def one(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return shown[index] if index < len(shown) else match[0]

    filled = _PLACEHOLDER.sub(one, _SPACE_BY_PLACEHOLDER.sub(_GAP, text))
    return _CJK_GAP.sub("", filled).replace(_GAP, " ")


def _shown(arg: Arg, locale: QLocale) -> str:
    if isinstance(arg, str):
        return arg
    if isinstance(arg, int) and type(arg) is not int:
        # a bool ("1" means nothing to anyone) or a marked int such as kvmgui.xml's Bytes,
        # which must become "1.5 GiB" (size_text) before it is filled in
        raise TypeError(f"fill() takes no {type(arg).__name__}: word it first")
    if isinstance(arg, int):
        return locale.toString(arg)
    return locale.toString(arg, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def number_text(value: int | float) -> str:
    """A number in the default locale (grouping, decimal sign)."""
    return _shown(value, QLocale())


INT64_MAX = 2**63 - 1


def size_text(size: int, precision: int = 1) -> str:
    """A size in bytes as the default locale writes it, in IEC units: "1.5 GiB", "20 GiB"
    (a whole number loses its ".0"). Qt takes a signed 64-bit count: a nonsense size, such
    as a free space underflowed to 2**64 - x, is clamped."""
    locale = QLocale()
    text = locale.formattedDataSize(max(0, min(size, INT64_MAX)), precision,
                                    QLocale.DataSizeFormat.DataSizeIecFormat)
    return text.replace(f"{locale.decimalPoint()}0 ", " ")


# A time zone in the locale's long formats ("tttt", "[t]"): the clock of this machine is meant.
_ZONE = re.compile(r"\s*\[?\s*t+\s*\]?\s*")


def _without_zone(fmt: str) -> str:
    return _ZONE.sub(" ", fmt).strip()


def clock_text(when: QDateTime) -> str:
    """The time of day with seconds, as the default locale writes it ("3:04:05 PM",
    "下午3:04:05", "15:04:05"): its long time format without the time zone."""
    locale = QLocale()
    return locale.toString(when.time(), _without_zone(locale.timeFormat(QLocale.FormatType.LongFormat)))


def date_time_text(when: QDateTime) -> str:
    """A date and a time with seconds in the default locale: its short date, then the
    time as :func:`clock_text` writes it."""
    locale = QLocale()
    day = locale.toString(when.date(), QLocale.FormatType.ShortFormat)
    return fill(QCoreApplication.translate("DateTime", "%1 %2"), day, clock_text(when))


def short_when(when: QDateTime) -> str:
    """The time in the locale's short format, with the date unless it is today's (a time
    alone reads as today's: a DHCP lease of days)."""
    today = when.date() == QDateTime.currentDateTime().date()
    return QLocale().toString(when.time() if today else when, QLocale.FormatType.ShortFormat)


def comma_list(items: Iterable[str]) -> str:
    """Names as one list in the user's language: "web01, db01", Chinese "web01、db01"."""
    return QCoreApplication.translate("List", ", ").join(items)


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: Qt hides a '[*]' there (the "modified" mark), which
    libvirt allows in a name; doubled, it shows as written."""
    return text.replace("[*]", "[*][*]")


_CJK_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）]")


def without_mnemonic(text: str) -> str:
    """A menu text as words: "&Force Off" → "Force Off", and the Chinese catalogues' form
    "強制關機(&F)" → "強制關機" (not "強制關機(F)"); "&&" stays a literal "&"."""
    text = _CJK_MNEMONIC.sub("", text)
    return re.sub(r"&(.)", r"\1", text)
