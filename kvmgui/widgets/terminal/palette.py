"""Colours and attribute runs: how a pyte line becomes a few painted pieces.

A line is painted as runs of cells that share their attributes, so an 80-column line of
plain text is one ``drawText``; a cell whose character is not plain ASCII gets a run of its
own so a wide or combining character cannot shift the cells after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtGui import QColor

from kvmgui.widgets.terminal.screen import Line

# xterm's default colours for the 16 named ones (pyte's names; "brown" is yellow).
_ANSI = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]
_RGB = [(0x00, 0x00, 0x00), (0xcd, 0x00, 0x00), (0x00, 0xcd, 0x00), (0xcd, 0xcd, 0x00),
        (0x00, 0x00, 0xee), (0xcd, 0x00, 0xcd), (0x00, 0xcd, 0xcd), (0xe5, 0xe5, 0xe5),
        (0x7f, 0x7f, 0x7f), (0xff, 0x00, 0x00), (0x00, 0xff, 0x00), (0xff, 0xff, 0x00),
        (0x5c, 0x5c, 0xff), (0xff, 0x00, 0xff), (0x00, 0xff, 0xff), (0xff, 0xff, 0xff)]
NAMED: dict[str, tuple[int, int, int]] = {}
for _i, _name in enumerate(_ANSI):
    NAMED[_name] = _RGB[_i]
    NAMED["bright" + _name] = _RGB[_i + 8]
NAMED["bfightmagenta"] = NAMED["brightmagenta"]  # pyte 0.8.2 spells SGR 105 so

DEFAULT_FG = (0xd0, 0xd0, 0xd0)
DEFAULT_BG = (0x10, 0x10, 0x10)


@dataclass(frozen=True, slots=True)
class Style:
    fg: QColor
    bg: QColor
    bold: bool
    italic: bool
    underline: bool
    strike: bool

    @property
    def plain_bg(self) -> bool:
        return self.bg.rgb() == _DEFAULT_BG.rgb()


_DEFAULT_BG = QColor(*DEFAULT_BG)


def color(name: str, default: tuple[int, int, int], bold: bool = False) -> QColor:
    return QColor(*rgb(name, default, bold))


def rgb(name: str, default: tuple[int, int, int], bold: bool = False) -> tuple[int, int, int]:
    """pyte's colour (a name, "default" or "rrggbb") as RGB; bold brightens the 8 basic ones."""
    if name == "default":
        return default
    if bold and name in _ANSI:
        name = "bright" + name
    found = NAMED.get(name)
    if found is not None:
        return found
    try:
        return int(name[0:2], 16), int(name[2:4], 16), int(name[4:6], 16)
    except ValueError:
        return default


@lru_cache(maxsize=4096)
def style_of(fg: str, bg: str, bold: bool, italics: bool, underscore: bool, strike: bool,
             reverse: bool) -> Style:
    """The painted style of a cell's attributes (cached: a screen uses only a few)."""
    front, back = rgb(fg, DEFAULT_FG, bold), rgb(bg, DEFAULT_BG)
    if reverse:
        front, back = back, front
    return Style(QColor(*front), QColor(*back), bold, italics, underscore, strike)


Run = tuple[int, int, str, Style]  # first column, end column (exclusive), text, style


def line_runs(line: Line, columns: int) -> list[Run]:
    """The runs of one line, left to right; trailing blank cells of the default style are
    left out (the background is already there)."""
    runs: list[Run] = []
    text: list[str] = []
    start = 0
    attrs: tuple[Any, ...] = ()
    for x in range(columns):
        ch = line[x]
        data = ch[0]
        key = ch[1:8]  # fg, bg, bold, italics, underscore, strikethrough, reverse
        if data and len(data) == 1 and " " <= data <= "~":
            if key != attrs:
                if text:
                    runs.append((start, x, "".join(text), style_of(*attrs)))
                text, start, attrs = [], x, key
            text.append(data)
            continue
        # Anything else stands alone: a wide character covers its empty second cell.
        if text:
            runs.append((start, x, "".join(text), style_of(*attrs)))
        text, attrs = [], ()
        if data:
            wide = x + 1 < columns and line[x + 1][0] == ""
            runs.append((x, x + (2 if wide else 1), data, style_of(*key)))
    if text:
        runs.append((start, columns, "".join(text), style_of(*attrs)))
    while runs and runs[-1][3].plain_bg and not runs[-1][3].underline and not runs[-1][2].strip():
        runs.pop()
    return runs
