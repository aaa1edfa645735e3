"""One VNC connection on GVnc, drawing into a QImage that the view paints.

GVnc runs on GLib's default main context, like libvirt's events (docs/event-bridge.md):

* Qt's GLib dispatcher (the default on Linux) iterates that context on the GUI thread,
  so GVnc's signals arrive there and calls into GVnc are made directly;
* with ``QT_NO_GLIB=1`` the libvirt event thread iterates it (``virEventRunDefaultImpl``
  is one GLib iteration), so GVnc's signals arrive on that thread. Calls into GVnc are then
  handed over with ``GLib.idle_add`` (thread-safe, in order) and results come back through
  Qt signals, which queue across threads by themselves. Never a second iterating thread.

A bare ``GVnc.Connection`` does none of ``GtkVnc.Display``'s work, so this class does it:
choose the auth type, set the pixel format and encodings, provide a framebuffer and ask
for a full update on init and after each resize, and an incremental one after updates.
The framebuffer's memory is the QImage's own (``BaseFramebuffer`` built with
``GObject.new(buffer=<capsule>)``; ``BaseFramebuffer.new`` would copy a Python list and
free it). The QImage is only ever read on the GUI side (no detach), GVnc writes into it.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import warnings
from collections.abc import Callable
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kvmgui.libvirt import eventloop
from kvmgui.widgets.vnc.gvnc import Gi, load

log = logging.getLogger(__name__)

# RFB numbers (gtk-vnc's VncConnectionAuth / VncConnectionEncoding / credentials).
AUTH_NONE, AUTH_VNC = 1, 2
CRED_PASSWORD, CRED_USERNAME, CRED_CLIENTNAME = 0, 1, 2
# The server picks the first it supports; pseudo-encodings ask for features.
ENCODINGS = (
    16,  # ZRLE
    5,  # Hextile
    2,  # RRE
    1,  # CopyRect
    0,  # Raw
    -258,  # QEMU extended key event: scancodes, whatever the guest's layout
    -261,  # LED state
    -308,  # extended desktop size (the client asks for a size)
    -223,  # desktop size
    -307,  # desktop name
    -224,  # last rect
    0x574D5669,  # WMVi (pixel format change)
    -314,  # alpha cursor
    -239,  # rich cursor
    -240,  # X cursor
    -257,  # QEMU pointer type change (absolute / relative)
)


class ResizeStatus(IntEnum):
    """gtk-vnc's VncConnectionResizeStatus."""

    UNSUPPORTED = -1
    OK = 0
    PROHIBITED = 1
    OUT_OF_RESOURCES = 2
    INVALID_LAYOUT = 3
    FORWARDED = 4


# AUTH_UNSUPPORTED's message when the server wants a user name (the console words it).
USER_NAME_WANTED = "username"


class Failure(IntEnum):
    """Why a session ended badly (the console words these; GVnc's message goes along)."""

    ERROR = 0  # GVnc reported an error (its message)
    AUTH_FAILED = 1  # the server refused the password
    AUTH_UNSUPPORTED = 2  # no auth type we speak
    NOT_INITIALIZED = 3  # the connection closed before the server greeted us


def _capsule(address: int) -> object:
    new = ctypes.pythonapi.PyCapsule_New
    new.restype = ctypes.py_object
    new.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
    return new(address, None, None)


def _shutdown_quietly(conn: Any) -> bool:
    if conn.is_open():
        conn.shutdown()
    return False


