"""The mark of a line the terminal wrapped (its text goes on on the next line), kept on
pyte's line object so it moves with the line (scrolling, scrollback); a copy joins such a
line with the next one."""

from __future__ import annotations

from pyte.screens import Char, StaticDefaultDict

Line = StaticDefaultDict[int, Char]


def wrapped(line: Line) -> bool:
    """Whether the line's text goes on on the next line (the terminal wrapped it)."""
    return bool(getattr(line, "wrapped", False))


def set_wrapped(line: Line, on: bool) -> None:
    if on or wrapped(line):
        line.wrapped = on  # type: ignore[attr-defined]
