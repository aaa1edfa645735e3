"""Sentences for the user, marked for translation but not translated here.

The layers below the GUI may not import Qt, yet some of what they find out must
reach the user in words (a validation problem, a pool type, why a volume cannot
go). They hand over a :class:`Words`: a translation context, the English source
text with Qt's ``%1``-style placeholders (``%n`` for a plural count), and the
arguments (an argument may itself be :class:`Words`: a device's title inside "Added
%1", translated in its own context). The displaying layer translates and fills it in
with ``kvmgui.models.words.say``::

    text = QCoreApplication.translate(words.context, words.text, None, n)  # n: words.n or -1
    %1, %2 … filled in one pass: Bytes with QLocale.formattedDataSize,
    other ints with QLocale.toString, strings as they are.

Every source text is written inside a ``QT_TRANSLATE_NOOP("Context", "text")``
call with literal strings, so ``pyside6-lupdate`` finds it by the call's name
(it reads the source, it does not run it). The call returns the text as a
:class:`Marked` string that also remembers its context, so a table of texts
(``newvm_problems.TEXTS``) holds plain strings and a storage check can turn one
into :class:`Words` with ``marked.words(*args)``. Logic never compares the
text: it compares the code the text belongs to (``newvm_problems.Code``, the
problem's field, an exception's type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d+|n)")


class Bytes(int):
    """An argument that is a size in bytes: shown as "20 GiB" in the user's locale."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence to show: ``text`` (English source, ``%1``…, ``%n``) in translation ``context``."""

    context: str
    text: str
    args: tuple[str | int | Words, ...] = ()
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
            if isinstance(arg, Words):
                return arg.english()
            return _size_words(arg) if isinstance(arg, Bytes) else str(arg)

        return _PLACEHOLDER.sub(fill, self.text)


Arg = str | int | Words  # Bytes is an int; Words are worded in their own context


class Marked(str):
    """A source text as ``QT_TRANSLATE_NOOP`` returns it: the text itself (a ``str``)
    that also knows its translation ``context``."""

    __slots__ = ("context",)
    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def words(self, *args: Arg, n: int | None = None) -> Words:
        """This text as :class:`Words` with its placeholders' arguments."""
        return Words(self.context, str(self), args, n)

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # (context, text), not str's (text,)
        # copy, deepcopy and pickle rebuild it through __new__: a spec holding marked
        # texts is deep-copied for its worker (the new-VM wizard's finish job).
        return self.context, str(self)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # lupdate finds calls by this name
    """Marks ``text`` for lupdate under ``context``; returns it (a ``str``) unchanged,
    with the context attached (see :class:`Marked`)."""
    return Marked(context, text)


_AND = QT_TRANSLATE_NOOP("Words", "%1, %2")  # a list: "a, b, c"


def listing(items: list[Arg] | tuple[Arg, ...]) -> Arg:
    """Several words as one argument, "a, b, c" in the user's language (each item kept
    as it is: data, or words translated in their own context); "" for none."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:]:
        joined = _AND.words(joined, item)
    return joined


def _size_words(size: int) -> str:
    for unit, scale in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"
