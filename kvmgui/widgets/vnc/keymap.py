"""Qt key events to what VNC sends: an X keysym and a QEMU scancode ("qnum"); Send key.

QEMU's extended key event carries the scancode of the key's position, so the guest's
own layout decides the character, not ours. The scancode comes from the event's native
scan code when the platform gives one (xcb and Wayland: the XKB keycode, Linux evdev + 8);
otherwise (offscreen, synthetic events) from the Qt key, for a US layout.

qnum: PC XT set 1 scancodes, keys with an 0xE0 prefix as 0x80 | code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

K = Qt.Key
XKB_OFFSET = 8  # XKB keycode = evdev code + 8

# Linux evdev codes 1..88 are the XT set 1 codes themselves; beyond that, by hand.
_EVDEV_TO_QNUM_HIGH = {
    85: 0x76, 86: 0x56, 87: 0x57, 88: 0x58,  # zenkaku/hankaku, 102nd key, F11, F12
    89: 0x73, 90: 0x78, 91: 0x77, 92: 0x79, 93: 0x70, 94: 0x7B, 95: 0x5C,  # Japanese keys
    96: 0x9C,  # keypad Enter
    97: 0x9D,  # right Ctrl
    98: 0xB5,  # keypad /
    99: 0xB7,  # Print Screen / SysRq (E0 37)
    100: 0xB8,  # right Alt (AltGr)
    102: 0xC7, 103: 0xC8, 104: 0xC9,  # Home, Up, Page Up
    105: 0xCB, 106: 0xCD,  # Left, Right
    107: 0xCF, 108: 0xD0, 109: 0xD1,  # End, Down, Page Down
    110: 0xD2, 111: 0xD3,  # Insert, Delete
    113: 0xA0, 114: 0xAE, 115: 0xB0,  # mute, volume down, volume up
    116: 0xDE,  # power
    117: 0x59,  # keypad =
    119: 0xC6,  # Pause
    121: 0x7E,  # keypad , (Brazil)
    122: 0xF2, 123: 0xF1,  # Hangeul, Hanja
    124: 0x7D,  # Yen
    125: 0xDB, 126: 0xDC,  # left and right Meta (Windows keys)
    127: 0xDD,  # Menu
    142: 0xDF, 143: 0xE3,  # sleep, wake
    163: 0x99, 164: 0xA2, 165: 0x90, 166: 0xA4,  # next, play/pause, previous, stop
}


def evdev_to_qnum(code: int) -> int:
    if 1 <= code <= 83:
        return code
    return _EVDEV_TO_QNUM_HIGH.get(code, 0)


# US layout positions (evdev codes) for events without a native scan code.
_LETTERS = "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"
_QT_TO_EVDEV: dict[int, int] = {}  # Qt.Key is an IntEnum: its members look up as ints
for _row, _first in zip(_LETTERS, (16, 30, 44), strict=True):
    for _i, _ch in enumerate(_row):
        _QT_TO_EVDEV[int(getattr(K, f"Key_{_ch}"))] = _first + _i
for _i, _ch in enumerate("1234567890"):
    _QT_TO_EVDEV[int(getattr(K, f"Key_{_ch}"))] = 2 + _i
for _i in range(10):
    _QT_TO_EVDEV[int(getattr(K, f"Key_F{_i + 1}"))] = 59 + _i
_QT_TO_EVDEV.update({int(k): v for k, v in {
    K.Key_F11: 87, K.Key_F12: 88,
    K.Key_Escape: 1, K.Key_Minus: 12, K.Key_Underscore: 12, K.Key_Equal: 13, K.Key_Plus: 13,
    K.Key_Backspace: 14, K.Key_Tab: 15, K.Key_Backtab: 15,
    K.Key_BracketLeft: 26, K.Key_BraceLeft: 26, K.Key_BracketRight: 27, K.Key_BraceRight: 27,
    K.Key_Return: 28, K.Key_Enter: 28, K.Key_Control: 29,
    K.Key_Semicolon: 39, K.Key_Colon: 39, K.Key_Apostrophe: 40, K.Key_QuoteDbl: 40,
    K.Key_QuoteLeft: 41, K.Key_AsciiTilde: 41, K.Key_Shift: 42, K.Key_Backslash: 43, K.Key_Bar: 43,
    K.Key_Comma: 51, K.Key_Less: 51, K.Key_Period: 52, K.Key_Greater: 52, K.Key_Slash: 53,
    K.Key_Question: 53, K.Key_Asterisk: 55, K.Key_Alt: 56, K.Key_Space: 57, K.Key_CapsLock: 58,
    K.Key_NumLock: 69, K.Key_ScrollLock: 70,
    K.Key_Exclam: 2, K.Key_At: 3, K.Key_NumberSign: 4, K.Key_Dollar: 5, K.Key_Percent: 6,
    K.Key_AsciiCircum: 7, K.Key_Ampersand: 8, K.Key_ParenLeft: 10, K.Key_ParenRight: 11,
    K.Key_Print: 99, K.Key_SysReq: 99, K.Key_AltGr: 100, K.Key_Home: 102, K.Key_Up: 103,
    K.Key_PageUp: 104, K.Key_Left: 105, K.Key_Right: 106, K.Key_End: 107, K.Key_Down: 108,
    K.Key_PageDown: 109, K.Key_Insert: 110, K.Key_Delete: 111, K.Key_Pause: 119,
    K.Key_Meta: 125, K.Key_Super_L: 125, K.Key_Super_R: 126, K.Key_Menu: 127,
}.items()})

# X keysyms of keys without text (for servers without the extended key event).
_QT_TO_KEYSYM: dict[int, int] = {int(k): v for k, v in {
    K.Key_Backspace: 0xFF08, K.Key_Tab: 0xFF09, K.Key_Backtab: 0xFF09, K.Key_Return: 0xFF0D,
    K.Key_Enter: 0xFF8D, K.Key_Pause: 0xFF13, K.Key_ScrollLock: 0xFF14, K.Key_SysReq: 0xFF15,
    K.Key_Escape: 0xFF1B, K.Key_Home: 0xFF50, K.Key_Left: 0xFF51, K.Key_Up: 0xFF52,
    K.Key_Right: 0xFF53, K.Key_Down: 0xFF54, K.Key_PageUp: 0xFF55, K.Key_PageDown: 0xFF56,
    K.Key_End: 0xFF57, K.Key_Print: 0xFF61, K.Key_Insert: 0xFF63, K.Key_Menu: 0xFF67,
    K.Key_NumLock: 0xFF7F, K.Key_Shift: 0xFFE1, K.Key_Control: 0xFFE3, K.Key_CapsLock: 0xFFE5,
    K.Key_Meta: 0xFFEB, K.Key_Super_L: 0xFFEB, K.Key_Super_R: 0xFFEC, K.Key_Alt: 0xFFE9,
    K.Key_AltGr: 0xFE03, K.Key_Delete: 0xFFFF, K.Key_Space: 0x0020,
}.items()}
for _i in range(12):
    _QT_TO_KEYSYM[int(getattr(K, f"Key_F{_i + 1}"))] = 0xFFBE + _i

# Keysym and qnum of the keys the Send key menu presses.
CTRL_L, ALT_L = (0xFFE3, 0x1D), (0xFFE9, 0x38)
DELETE, BACKSPACE, PRINT = (0xFFFF, 0xD3), (0xFF08, 0x0E), (0xFF61, 0xB7)


def function_key(n: int) -> tuple[int, int]:
    """(keysym, qnum) of F1…F12."""
    return 0xFFBE + n - 1, (0x3B + n - 1) if n <= 10 else (0x57 + n - 11)


def qnum_of(event: QKeyEvent) -> int:
    native = event.nativeScanCode()
    if native > XKB_OFFSET:
        code = evdev_to_qnum(native - XKB_OFFSET)
        if code:
            return code
    return evdev_to_qnum(_QT_TO_EVDEV.get(event.key(), 0))


def keysym_of(event: QKeyEvent) -> int:
    virtual = event.nativeVirtualKey()
    if virtual > 0:  # xcb and Wayland give the X keysym itself
        return virtual
    keysym = _QT_TO_KEYSYM.get(event.key())
    if keysym is not None:
        return keysym
    text = event.text()
    if len(text) == 1 and text.isprintable():
        code = ord(text)
        return code if code < 0x100 else 0x01000000 | code
    key = event.key()
    if 0x20 <= key < 0x7F:  # Qt keys of Latin letters are the upper-case characters
        return ord(chr(key).lower()) if chr(key).isalpha() else key
    return 0


def send_key_menu(parent: QWidget, send: Callable[[list[tuple[int, int]]], None]) -> QMenu:
    """The Send key menu: Ctrl+Alt+Del, Ctrl+Alt+Backspace, Ctrl+Alt+F1…F12, Print Screen.

    Its entries are named by Qt's own (translated) key names; ``send`` gets the keys.
    """
    menu = QMenu(parent)
    native = QKeySequence.SequenceFormat.NativeText
    ctrl_alt = [CTRL_L, ALT_L]
    combos: list[tuple[QKeySequence, list[tuple[int, int]]]] = [
        (QKeySequence("Ctrl+Alt+Del"), [*ctrl_alt, DELETE]),
        (QKeySequence("Ctrl+Alt+Backspace"), [*ctrl_alt, BACKSPACE]),
    ]
    combos += [(QKeySequence(f"Ctrl+Alt+F{n}"), [*ctrl_alt, function_key(n)]) for n in range(1, 13)]
    combos.append((QKeySequence(Qt.Key.Key_Print), [PRINT]))
    for sequence, keys in combos:
        action = menu.addAction(sequence.toString(native))
        action.setObjectName("sendkey_" + sequence.toString().replace("+", "_").lower())
        action.triggered.connect(lambda _checked=False, k=keys: send(k))
    return menu
