"""Keys to the bytes an xterm sends (what a Linux guest's getty and shells expect)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
M = Qt.KeyboardModifier

# Keyed by int: QKeyEvent.key() is an int (Qt.Key is an IntEnum, equal to it).
# Key_Clear is the keypad's 5 without NumLock (X's KP_Begin), which xterm sends as CSI E.
_CURSOR: dict[int, str] = {K.Key_Up: "A", K.Key_Down: "B", K.Key_Right: "C", K.Key_Left: "D",
           K.Key_Home: "H", K.Key_End: "F", K.Key_Clear: "E"}
_TILDE: dict[int, int] = {K.Key_Insert: 2, K.Key_Delete: 3, K.Key_PageUp: 5, K.Key_PageDown: 6,
          K.Key_F5: 15, K.Key_F6: 17, K.Key_F7: 18, K.Key_F8: 19, K.Key_F9: 20, K.Key_F10: 21,
          K.Key_F11: 23, K.Key_F12: 24}
_SS3: dict[int, str] = {K.Key_F1: "P", K.Key_F2: "Q", K.Key_F3: "R", K.Key_F4: "S"}
# The keypad's operators and Enter in application keypad mode (ESC =), as xterm sends them
# while NumLock is off; without NumLock its digits are cursor keys, already arrows above.
_KEYPAD_APP: dict[int, str] = {K.Key_Enter: "M", K.Key_Plus: "k", K.Key_Comma: "l",
          K.Key_Minus: "m", K.Key_Asterisk: "j", K.Key_Slash: "o", K.Key_Equal: "X"}
_NUM_LOCK = 0x10  # X's Mod2 in the native modifiers (xcb and Wayland's xkb alike)
_PLAIN: dict[int, str] = {K.Key_Return: "\r", K.Key_Enter: "\r", K.Key_Backspace: "\x7f", K.Key_Tab: "\t",
          K.Key_Backtab: "\x1b[Z", K.Key_Escape: "\x1b"}


def _modifier_param(mods: Qt.KeyboardModifier) -> int:
    """xterm's modifier parameter: 1 + Shift(1) + Alt(2) + Ctrl(4); 1 means none."""
    value = 1
    if mods & M.ShiftModifier:
        value += 1
    if mods & M.AltModifier:
        value += 2
    if mods & M.ControlModifier:
        value += 4
    return value


def key_bytes(key: int, mods: Qt.KeyboardModifier, text: str, app_cursor: bool) -> bytes:
    """The bytes for one key press; b"" when the key sends nothing (a lone Shift)."""
    mods = mods & (M.ShiftModifier | M.ControlModifier | M.AltModifier)
    param = _modifier_param(mods)
    k = int(key)
    if k in _CURSOR:
        final = _CURSOR[k]
        if param > 1:
            return f"\x1b[1;{param}{final}".encode()
        return f"\x1bO{final}".encode() if app_cursor else f"\x1b[{final}".encode()
    if k in _TILDE:
        number = _TILDE[k]
        return (f"\x1b[{number};{param}~" if param > 1 else f"\x1b[{number}~").encode()
    if k in _SS3:
        return (f"\x1b[1;{param}{_SS3[k]}" if param > 1 else f"\x1bO{_SS3[k]}").encode()
    if k == K.Key_Backtab or (k == K.Key_Tab and mods & M.ShiftModifier):
        return b"\x1b[Z"
    if k in _PLAIN:
        plain = _PLAIN[k]
        if k == K.Key_Backspace and mods & M.ControlModifier:
            plain = "\x08"
        return (("\x1b" if mods & M.AltModifier else "") + plain).encode()
    prefix = "\x1b" if mods & M.AltModifier else ""
    if mods & M.ControlModifier:
        control = _control_char(key)
        if control is not None:
            return (prefix + control).encode()
    if text and all(c >= " " or c in "\t\r" for c in text) and text != "\x7f":
        return (prefix + text).encode()
    if text and len(text) == 1 and ord(text) < 32:
        return (prefix + text).encode()  # a control character the platform made already
    return b""


def _control_char(key: int) -> str | None:
    if K.Key_A <= key <= K.Key_Z:
        return chr(key - K.Key_A + 1)
    return _CONTROL.get(key)


_CONTROL: dict[int, str] = {
    K.Key_Space: "\x00", K.Key_2: "\x00", K.Key_At: "\x00", K.Key_BracketLeft: "\x1b",
    K.Key_3: "\x1b", K.Key_Backslash: "\x1c", K.Key_4: "\x1c", K.Key_BracketRight: "\x1d",
    K.Key_5: "\x1d", K.Key_6: "\x1e", K.Key_AsciiCircum: "\x1e", K.Key_7: "\x1f",
    K.Key_Slash: "\x1f", K.Key_Minus: "\x1f", K.Key_Underscore: "\x1f",
    K.Key_8: "\x7f", K.Key_Question: "\x7f"}


def event_bytes(event: QKeyEvent, app_cursor: bool, app_keypad: bool = False) -> bytes:
    mods = event.modifiers()
    if (app_keypad and mods & M.KeypadModifier and event.key() in _KEYPAD_APP
            and not event.nativeModifiers() & _NUM_LOCK):
        # with modifiers as xterm's terminfo has them (kpADD2: ESC O 2 k); Ctrl+keypad -
        # went as ^_ and Shift was dropped, so a program never got the keys it bound
        param = _modifier_param(mods)
        return f"\x1bO{param if param > 1 else ''}{_KEYPAD_APP[event.key()]}".encode()
    return key_bytes(event.key(), mods, event.text(), app_cursor)
