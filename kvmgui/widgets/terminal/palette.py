"""Colours and attribute runs: how a pyte line becomes a few painted pieces.

A line is painted as runs of cells that share their attributes, so an 80-column line of
plain text is one ``drawText``; a cell whose character is not plain ASCII gets a run of its
own so a wide or combining character cannot shift the cells after it.

The colours come in a ``Scheme``: the default text and background, and the 16 named
colours. ``scheme_for(palette)`` follows the desktop: the palette's own text and base
colours as the defaults, and xterm's named colours on a dark base or darker ones that
stay readable on a light base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from PySide6.QtGui import QColor, QPalette

from kvmgui.widgets.terminal.wrapmark import Line

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

# On a dark base: xterm's, with its red, blue and magenta lightened to keep 3:1 on the
# greys of dark themes (xterm's blue on #353535 is 1.3:1).
_DARK_RGB = [(0x00, 0x00, 0x00), (0xf0, 0x46, 0x46), (0x00, 0xcd, 0x00), (0xcd, 0xcd, 0x00),
             (0x6a, 0x9a, 0xff), (0xe0, 0x5a, 0xe0), (0x00, 0xcd, 0xcd), (0xe5, 0xe5, 0xe5),
             (0x8a, 0x8a, 0x8a), (0xff, 0x66, 0x66), (0x00, 0xff, 0x00), (0xff, 0xff, 0x00),
             (0x8a, 0x9f, 0xff), (0xff, 0x70, 0xff), (0x00, 0xff, 0xff), (0xff, 0xff, 0xff)]
# On a light base: the colours darkened until each keeps 3:1 against white (xterm's
# yellow, green and cyan on white are next to unreadable); white stays white (for white
# on red; white on the white base is caught by MIN_CONTRAST).
_LIGHT_RGB = [(0x00, 0x00, 0x00), (0xc0, 0x1c, 0x28), (0x1f, 0x7a, 0x2e), (0x98, 0x6a, 0x00),
              (0x1a, 0x5f, 0xb4), (0x91, 0x41, 0xac), (0x0b, 0x72, 0x85), (0xe5, 0xe5, 0xe5),
              (0x5e, 0x5c, 0x64), (0xd0, 0x1b, 0x24), (0x2b, 0x7f, 0x3a), (0x8f, 0x6c, 0x00),
              (0x30, 0x67, 0xc8), (0xa6, 0x3d, 0x9b), (0x0f, 0x74, 0x80), (0xff, 0xff, 0xff)]
# Text that would vanish into its background (white on a white base, black on a dark one:
# a guest that assumed the other kind of terminal) is drawn in the default colour instead.
MIN_CONTRAST = 1.8
RGB = tuple[int, int, int]


def _table(colours: list[RGB]) -> dict[str, RGB]:
    table = {}
    for i, name in enumerate(_ANSI):
        table[name] = colours[i]
        table["bright" + name] = colours[i + 8]
    table["bfightmagenta"] = table["brightmagenta"]
    return table


DARK_NAMED = _table(_DARK_RGB)
LIGHT_NAMED = _table(_LIGHT_RGB)


@dataclass(frozen=True)
class Scheme:
    """The defaults and the named colours one terminal paints with (hashable: styles are
    cached per scheme). ``named``: "xterm", "dark" or "light"."""

    fg: RGB
    bg: RGB
    table: str = "xterm"
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.fg, self.bg, self.table)))

    def __hash__(self) -> int:  # once: style_of's cache hashes it for every run painted
        return self._hash

    @property
    def light(self) -> bool:
        return self.table == "light"

    @property
    def named(self) -> dict[str, RGB]:
        return {"light": LIGHT_NAMED, "dark": DARK_NAMED}.get(self.table, NAMED)


XTERM = Scheme(DEFAULT_FG, DEFAULT_BG)  # xterm's own look: light grey on near black


@lru_cache(maxsize=8)
def reverse_video(scheme: Scheme) -> Scheme:
    """The scheme in reverse video (DECSCNM): its default colours swapped, as xterm swaps
    them; the named and direct colours stay."""
    return Scheme(scheme.bg, scheme.fg, scheme.table)


def scheme_for(palette: QPalette) -> Scheme:
    """The palette's text on its base, with named colours that read on that base."""
    fg = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    bg = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    return Scheme((fg.red(), fg.green(), fg.blue()), (bg.red(), bg.green(), bg.blue()),
                  "light" if bg.lightness() >= 128 else "dark")


@dataclass(frozen=True, slots=True)
class Style:
    fg: QColor
    bg: QColor
    bold: bool
    italic: bool
    underline: bool
    strike: bool
    plain_bg: bool = False  # the scheme's default background: nothing to fill


def color(name: str, default: RGB, bold: bool = False) -> QColor:
    return QColor(*rgb(name, default, bold))


def rgb(name: str, default: RGB, bold: bool = False, named: dict[str, RGB] | None = None) -> RGB:
    """pyte's colour (a name, "default" or "rrggbb") as RGB; bold brightens the 8 basic ones."""
    if name == "default":
        return default
    if bold and name in _ANSI:
        name = "bright" + name
    found = (NAMED if named is None else named).get(name)
    if found is not None:
        return found
    try:
        return int(name[0:2], 16), int(name[2:4], 16), int(name[4:6], 16)
    except ValueError:
        return default


@lru_cache(maxsize=4096)
def style_of(fg: str, bg: str, bold: bool, italics: bool, underscore: bool, strike: bool,
             reverse: bool, scheme: Scheme = XTERM) -> Style:
    """The painted style of a cell's attributes (cached: a screen uses only a few)."""
    front, back = rgb(fg, scheme.fg, bold, scheme.named), rgb(bg, scheme.bg, False, scheme.named)
    if reverse:
        front, back = back, front
    if scheme is not XTERM and contrast(front, back) < MIN_CONTRAST:
        front = max((scheme.fg, scheme.bg), key=lambda c: contrast(c, back))
    return Style(QColor(*front), QColor(*back), bold, italics, underscore, strike,
                 plain_bg=back == scheme.bg)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: RGB) -> float:
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


Run = tuple[int, int, str, Style]  # first column, end column (exclusive), text, style


def line_runs(line: Line, columns: int, scheme: Scheme = XTERM) -> list[Run]:
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
                    runs.append((start, x, "".join(text), style_of(*attrs, scheme)))
                text, start, attrs = [], x, key
            text.append(data)
            continue
        # Anything else stands alone: a wide character covers its empty second cell.
        if text:
            runs.append((start, x, "".join(text), style_of(*attrs, scheme)))
        text, attrs = [], ()
        if data:
            wide = x + 1 < columns and line[x + 1][0] == ""
            runs.append((x, x + (2 if wide else 1), data, style_of(*key, scheme)))
    if text:
        runs.append((start, columns, "".join(text), style_of(*attrs, scheme)))
    while runs and runs[-1][3].plain_bg and not runs[-1][3].underline and not runs[-1][2].strip():
        runs.pop()
    return runs
