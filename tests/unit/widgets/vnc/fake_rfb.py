"""A small RFB 3.8 server on a socketpair, in a thread, for testing the VNC client.

It speaks the server side of what QEMU's VNC server does that kvmgui relies on: the
handshake (security None, VNC auth without checking the DES answer, or a list of types
nobody speaks), ServerInit, SetPixelFormat (later pixels
are encoded in the client's format), SetEncodings, and FramebufferUpdate messages the
test composes (raw rectangles, DesktopSize and ExtendedDesktopSize, the QEMU extended key
event and pointer type change acknowledgements, rich cursors). Every client message is parsed and recorded.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass

# Client message types
SET_PIXEL_FORMAT, SET_ENCODINGS, UPDATE_REQUEST, KEY, POINTER, CUT_TEXT, QEMU = 0, 2, 3, 4, 5, 6, 255
SET_DESKTOP_SIZE = 251
CHALLENGE = bytes(range(16))


@dataclass
class PixelFormat:
    bpp: int = 32
    depth: int = 24
    big_endian: bool = False
    true_color: bool = True
    red_max: int = 255
    green_max: int = 255
    blue_max: int = 255
    red_shift: int = 16
    green_shift: int = 8
    blue_shift: int = 0

    def pack(self) -> bytes:
        return struct.pack(">BBBBHHHBBB3x", self.bpp, self.depth, self.big_endian, self.true_color,
                           self.red_max, self.green_max, self.blue_max,
                           self.red_shift, self.green_shift, self.blue_shift)

    @classmethod
    def unpack(cls, data: bytes) -> PixelFormat:
        f = struct.unpack(">BBBBHHHBBB3x", data)
        return cls(f[0], f[1], bool(f[2]), bool(f[3]), *f[4:])

    def encode(self, rgb: int) -> bytes:
        r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
        value = ((r * self.red_max // 255) << self.red_shift
                 | (g * self.green_max // 255) << self.green_shift
                 | (b * self.blue_max // 255) << self.blue_shift)
        size = self.bpp // 8
        return value.to_bytes(size, "big" if self.big_endian else "little")


def _rect_header(x: int, y: int, w: int, h: int, encoding: int) -> bytes:
    return struct.pack(">HHHHi", x, y, w, h, encoding)


class FakeRfbServer:
    """Serves one client on the other end of ``client_fd()``."""

    def __init__(self, width: int = 64, height: int = 48, name: bytes = b"fake",
                 security: tuple[int, ...] = (1,), refuse_password: bool = False) -> None:
        self.width, self.height, self.name = width, height, name
        self.security = security
        self.refuse_password = refuse_password  # VNC auth answered "failed", whatever was sent
        self.format = PixelFormat()
        self.messages: list[tuple] = []
        self.error: BaseException | None = None
        self.handshake_done = threading.Event()
        self._lock = threading.Lock()
        self._ours, self._theirs = socket.socketpair()
        self._thread = threading.Thread(target=self._serve, name="fake-rfb", daemon=True)
        self._thread.start()

    def client_fd(self) -> int:
        """The client's end, detached: whoever opens it owns it."""
        return self._theirs.detach()

    # -- what the client sent -----------------------------------------------------------

    def received(self, kind: int) -> list[tuple]:
        with self._lock:
            return [m[1:] for m in self.messages if m[0] == kind]

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()

    # -- what the server sends ------------------------------------------------------------

    def send_update(self, *rects: bytes) -> None:
        self._ours.sendall(struct.pack(">BxH", 0, len(rects)) + b"".join(rects))

    def raw(self, x: int, y: int, w: int, h: int, pixels: list[int]) -> bytes:
        """A raw rectangle; ``pixels`` are 0xRRGGBB, row by row, in the client's format."""
        assert len(pixels) == w * h
        return _rect_header(x, y, w, h, 0) + b"".join(self.format.encode(p) for p in pixels)

    def desktop_size(self, w: int, h: int) -> bytes:
        self.width, self.height = w, h
        return _rect_header(0, 0, w, h, -223)

    def ext_desktop_size(self, w: int, h: int) -> bytes:
        """ExtendedDesktopSize: the server can take SetDesktopSize (one screen)."""
        self.width, self.height = w, h
        return (_rect_header(0, 0, w, h, -308) + struct.pack(">B3x", 1)
                + struct.pack(">IHHHHI", 0, 0, 0, w, h, 0))

    @staticmethod
    def ext_key_ack() -> bytes:
        return _rect_header(0, 0, 0, 0, -258)

    @staticmethod
    def pointer_mode(absolute: bool) -> bytes:
        return _rect_header(int(absolute), 0, 0, 0, -257)

    def rich_cursor(self, hot_x: int, hot_y: int, w: int, h: int, pixels: list[int],
                    mask: list[int]) -> bytes:
        """``mask``: one 0/1 per pixel, row by row (packed MSB first, rows padded to bytes)."""
        rows = []
        for y in range(h):
            bits = mask[y * w:(y + 1) * w]
            row = bytearray((w + 7) // 8)
            for x, bit in enumerate(bits):
                if bit:
                    row[x // 8] |= 0x80 >> (x % 8)
            rows.append(bytes(row))
        data = b"".join(self.format.encode(p) for p in pixels) + b"".join(rows)
        return _rect_header(hot_x, hot_y, w, h, -239) + data

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._ours.shutdown(socket.SHUT_RDWR)
        self._ours.close()

    # -- thread ---------------------------------------------------------------------

    def _recv(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self._ours.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def _record(self, *message: object) -> None:
        with self._lock:
            self.messages.append(message)

    def _serve(self) -> None:
        try:
            self._handshake()
            while True:
                self._one_message()
        except (EOFError, OSError):
            pass
        except BaseException as exc:  # surfaced by the tests through .error
            self.error = exc

    def _handshake(self) -> None:
        s = self._ours
        s.sendall(b"RFB 003.008\n")
        self._record("version", self._recv(12))
        s.sendall(bytes([len(self.security), *self.security]))
        chosen = self._recv(1)[0]
        self._record("security", chosen)
        if chosen == 2 and 2 in self.security:  # VNC auth: a DES challenge and its answer
            s.sendall(CHALLENGE)
            self._record("vnc_auth", self._recv(16))
            if self.refuse_password:
                reason = b"Authentication failed"
                s.sendall(struct.pack(">II", 1, len(reason)) + reason)
                raise EOFError
        elif chosen != 1:
            s.sendall(struct.pack(">I", 1) + struct.pack(">I", 6) + b"nope!\n")
            raise EOFError
        s.sendall(struct.pack(">I", 0))  # SecurityResult: OK
        self._record("shared", self._recv(1)[0])
        s.sendall(struct.pack(">HH", self.width, self.height) + self.format.pack()
                  + struct.pack(">I", len(self.name)) + self.name)
        self.handshake_done.set()

    def _one_message(self) -> None:
        kind = self._recv(1)[0]
        if kind == SET_PIXEL_FORMAT:
            self.format = PixelFormat.unpack(self._recv(19)[3:])
            self._record(kind, self.format)
        elif kind == SET_ENCODINGS:
            _pad, count = struct.unpack(">BH", self._recv(3))
            self._record(kind, struct.unpack(f">{count}i", self._recv(4 * count)))
        elif kind == UPDATE_REQUEST:
            self._record(kind, *struct.unpack(">BHHHH", self._recv(9)))
        elif kind == KEY:
            down, _pad, keysym = struct.unpack(">BHI", self._recv(7))
            self._record(kind, bool(down), keysym)
        elif kind == POINTER:
            self._record(kind, *struct.unpack(">BHH", self._recv(5)))
        elif kind == CUT_TEXT:
            _pad, length = struct.unpack(">3sI", self._recv(7))
            self._record(kind, self._recv(length))
        elif kind == SET_DESKTOP_SIZE:
            _pad, w, h, screens, _pad2 = struct.unpack(">BHHBB", self._recv(7))
            self._recv(16 * screens)
            self._record(kind, w, h, screens)
        elif kind == QEMU:
            subtype = self._recv(1)[0]
            if subtype != 0:
                raise ValueError(f"unexpected QEMU client message {subtype}")
            down, keysym, keycode = struct.unpack(">HII", self._recv(10))
            self._record(kind, bool(down), keysym, keycode)
        else:
            raise ValueError(f"unexpected client message type {kind}")
