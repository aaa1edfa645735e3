"""Sentences for the user, marked for translation but not translated here.

The layers below the GUI may not import Qt, yet some of what they find out must
reach the user in words (a validation problem, the name of a generic OS). They
hand over a :class:`Words`: a translation context, the English source text with
Qt's ``%1``-style placeholders (``%n`` for a plural count), and the arguments.
The displaying layer translates and fills it in::

    text = QCoreApplication.translate(words.context, words.text, None, words.n if words.n is not None else -1)
    for i, arg in enumerate(words.args, 1):
        if isinstance(arg, Bytes):   text = text.replace(f"%{i}", locale.formattedDataSize(arg))
        elif isinstance(arg, int):   text = text.replace(f"%{i}", locale.toString(arg))
        else:                        text = text.replace(f"%{i}", arg)

Every source text is written inside a ``QT_TRANSLATE_NOOP("Context", "text")``
call with literal strings, so ``pyside6-lupdate`` finds it by the call's name
(it reads the source, it does not run it). Logic never compares the text: it
compares the code the text belongs to (see ``newvm_problems.Code``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d+|n)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds calls by this name
    """Marks ``text`` for lupdate under ``context``; returns it unchanged."""
    del context
    return text


class Bytes(int):
    """An argument that is a size in bytes: shown as "20 GiB" in the user's locale."""

    __slots__ = ()


Arg = str | int  # Bytes is an int


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence to show: ``text`` (English source, ``%1``…, ``%n``) in translation ``context``."""

    context: str
    text: str
    args: tuple[Arg, ...] = ()
    n: int | None = None  # the count for "%n" plurals

    def english(self) -> str:
        """The untranslated sentence with the arguments filled in (logs, tests)."""

        def fill(match: re.Match[str]) -> str:
            if match[1] == "n":
                return str(self.n) if self.n is not None else match[0]
            index = int(match[1]) - 1
            if not 0 <= index < len(self.args):
                return match[0]
            arg = self.args[index]
            return _size_words(arg) if isinstance(arg, Bytes) else str(arg)

        return _PLACEHOLDER.sub(fill, self.text)


def _size_words(size: int) -> str:
    for unit, scale in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"
