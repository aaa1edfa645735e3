"""The tiny guest with a VGA card and VNC, for the graphical console's test and benchmark.

Its screen is tty1 in VGA text mode (720x400) with a root shell (``kvmgui.shell=tty1``)
and no cursor (``vt.cur_default=1``: QEMU would blink it, so the screen would never be
still long enough to compare). Helpers read ``virsh screenshot``'s image without Qt or
PIL (PNG, which libvirt 9 + QEMU 7.2 give, or PPM, which older ones give) and type text
through a VncView as a keyboard would (Shift around shifted characters).
"""

from __future__ import annotations

import struct
import tempfile
import zlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.guest.build import GuestAssets, tiny_guest_xml
from tests.integration.helpers import TinyGuest, define_domain
from tests.integration.isolated_host import IsolatedHost

CMDLINE = "kvmgui.shell=tty1 vt.cur_default=1"
_SHIFTED = {"$": "4", "(": "9", ")": "0", "*": "8", ">": ".", "|": "\\", "_": "-", "+": "="}
_KEYS = {" ": Qt.Key.Key_Space, "-": Qt.Key.Key_Minus, ".": Qt.Key.Key_Period,
         "/": Qt.Key.Key_Slash, "=": Qt.Key.Key_Equal, "\\": Qt.Key.Key_Backslash,
         "\n": Qt.Key.Key_Return, "\b": Qt.Key.Key_Backspace}
_SHIFTED_KEYS = {"$": Qt.Key.Key_Dollar, "(": Qt.Key.Key_ParenLeft, ")": Qt.Key.Key_ParenRight,
                 "*": Qt.Key.Key_Asterisk, ">": Qt.Key.Key_Greater, "|": Qt.Key.Key_Bar,
                 "_": Qt.Key.Key_Underscore, "+": Qt.Key.Key_Plus}


def start_vnc_guest(host: IsolatedHost, name: str, assets: GuestAssets, log_dir: Path) -> TinyGuest:
    guest = TinyGuest(name, Path(log_dir) / f"{name}.serial")
    define_domain(host, tiny_guest_xml(name, assets, serial_log=guest.serial_log,
                                       extra_cmdline=CMDLINE, vnc=True))
    host.virsh("start", name)
    return guest


def read_ppm(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of a binary PPM (P6, maxval 255)."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    magic, width, height, maxval = fields[0], int(fields[1]), int(fields[2]), int(fields[3])
    if magic != b"P6" or maxval != 255:
        raise ValueError(f"not an 8-bit binary PPM: {magic!r} {maxval}")
    pixels = data[pos + 1:pos + 1 + width * height * 3]
    return width, height, pixels


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def read_png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _comp, _filter, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]) & 255
        rows.append(line)
        prev = line
    pixels = b"".join(rows)
    if bpp == 4:
        pixels = b"".join(pixels[i:i + 3] for i in range(0, len(pixels), 4))
    return width, height, pixels


def screenshot(host: IsolatedHost, name: str) -> tuple[int, int, bytes]:
    """``virsh screenshot``: libvirt 9 with QEMU 7.2 hands out PNG, older ones PPM."""
    with tempfile.NamedTemporaryFile(suffix=".img") as f:
        host.virsh("screenshot", name, f.name)
        data = Path(f.name).read_bytes()
    return read_png(data) if data.startswith(b"\x89PNG") else read_ppm(data)


def rgb_bytes(image: QImage) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of a QImage, rows without padding."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    return w, h, b"".join(raw[y * stride:y * stride + w * 3] for y in range(h))


def _send(view: QWidget, kind: QEvent.Type, key: Qt.Key, text: str = "") -> None:
    QApplication.sendEvent(view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_text(view: QWidget, text: str) -> None:
    """Key presses and releases for ``text`` (US layout), Shift held for shifted characters."""
    for ch in text:
        shifted = ch in _SHIFTED or ch.isupper()
        if ch in _SHIFTED:
            key = _SHIFTED_KEYS[ch]
        elif ch in _KEYS:
            key = _KEYS[ch]
        else:
            key = Qt.Key(ord(ch.upper()))
        sent = "" if ch in "\n\b" else ch
        if shifted:
            _send(view, QEvent.Type.KeyPress, Qt.Key.Key_Shift)
        _send(view, QEvent.Type.KeyPress, key, sent)
        _send(view, QEvent.Type.KeyRelease, key, sent)
        if shifted:
            _send(view, QEvent.Type.KeyRelease, Qt.Key.Key_Shift)
