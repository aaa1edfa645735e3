"""The VNC screen: paints the framebuffer where it changed and sends keys and the pointer.

Keyboard: while the view has focus every key goes to the guest (Tab and the window's
shortcuts too); pressing Ctrl+Alt together and letting go releases it (no mouse needed).
Pointer: in absolute mode (a tablet in the guest) positions map straight onto the
framebuffer; in relative mode (a PS/2 mouse only) a click captures the pointer and moves
are sent as offsets from 0x7FFF, QEMU's convention once it announced the pointer mode.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kvmgui.widgets.vnc import keymap
from kvmgui.widgets.vnc.session import VncSession
from kvmgui.widgets.wheelsteps import WheelSteps

REL_CENTER = 0x7FFF
_BUTTONS = {Qt.MouseButton.LeftButton: 1, Qt.MouseButton.MiddleButton: 2,
            Qt.MouseButton.RightButton: 4}
_CTRL, _ALT = keymap.CTRL_L[1], keymap.ALT_L[1]
_CHORD = {_CTRL, _ALT}
_SAME = {0x9D: _CTRL, 0xB8: _ALT}  # right Ctrl and right Alt count as Ctrl and Alt


def _chord_key(qnum: int) -> int:
    return _SAME.get(qnum, qnum)


class ScaleMode(Enum):
    FIT = "fit"  # the whole screen, shrunk to the widget (enlarged with ``upscale``), aspect kept
    ONE_TO_ONE = "1:1"  # guest pixels are screen pixels (scroll when larger)
    RESIZE_GUEST = "resize"  # ask the guest for the widget's size; scaled while it differs


class VncView(QWidget):
    """Shows a VncSession's framebuffer and feeds it input.

    Signals:
        grabChanged(bool): keyboard (and, in relative mode, pointer) now go to the guest.
        releaseChord(): Ctrl+Alt was pressed and let go: the console moves focus away.
        sizeWanted(int, int): in RESIZE_GUEST mode, the size the guest should take.
    """

    grabChanged = Signal(bool)
    releaseChord = Signal()
    sizeWanted = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vncView")
        self.setAccessibleName(self.tr("Virtual machine screen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.session: VncSession | None = None
        self.image: QImage | None = None
        self.mode = ScaleMode.FIT
        self.upscale = False  # FIT enlarges small screens too (full screen does)
        self.absolute = True
        self.read_only = False
        self.grabbed = False
        self._pointer_captured = False
        self._swallow_release = Qt.MouseButton.NoButton
        self._buttons = 0
        self._down: dict[int, int] = {}  # qnum -> keysym of keys held down in the guest
        self._chord_armed = False
        self._guest_cursor: QCursor | None = None
        self._background = QColor(32, 32, 32)
        self._wheel = (WheelSteps(), WheelSteps())  # notches, vertical and horizontal

    # -- wiring -----------------------------------------------------------------------

    def attach(self, session: VncSession | None) -> None:
        """Show ``session`` (None: show nothing); the old one's signals are let go, and
        the keys and buttons held in it (the new one never saw them go down)."""
        if session is not self.session:
            self.release_all()
        if self.session is not None:
            for signal, slot in self._links():
                signal.disconnect(slot)
        self.session = session
        self.image = session.image if session is not None else None
        self._guest_cursor = None
        self.unsetCursor()
        if session is not None:
            for signal, slot in self._links():
                signal.connect(slot)
        self._sizes_changed()

    def _links(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        s = self.session
        assert s is not None
        return [(s.initialized, self.set_image), (s.framebufferReplaced, self.set_image),
                (s.damaged, self.damage), (s.cursorChanged, self._set_cursor),
                (s.pointerModeChanged, self._set_pointer_mode)]

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._sizes_changed()

    def set_mode(self, mode: ScaleMode) -> None:
        self.mode = mode
        self._sizes_changed()
        if mode is ScaleMode.RESIZE_GUEST:
            self.sizeWanted.emit(self.width(), self.height())

    def _sizes_changed(self) -> None:
        self.updateGeometry()
        if self.mode is ScaleMode.ONE_TO_ONE and self.image is not None:
            self.resize(self.image.size())
        self.update()

    def sizeHint(self) -> QSize:
        if self.image is not None and self.mode is ScaleMode.ONE_TO_ONE:
            return self.image.size()
        return QSize(640, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    # -- geometry ---------------------------------------------------------------------

    def target_rect(self) -> QRectF:
        """Where the framebuffer is drawn, in widget coordinates."""
        if self.image is None or self.image.isNull():
            return QRectF()
        iw, ih = self.image.width(), self.image.height()
        w, h = self.width(), self.height()
        if self.mode is ScaleMode.ONE_TO_ONE:
            return QRectF(max(0, (w - iw) // 2), max(0, (h - ih) // 2), iw, ih)
        scale = min(w / iw, h / ih)
        if scale >= 1 and not self.upscale:  # crisp guest pixels unless asked to enlarge
            return QRectF((w - iw) // 2, (h - ih) // 2, iw, ih)
        sw, sh = iw * scale, ih * scale
        return QRectF((w - sw) / 2, (h - sh) / 2, sw, sh)

    def to_framebuffer(self, pos: QPointF) -> QPoint:
        target = self.target_rect()
        if self.image is None or target.isEmpty():
            return QPoint()
        x = (pos.x() - target.x()) * self.image.width() / target.width()
        y = (pos.y() - target.y()) * self.image.height() / target.height()
        return QPoint(max(0, min(int(x), self.image.width() - 1)),
                      max(0, min(int(y), self.image.height() - 1)))

    def damage(self, x: int, y: int, w: int, h: int) -> None:
        """Repaint what GVnc changed (mapped to the widget; a pixel more when scaled)."""
        target = self.target_rect()
        if self.image is None or target.isEmpty():
            return
        sx, sy = target.width() / self.image.width(), target.height() / self.image.height()
        rect = QRectF(target.x() + x * sx, target.y() + y * sy, w * sx, h * sy)
        self.update(rect.toAlignedRect().adjusted(-1, -1, 1, 1) if sx != 1 or sy != 1
                    else rect.toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self.target_rect()
        if self.image is None or target.isEmpty():
            painter.fillRect(event.rect(), self._background)
            return
        outside = event.region().subtracted(target.toAlignedRect())
        for rect in outside:  # type: ignore[attr-defined]  # QRegion iterates; stubs lack it
            painter.fillRect(rect, self._background)
        if target.size().toSize() == self.image.size():
            # 1:1: copy just the exposed rectangles (a line-by-line memcpy).
            offset = target.topLeft().toPoint()
            for rect in event.region():  # type: ignore[attr-defined]  # as above
                painter.drawImage(rect.topLeft(), self.image, rect.translated(-offset))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setClipRegion(event.region())
            painter.drawImage(target, self.image)

    def resizeEvent(self, event: object) -> None:
        if self.mode is ScaleMode.RESIZE_GUEST:
            self.sizeWanted.emit(self.width(), self.height())

    # -- keyboard ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # While focused, the window's shortcuts (and Tab) belong to the guest.
        if event.type() == QEvent.Type.ShortcutOverride and self.session is not None:
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return False if self.session is not None else super().focusNextPrevChild(next_)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._set_grab(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.release_all()
        self._set_grab(False)

    def _set_grab(self, on: bool) -> None:
        if on == self.grabbed:
            return
        self.grabbed = on
        # Only X11 lets an application take the keyboard from the window manager (Alt+Tab
        # for the guest); elsewhere focus alone brings every key here.
        if QGuiApplication.platformName() == "xcb":
            if on:
                self.grabKeyboard()
            else:
                self.releaseKeyboard()
        if not on:
            self._capture_pointer(False)
        self.grabChanged.emit(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._key(event, True)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._key(event, False)

    def _key(self, event: QKeyEvent, down: bool) -> None:
        event.accept()
        qnum = keymap.qnum_of(event)
        if down:
            keysym = keymap.keysym_of(event)
            # Auto-repeat sends press after press; the guest repeats by itself as well.
            held = {_chord_key(k) for k in self._down} | {_chord_key(qnum)}
            self._chord_armed = held == _CHORD and (qnum not in self._down or self._chord_armed)
        else:
            keysym = self._down.get(qnum) or keymap.keysym_of(event)
        if down and event.isAutoRepeat() and qnum in self._down:
            return
        if not down and qnum not in self._down:
            return  # its press went elsewhere (e.g. the key that moved focus here)
        if not down:
            del self._down[qnum]
        elif keysym or qnum:
            self._down[qnum] = keysym
        if self.session is not None and not self.read_only and (keysym or qnum):
            self.session.send_key(down, keysym, qnum)
        if not down and self._chord_armed and not self._down:
            self._chord_armed = False
            self._capture_pointer(False)
            self.releaseChord.emit()

    def release_all(self) -> None:
        """Let go of every key and button the guest thinks is held (on focus loss)."""
        if self.session is not None:
            for qnum, keysym in reversed(list(self._down.items())):
                self.session.send_key(False, keysym, qnum)
            if self._buttons:
                self._buttons = 0
                self.session.send_pointer(0, *self._last_abs())
        self._down.clear()
        self._chord_armed = False

    def send_combo(self, keys: list[tuple[int, int]]) -> None:
        """Press ``keys`` (keysym, qnum) in order, release them in reverse (Send key)."""
        if self.session is None or self.read_only:
            return
        for keysym, qnum in keys:
            self.session.send_key(True, keysym, qnum)
        for keysym, qnum in reversed(keys):
            self.session.send_key(False, keysym, qnum)

    # -- pointer ----------------------------------------------------------------------

    def _set_pointer_mode(self, absolute: bool) -> None:
        self.absolute = absolute
        if absolute:
            self._capture_pointer(False)
        self._apply_cursor()

    def _set_cursor(self, image: QImage | None, hot_x: int, hot_y: int) -> None:
        self._guest_cursor = None if image is None or image.isNull() else QCursor(
            QPixmap.fromImage(image), hot_x, hot_y)
        self._apply_cursor()

    def _apply_cursor(self) -> None:
        if self._pointer_captured:
            self.setCursor(Qt.CursorShape.BlankCursor)
        elif self._guest_cursor is not None and self.absolute:
            self.setCursor(self._guest_cursor)
        else:
            self.unsetCursor()

    def _capture_pointer(self, on: bool) -> None:
        if on == self._pointer_captured:
            return
        self._pointer_captured = on
        x11 = QGuiApplication.platformName() == "xcb"  # elsewhere: warping keeps it inside
        if on:
            if x11:
                self.grabMouse()
            QCursor.setPos(self.mapToGlobal(self.rect().center()))
        elif x11:
            self.releaseMouse()
        self._apply_cursor()

    @property
    def pointer_captured(self) -> bool:
        return self._pointer_captured

    def _last_abs(self) -> tuple[int, int]:
        if not self.absolute:
            return REL_CENTER, REL_CENTER
        pos = self.to_framebuffer(QPointF(self.mapFromGlobal(QCursor.pos())))
        return pos.x(), pos.y()

    def _send_pointer(self, event: QMouseEvent | QWheelEvent, extra: int = 0) -> None:
        if self.session is None or self.read_only:
            return
        if self.absolute:
            pos = self.to_framebuffer(event.position())
            self.session.send_pointer(self._buttons | extra, pos.x(), pos.y())
            return
        if not self._pointer_captured:
            return
        center = QPointF(self.rect().center())
        dx = round(event.position().x() - center.x())
        dy = round(event.position().y() - center.y())
        if dx or dy or extra or (isinstance(event, QMouseEvent) and event.type() != QEvent.Type.MouseMove):
            self.session.send_pointer(self._buttons | extra, REL_CENTER + dx, REL_CENTER + dy)
        if dx or dy:
            QCursor.setPos(self.mapToGlobal(self.rect().center()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.absolute and not self._pointer_captured and self.session is not None:
            self._capture_pointer(True)
            self._swallow_release = event.button()  # the click that captures stays with us
            return
        self._buttons |= _BUTTONS.get(event.button(), 0)
        self._send_pointer(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == self._swallow_release:
            self._swallow_release = Qt.MouseButton.NoButton
            return
        self._buttons &= ~_BUTTONS.get(event.button(), 0)
        self._send_pointer(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._send_pointer(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        # RFB buttons 4/5 scroll up/down, 6/7 left/right: one press and release per notch.
        # A touchpad (or a free-spinning wheel) sends parts of a notch: they add up to one,
        # else each part would scroll the guest a whole notch.
        for axis, amount, plus, minus in ((0, delta.y(), 8, 16), (1, delta.x(), 32, 64)):
            if not amount:
                continue
            notches = self._wheel[axis].take(amount)
            for _ in range(min(abs(notches), 10)):
                self._send_pointer(event, plus if amount > 0 else minus)
                self._send_pointer(event)
        event.accept()

    def screenshot(self) -> QImage:
        """A copy of the guest's screen as it is now."""
        return self.image.copy() if self.image is not None else QImage()