def _values(array: Any) -> list[int]:
    """The ints of a GValueArray (the only way PyGObject offers is deprecated)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [int(array.get_nth(i)) for i in range(array.n_values)]


class VncSession(QObject):
    """A GVnc connection and its framebuffer.

    Signals:
        initialized(QImage): the server greeted us; the framebuffer to paint.
        framebufferReplaced(QImage): a desktop resize (or pixel format change) made a new one.
        damaged(int, int, int, int): x, y, w, h of the framebuffer that changed.
        cursorChanged(object, int, int): the guest's cursor (QImage, or None to hide it)
            and its hot spot.
        pointerModeChanged(bool): True when the server takes absolute coordinates.
        keyboardModeChanged(bool): True when the server takes QEMU scancodes.
        resizeAnswered(int): ``request_size``'s answer: ResizeStatus.UNSUPPORTED (the server
            never announced ExtendedDesktopSize), anything else means the request went out
            (gtk-vnc 1.3 then returns TRUE, not a status).
        credentialsWanted(): the server wants a password; call ``set_password`` or ``close``.
        failed(int, str): a Failure and GVnc's message (the session then ends).
        closed(): the connection is gone (after ``close`` or a failure).
    """

    initialized = Signal(object)
    framebufferReplaced = Signal(object)
    damaged = Signal(int, int, int, int)
    cursorChanged = Signal(object, int, int)
    pointerModeChanged = Signal(bool)
    keyboardModeChanged = Signal(bool)
    resizeAnswered = Signal(int)
    credentialsWanted = Signal()
    failed = Signal(int, str)
    closed = Signal()

    def __init__(self, password: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gi = load()
        if not isinstance(gi, Gi):
            raise RuntimeError(f"GVnc is not available: {gi.value}")
        self._gi = gi
        self._direct = eventloop.qt_runs_glib()
        if not self._direct and eventloop.mode() is not eventloop.LoopMode.THREAD:
            raise RuntimeError("nothing iterates GLib's main context: install the event loop first")
        self._password = password
        self._conn: Any = None
        self._handlers: list[int] = []
        self._image: QImage | None = None
        self._framebuffer: Any = None
        self._refresh_pending = False
        self._initialized = False
        self._closing = False
        self._ext_keys = False
        self._error = ""
        self._failure: Failure | None = None
        self.size = (0, 0)
        self.name = ""

    # -- GUI side -------------------------------------------------------------------------

    @property
    def image(self) -> QImage | None:
        """The current framebuffer (read it, never write it)."""
        return self._image

    def open_fd(self, fd: int) -> None:
        """Start on a connected socket; GVnc owns ``fd`` from now on and closes it."""
        self._call(self._open, fd)

    def close(self) -> None:
        """Shut the connection down; ``closed`` follows (GVnc closes the socket)."""
        self._call(self._shutdown)

    def send_key(self, down: bool, keysym: int, scancode: int) -> None:
        self._call(self._key, down, keysym, scancode)

    def send_pointer(self, buttons: int, x: int, y: int) -> None:
        self._call(self._pointer, buttons, x, y)

    def request_size(self, width: int, height: int) -> None:
        """Ask the guest for a new desktop size; the answer comes as ``resizeAnswered``."""
        self._call(self._set_size, width, height)

    def set_password(self, password: str) -> None:
        self._password = password
        self._call(self._give_password)

    # -- hand-over to the GLib thread ------------------------------------------------------

    def _call(self, fn: Callable[..., object], *args: object) -> None:
        if self._direct:
            fn(*args)
            return

        def once() -> bool:
            fn(*args)
            return False  # remove the idle source

        self._gi.GLib.idle_add(once, priority=self._gi.GLib.PRIORITY_HIGH_IDLE)

    # -- GLib side (GUI thread with Qt's GLib dispatcher, else the libvirt event thread) ---

    def _open(self, fd: int) -> None:
        conn = self._gi.GVnc.Connection()
        for name, handler in (
            ("vnc-auth-choose-type", self._on_choose_type),
            ("vnc-auth-credential", self._on_credential),
            ("vnc-auth-failure", self._on_auth_failure),
            ("vnc-auth-unsupported", self._on_auth_unsupported),
            ("vnc-initialized", self._on_initialized),
            ("vnc-desktop-resize", self._on_desktop_resize),
            ("vnc-pixel-format-changed", self._on_pixel_format),
            ("vnc-framebuffer-update", self._on_update),
            ("vnc-cursor-changed", self._on_cursor),
            ("vnc-pointer-mode-changed", self._on_pointer_mode),
            ("vnc-desktop-rename", self._on_rename),
            ("vnc-error", self._on_error),
            ("vnc-disconnected", self._on_disconnected),
        ):
            self._handlers.append(conn.connect(name, self._guarded(handler)))
        self._conn = conn
        # Should this object go away first, GVnc must not call into it any more.
        glib = self._gi.GLib
        self.destroyed.connect(lambda *_: glib.idle_add(_shutdown_quietly, conn))
        conn.set_shared(True)  # another viewer (virt-viewer, a second window) may watch too
        if not conn.open_fd(fd):
            self._fail(Failure.ERROR, "")
            self._on_disconnected(conn)

    def _guarded(self, handler: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if shiboken6.isValid(self):
                handler(*args)

        return call

    def _shutdown(self) -> None:
        self._closing = True
        if self._conn is not None and self._conn.is_open():
            self._conn.shutdown()

    def _key(self, down: bool, keysym: int, scancode: int) -> None:
        if self._initialized:
            self._conn.key_event(down, keysym, scancode)

    def _pointer(self, buttons: int, x: int, y: int) -> None:
        if self._initialized:
            self._conn.pointer_event(buttons, max(0, min(x, 0xFFFF)), max(0, min(y, 0xFFFF)))

    def _set_size(self, width: int, height: int) -> None:
        if self._initialized:
            self.resizeAnswered.emit(int(self._conn.set_size(width, height)))

    def _give_password(self) -> None:
        if self._conn is not None and self._password is not None:
            self._conn.set_credential(CRED_PASSWORD, self._password)

    def _full_update(self) -> None:
        if self._initialized:
            w, h = self.size
            self._conn.framebuffer_update_request(False, 0, 0, w, h)

    def _on_choose_type(self, conn: Any, types: Any) -> None:
        offered = _values(types)
        for wanted in (AUTH_NONE, AUTH_VNC):
            if wanted in offered:
                conn.set_auth_type(wanted)  # an int: PyGObject wants no enum here
                return
        self._fail(Failure.AUTH_UNSUPPORTED, ", ".join(str(t) for t in offered))
        conn.shutdown()

    def _on_credential(self, conn: Any, creds: Any) -> None:
        for cred in _values(creds):
            if cred == CRED_CLIENTNAME:
                conn.set_credential(CRED_CLIENTNAME, "kvmgui")
            elif cred == CRED_PASSWORD:
                if self._password is None:
                    self.credentialsWanted.emit()
                else:
                    conn.set_credential(CRED_PASSWORD, self._password)
            else:
                self._fail(Failure.AUTH_UNSUPPORTED, USER_NAME_WANTED)
                conn.shutdown()
                return

    def _on_auth_failure(self, _conn: Any, reason: str) -> None:
        self._fail(Failure.AUTH_FAILED, reason or "")

    def _on_auth_unsupported(self, _conn: Any, auth_type: int) -> None:
        self._fail(Failure.AUTH_UNSUPPORTED, str(auth_type))

    def _local_format(self) -> Any:
        fmt = self._gi.GVnc.PixelFormat()
        fmt.bits_per_pixel, fmt.depth, fmt.true_color_flag = 32, 24, 1
        # QImage.Format_RGB32 is 0xffRRGGBB in native byte order.
        fmt.byte_order = 1234 if sys.byteorder == "little" else 4321
        fmt.red_max = fmt.green_max = fmt.blue_max = 255
        fmt.red_shift, fmt.green_shift, fmt.blue_shift = 16, 8, 0
        return fmt

    def _new_framebuffer(self, width: int, height: int) -> QImage:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(0xFF000000)
        address = ctypes.addressof(ctypes.c_char.from_buffer(image.bits()))
        framebuffer = self._gi.GObject.new(
            self._gi.GVnc.BaseFramebuffer, buffer=_capsule(address), width=width, height=height,
            rowstride=image.bytesPerLine(), local_format=self._local_format(),
            remote_format=self._conn.get_pixel_format(),
        )
        self._conn.set_framebuffer(framebuffer)
        # The image owns the memory GVnc writes into: both are kept together.
        self._image, self._framebuffer = image, framebuffer
        self.size = (width, height)
        return image

    def _on_initialized(self, conn: Any) -> None:
        self.name = conn.get_name() or ""
        conn.set_pixel_format(self._local_format())
        image = self._new_framebuffer(conn.get_width(), conn.get_height())
        conn.set_encodings(list(ENCODINGS))
        self._initialized = True
        self._full_update()
        self.initialized.emit(image)

    def _on_desktop_resize(self, _conn: Any, width: int, height: int) -> None:
        self.framebufferReplaced.emit(self._new_framebuffer(width, height))
        self._full_update()

    def _on_pixel_format(self, conn: Any, _fmt: Any) -> None:
        # The server changed its format (WMVi): GVnc converts, given the new remote format.
        self.framebufferReplaced.emit(self._new_framebuffer(conn.get_width(), conn.get_height()))
        self._full_update()

    def _on_update(self, conn: Any, x: int, y: int, w: int, h: int) -> None:
        self.damaged.emit(x, y, w, h)
        if conn.get_ext_key_event() != self._ext_keys:
            self._ext_keys = not self._ext_keys
            self.keyboardModeChanged.emit(self._ext_keys)
        self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        """One incremental request once the current update message is read.

        GVnc emits one signal per rectangle, each from an idle at default-idle priority;
        a low-priority idle runs only after them, so a message costs one request.
        """
        if self._refresh_pending:
            return
        self._refresh_pending = True
        self._gi.GLib.idle_add(self._refresh, priority=self._gi.GLib.PRIORITY_LOW)

    def _refresh(self) -> bool:
        self._refresh_pending = False
        if self._initialized and self._conn is not None and self._conn.is_open():
            w, h = self.size
            self._conn.framebuffer_update_request(True, 0, 0, w, h)
        return False

    def _on_cursor(self, _conn: Any, cursor: Any) -> None:
        if cursor is None:
            self.cursorChanged.emit(None, 0, 0)
        else:
            w, h = cursor.get_width(), cursor.get_height()
            # get_data() has no length for PyGObject: read the bytes through ctypes. GVnc
            # converted them to our local format with alpha from the mask: ARGB32.
            data = ctypes.string_at(cursor.props.data, w * h * 4) if w and h else b""
            image = QImage(data, w, h, w * 4, QImage.Format.Format_ARGB32).copy()
            self.cursorChanged.emit(image, cursor.get_hotx(), cursor.get_hoty())
        self._schedule_refresh()

    def _on_pointer_mode(self, _conn: Any, absolute: bool) -> None:
        self.pointerModeChanged.emit(bool(absolute))
        self._schedule_refresh()

    def _on_rename(self, _conn: Any, name: str) -> None:
        self.name = name or ""

    def _on_error(self, _conn: Any, message: str) -> None:
        self._error = message or ""
        log.debug("GVnc: %s", message)

    def _fail(self, failure: Failure, message: str) -> None:
        if self._failure is None and not self._closing:
            self._failure = failure
            self.failed.emit(int(failure), message)

    def _on_disconnected(self, conn: Any) -> None:
        if self._error:
            self._fail(Failure.ERROR, self._error)
        elif not self._initialized:
            self._fail(Failure.NOT_INITIALIZED, "")
        self._initialized = False
        for handler in self._handlers:
            conn.disconnect(handler)
        self._handlers.clear()
        self._conn = None
        self.closed.emit()
