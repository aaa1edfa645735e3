"""Translatable words from a layer that cannot import Qt.

The xml layer marks each user-visible sentence with :func:`QT_TRANSLATE_NOOP`
(``pyside6-lupdate`` recognises the call by its name and collects the two
literal strings into the ``.ts`` catalogues) and hands out a :class:`Message`:
the untranslated :class:`Phrase` plus the values for its ``%1``, ``%2``, …
placeholders. The displaying layer translates and fills it::

    text = QCoreApplication.translate(msg.phrase.context, msg.phrase.text)
    for i, arg in reversed(list(enumerate(msg.args, 1))):  # %10 before %1
        text = text.replace(f"%{i}", fmt(arg))  # QLocale for int / ByteCount

Arguments are plain values: ``str`` (shown as is: names, paths), ``int``
(a count, formatted with ``QLocale.toString``) or :class:`ByteCount` (a size,
formatted with ``QLocale.formattedDataSize``). :meth:`Message.english` fills
the source text without Qt, for logs and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Phrase(NamedTuple):
    """A source string and the translation context it belongs to."""

    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns both untouched.

    Both arguments must be string literals at the call site, or lupdate
    cannot collect them. Unlike Qt's macro this returns the context too, so
    a :class:`Message` carries everything ``translate()`` needs.
    """
    return Phrase(context, text)


class ByteCount(int):
    """A size in bytes, to be shown as e.g. "1.5 GiB" in the reader's locale."""

    __slots__ = ()


Arg = str | int


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence to show: a marked phrase with its placeholder values."""

    phrase: Phrase
    args: tuple[Arg, ...] = ()

    def english(self) -> str:
        """The source text with its placeholders filled (no locale, no Qt)."""
        text = self.phrase.text
        for i in range(len(self.args), 0, -1):  # %10 before %1
            text = text.replace(f"%{i}", _plain(self.args[i - 1]))
        return text

    def __str__(self) -> str:
        return self.english()


def message(phrase: Phrase, *args: Arg) -> Message:
    return Message(phrase, args)


_BINARY_UNITS = ("bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def _plain(arg: Arg) -> str:
    if isinstance(arg, ByteCount):
        value, unit = float(arg), 0
        while abs(value) >= 1024 and unit < len(_BINARY_UNITS) - 1:
            value /= 1024
            unit += 1
        return f"{int(value)} bytes" if unit == 0 else f"{value:.1f} {_BINARY_UNITS[unit]}"
    return str(arg)
