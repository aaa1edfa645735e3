"""The terminal's resets short of RIS: DECSTR (CSI ! p, a soft reset) and a new run of the
guest, which drops the modes its last programs left. ``TermScreen`` calls these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyte import charsets, modes

from kvmgui.widgets.terminal import mouse

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen

DECCKM = 1 << 5  # application cursor keys (pyte keeps private modes shifted by 5)
BRACKETED_PASTE = 2004 << 5
FOCUS_EVENTS = 1004 << 5  # CSI I and CSI O as the terminal gets and loses the keyboard
DECLRMM = 69 << 5  # left and right margins: CSI s sets them (saved.py)


def soft_reset(screen: TermScreen) -> None:
    """DECSTR (CSI ! p, sent by reset and tput init): modes, margins, character sets,
    attributes and the saved cursor back to their defaults; the text stays."""
    screen.mode.difference_update({modes.IRM, modes.DECOM, DECCKM, DECLRMM})
    screen.mode.update({modes.DECTCEM, modes.DECAWM})
    screen.margins = None
    screen.charset = 0
    screen.g0_charset = screen.g1_charset = charsets.LAT1_MAP
    screen.cursor.attrs = screen.default_char
    screen.cursor.hidden = False
    screen.app_keypad = False
    screen._saved.clear()


def restart(screen: TermScreen) -> None:
    """A new run of the guest: the modes its last programs left go (the alternate screen,
    a hidden cursor, application keys, bracketed paste, mouse and focus reports, reverse
    video, a control string never ended); the text and the scrollback stay."""
    screen.margins = None  # else pyte's restore of the cursor keeps it inside them
    if screen.alternate:
        screen.reset_mode(1049, private=True)
    screen._alternate = None  # and what they left on the alternate screen
    soft_reset(screen)
    screen.mode.difference_update({BRACKETED_PASTE, FOCUS_EVENTS, modes.DECSCNM,
                                   *(m << 5 for m in mouse.MODES)})
    screen._in_string = screen._soft_reset_next = False
    screen.dirty.update(range(screen.lines))
