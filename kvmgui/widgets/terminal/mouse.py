"""Mouse reports for the guest, as xterm sends them when a program asks (DECSET 9, 1000,
1002, 1003; coordinates as SGR with 1006, urxvt's with 1015, UTF-8 with 1005): mc, htop,
vim with mouse=a, tmux.

Without such a request the mouse is the terminal's own (select, paste, scroll back); with
one, Shift still is (as in xterm), so text can be selected under a program that reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import Qt

PRESSES_ONLY, PRESS_RELEASE, DRAG, ANY_MOTION = 9, 1000, 1002, 1003
UTF8, SGR, URXVT = 1005, 1006, 1015
_TRACKING = (ANY_MOTION, DRAG, PRESS_RELEASE, PRESSES_ONLY)
_ENCODINGS = (UTF8, SGR, URXVT)
MODES = {*_TRACKING, *_ENCODINGS}


class Button(IntEnum):
    LEFT = 0
    MIDDLE = 1
    RIGHT = 2
    NONE = 3  # a release in the old encoding, a move without a button
    WHEEL_UP = 64
    WHEEL_DOWN = 65
    WHEEL_LEFT = 66  # X's buttons 6 and 7, as xterm reports them
    WHEEL_RIGHT = 67


BUTTONS = {Qt.MouseButton.LeftButton: Button.LEFT, Qt.MouseButton.MiddleButton: Button.MIDDLE,
           Qt.MouseButton.RightButton: Button.RIGHT}


def tracking(mode: set[int]) -> int | None:
    """The mouse tracking the guest asked for (pyte keeps private modes shifted by 5)."""
    return next((m for m in _TRACKING if m << 5 in mode), None)


def set_modes(mode: set[int], changed: Iterable[int], on: bool) -> None:
    """After pyte's DECSET (on) or DECRST of ``changed``: xterm keeps one tracking and one
    encoding, each the one set last, so a set replaces the others of its kind; a reset of
    any tracking ends the reports (a program turning off 1002 alone, 1000 still set, went on
    getting clicks), a reset of an encoding ends that one (none then, as no other is kept)."""
    for m in changed:
        for kind in (_TRACKING, _ENCODINGS):
            if m in kind and (on or kind is _TRACKING):
                mode.difference_update(k << 5 for k in kind)
                if on:
                    mode.add(m << 5)


def report(mode: set[int], button: Button, column: int, row: int, *, release: bool = False,
           motion: bool = False, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> bytes:
    """The bytes of one event at a cell (0-based), or b"" when the guest did not ask for it."""
    asked = tracking(mode)
    if asked is None or (asked == PRESSES_ONLY and (release or motion or button >= 64)):
        return b""
    if motion and (asked == PRESS_RELEASE or (asked == DRAG and button is Button.NONE)):
        return b""
    code = int(button) + (32 if motion else 0)
    if asked != PRESSES_ONLY:  # X10 reports carry no modifiers
        code += (4 if mods & Qt.KeyboardModifier.ShiftModifier else 0) \
            + (8 if mods & Qt.KeyboardModifier.AltModifier else 0) \
            + (16 if mods & Qt.KeyboardModifier.ControlModifier else 0)
    # one encoding at most (set_modes), else the old bytes
    if SGR << 5 in mode:
        return f"\x1b[<{code};{column + 1};{row + 1}{'m' if release else 'M'}".encode()
    if release:
        code = (code & ~3) | Button.NONE  # the others do not say which was let go
    values = (32 + code, 33 + column, 33 + row)
    if URXVT << 5 in mode:
        return f"\x1b[{values[0]};{column + 1};{row + 1}M".encode()
    if UTF8 << 5 in mode:
        # each value a character, up to 2047 (column or row 2015), two bytes past 127
        return b"" if max(values) > 0x7FF else b"\x1b[M" + "".join(map(chr, values)).encode()
    if max(values) > 255:
        return b""  # past column or row 223 the old encoding has no byte for it
    return b"\x1b[M" + bytes(values)
