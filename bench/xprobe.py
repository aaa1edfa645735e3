"""A few Xlib calls through ctypes, to drive and watch a viewer on an Xvfb display.

Keys go in through XTEST (as from a keyboard); the screen is read back with XGetImage.
The same code watches kvmgui and virt-viewer, so both round trips include the same
X server, the same polling and the same injection.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import subprocess
import time
from pathlib import Path

_x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
_xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
_x11.XOpenDisplay.restype = ctypes.c_void_p
_x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x11.XDefaultRootWindow.restype = ctypes.c_ulong
_x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x11.XStringToKeysym.restype = ctypes.c_ulong
_x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
_x11.XKeysymToKeycode.restype = ctypes.c_ubyte
_x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
_x11.XGetImage.restype = ctypes.c_void_p
_x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                           ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
_x11.XDestroyImage.argtypes = [ctypes.c_void_p]
_x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
_x11.XFlush.argtypes = [ctypes.c_void_p]
_x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
_xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
_xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                       ctypes.c_ulong]
ALL_PLANES, Z_PIXMAP = 0xFFFFFFFF, 2


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


class Xvfb:
    """A private Xvfb display, ours (stopped by its pid)."""

    def __init__(self, number: int, size: str = "1024x768x24") -> None:
        self.name = f":{number}"
        self.proc = subprocess.Popen(["Xvfb", self.name, "-screen", "0", size, "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sock = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not sock.exists():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"Xvfb {self.name} did not start")
            time.sleep(0.05)
        self.display = _x11.XOpenDisplay(self.name.encode())
        if not self.display:
            raise RuntimeError(f"cannot open {self.name}")
        self.root = _x11.XDefaultRootWindow(self.display)

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.name, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def keycode(self, keysym_name: str) -> int:
        return int(_x11.XKeysymToKeycode(self.display, _x11.XStringToKeysym(keysym_name.encode())))

    def key(self, keycode: int) -> None:
        _xtst.XTestFakeKeyEvent(self.display, keycode, 1, 0)
        _xtst.XTestFakeKeyEvent(self.display, keycode, 0, 0)
        _x11.XFlush(self.display)

    def move_pointer(self, x: int, y: int) -> None:
        _xtst.XTestFakeMotionEvent(self.display, 0, x, y, 0)
        _x11.XSync(self.display, 0)

    def grab(self, x: int, y: int, w: int, h: int) -> bytes:
        """A digest of the screen's pixels in the rectangle (one XGetImage round trip)."""
        ptr = _x11.XGetImage(self.display, self.root, x, y, w, h, ALL_PLANES, Z_PIXMAP)
        if not ptr:
            raise RuntimeError("XGetImage failed")
        image = _XImage.from_address(ptr)
        data = ctypes.string_at(image.data, image.bytes_per_line * image.height)
        _x11.XDestroyImage(ptr)
        return hashlib.blake2b(data, digest_size=16).digest()

    def close(self) -> None:
        if self.display:
            _x11.XCloseDisplay(self.display)
            self.display = None
        self.proc.terminate()
        self.proc.wait(10)
