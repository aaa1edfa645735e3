"""VncView: painting the framebuffer, and keys and pointer turned into RFB messages."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kvmgui.widgets.vnc import keymap
from kvmgui.widgets.vnc.view import REL_CENTER, ScaleMode, VncView
from tests.unit.widgets.vnc.fake_rfb import KEY, POINTER, QEMU


@pytest.fixture
def window(qtbot, session):
    """A window with a line edit (to take focus back) and the view showing ``session``."""
    top = QWidget()
    layout = QVBoxLayout(top)
    edit = QLineEdit(top)
    view = VncView(top)
    layout.addWidget(edit)
    layout.addWidget(view)
    view.attach(session)
    qtbot.addWidget(top)
    top.resize(300, 260)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    top.edit, top.view = edit, view
    return top


def key(kind, qt_key, scan=0, keysym=0, text="", modifiers=Qt.KeyboardModifier.NoModifier,
        repeat=False):
    return QKeyEvent(kind, qt_key, modifiers, scan, keysym, 0, text, repeat)


def ack_ext_keys(qtbot, session, rfb):
    with qtbot.waitSignal(session.keyboardModeChanged, timeout=5000):
        rfb.send_update(rfb.ext_key_ack(), rfb.raw(0, 0, 1, 1, [0]))


def test_paints_the_framebuffer_one_to_one(qtbot, window, session, rfb):
    view = window.view
    view.set_mode(ScaleMode.ONE_TO_ONE)
    rng = random.Random(3)
    pixels = [rng.randrange(0x1000000) for _ in range(64 * 48)]
    with qtbot.waitSignal(session.damaged, timeout=5000):
        rfb.send_update(rfb.raw(0, 0, 64, 48, pixels))
    target = view.target_rect().toAlignedRect()
    assert target.size().toTuple() == (64, 48)
    shot = view.grab().toImage()
    got = [shot.pixel(target.x() + i % 64, target.y() + i // 64) & 0xFFFFFF for i in range(64 * 48)]
    assert got == pixels


def test_fit_keeps_the_aspect_and_maps_the_pointer(qtbot, window, session, rfb):
    view = window.view
    view.resize(256, 400)
    target = view.target_rect()  # never enlarged by default: crisp pixels, centred
    assert (target.x(), target.y(), target.width(), target.height()) == (96, 176, 64, 48)
    view.upscale = True  # framebuffer 64x48 scaled 4x: 256x192, centred vertically
    target = view.target_rect()
    assert (target.x(), target.y(), target.width(), target.height()) == (0, 104, 256, 192)
    assert view.to_framebuffer(QPointF(128, 104 + 96)) == QPoint(32, 24)
    assert view.to_framebuffer(QPointF(-5, 9999)) == QPoint(0, 47)  # clamped
    assert view.absolute  # GVnc's start: absolute until the server says otherwise
    rfb.clear()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(10, 110))
    qtbot.waitUntil(lambda: len(rfb.received(POINTER)) == 2, timeout=5000)
    assert rfb.received(POINTER) == [(1, 2, 1), (0, 2, 1)]
    rfb.clear()
    wheel = QWheelEvent(QPointF(10, 110), QPointF(view.mapToGlobal(QPoint(10, 110))), QPoint(),
                        QPoint(0, -240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, wheel)
    qtbot.waitUntil(lambda: len(rfb.received(POINTER)) == 4, timeout=5000)
    assert [m[0] for m in rfb.received(POINTER)] == [16, 0, 16, 0]  # two notches down


def test_native_scancodes_become_qemu_keycodes(qtbot, window, session, rfb):
    ack_ext_keys(qtbot, session, rfb)
    view = window.view
    # xcb: XKB keycode 38 is evdev 30, the key right of Caps Lock; 113 is evdev 105, Left.
    for scan, keysym, qt_key, text in ((38, 0x71, Qt.Key.Key_Q, "q"),  # an AZERTY 'a' key
                                       (113, 0xFF51, Qt.Key.Key_Left, "")):
        QApplication.sendEvent(view, key(QEvent.Type.KeyPress, qt_key, scan, keysym, text))
        QApplication.sendEvent(view, key(QEvent.Type.KeyRelease, qt_key, scan, keysym, text))
    qtbot.waitUntil(lambda: len(rfb.received(QEMU)) == 4, timeout=5000)
    assert rfb.received(QEMU) == [(True, 0x71, 0x1E), (False, 0x71, 0x1E),
                                  (True, 0xFF51, 0xCB), (False, 0xFF51, 0xCB)]


def test_keys_without_native_codes_use_a_us_layout(qtbot, window, session, rfb):
    ack_ext_keys(qtbot, session, rfb)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_A, delay=-1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab goes to the guest, focus stays
    qtbot.waitUntil(lambda: len(rfb.received(QEMU)) == 6, timeout=5000)
    assert rfb.received(QEMU) == [(True, 0x61, 0x1E), (False, 0x61, 0x1E),
                                  (True, 0xFF0D, 0x1C), (False, 0xFF0D, 0x1C),
                                  (True, 0xFF09, 0x0F), (False, 0xFF09, 0x0F)]
    assert view.hasFocus()


def test_plain_rfb_servers_get_keysyms(qtbot, window, session, rfb):
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: len(rfb.received(KEY)) == 2, timeout=5000)
    assert rfb.received(KEY) == [(True, 0x62), (False, 0x62)]


def test_ctrl_alt_releases_the_keyboard(qtbot, window, session, rfb):
    view = window.view
    assert view.grabbed
    chords = []
    view.releaseChord.connect(lambda: chords.append(1))
    ctrl, alt = Qt.Key.Key_Control, Qt.Key.Key_Alt
    for kind, k in ((QEvent.Type.KeyPress, ctrl), (QEvent.Type.KeyPress, alt),
                    (QEvent.Type.KeyPress, Qt.Key.Key_Delete), (QEvent.Type.KeyRelease, Qt.Key.Key_Delete),
                    (QEvent.Type.KeyRelease, alt), (QEvent.Type.KeyRelease, ctrl)):
        QApplication.sendEvent(view, key(kind, k))
    assert chords == []  # Ctrl+Alt+Del is for the guest
    for kind, k in ((QEvent.Type.KeyPress, ctrl), (QEvent.Type.KeyPress, alt),
                    (QEvent.Type.KeyRelease, ctrl), (QEvent.Type.KeyRelease, alt)):
        QApplication.sendEvent(view, key(kind, k))
    assert chords == [1]
    # The guest saw Ctrl and Alt go down and up again: nothing stays held.
    qtbot.waitUntil(lambda: len(rfb.received(KEY)) == 10, timeout=5000)
    downs = {}
    for down, keysym in rfb.received(KEY):
        downs[keysym] = down
    assert not any(downs.values())


def test_focus_loss_releases_held_keys(qtbot, window, session, rfb):
    view = window.view
    QApplication.sendEvent(view, key(QEvent.Type.KeyPress, Qt.Key.Key_Shift))
    window.edit.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not view.grabbed
    qtbot.waitUntil(lambda: len(rfb.received(KEY)) == 2, timeout=5000)
    assert rfb.received(KEY) == [(True, 0xFFE1), (False, 0xFFE1)]


def test_relative_pointer_sends_offsets_from_the_centre(qtbot, window, session, rfb):
    view = window.view
    with qtbot.waitSignal(session.pointerModeChanged, timeout=5000):
        rfb.send_update(rfb.pointer_mode(False))
    rfb.clear()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.pointer_captured  # the first click captures and is not sent
    assert rfb.received(POINTER) == []
    center = QPointF(view.rect().center())
    move = QMouseEvent(QEvent.Type.MouseMove, center + QPointF(7, -3),
                       QPointF(view.mapToGlobal(center.toPoint())), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, move)
    qtbot.waitUntil(lambda: bool(rfb.received(POINTER)), timeout=5000)
    assert rfb.received(POINTER)[0] == (0, REL_CENTER + 7, REL_CENTER - 3)
    window.edit.setFocus()
    qtbot.waitUntil(lambda: not view.pointer_captured)


def test_send_combo_presses_then_releases_in_reverse(qtbot, window, session, rfb):
    ack_ext_keys(qtbot, session, rfb)
    window.view.send_combo([keymap.CTRL_L, keymap.ALT_L, keymap.function_key(2)])
    qtbot.waitUntil(lambda: len(rfb.received(QEMU)) == 6, timeout=5000)
    assert [(d, code) for d, _sym, code in rfb.received(QEMU)] == [
        (True, 0x1D), (True, 0x38), (True, 0x3C), (False, 0x3C), (False, 0x38), (False, 0x1D)]


def test_keymap_tables():
    assert keymap.evdev_to_qnum(1) == 1  # Escape
    assert keymap.evdev_to_qnum(57) == 0x39  # Space
    assert keymap.evdev_to_qnum(97) == 0x9D  # right Ctrl: E0 1D
    assert keymap.evdev_to_qnum(111) == 0xD3  # Delete: E0 53
    assert keymap.evdev_to_qnum(250) == 0
    assert keymap.function_key(1) == (0xFFBE, 0x3B)
    assert keymap.function_key(10) == (0xFFC7, 0x44)
    assert keymap.function_key(11) == (0xFFC8, 0x57)
    assert keymap.function_key(12) == (0xFFC9, 0x58)


def test_a_key_held_across_a_session_switch_is_not_released_in_the_new_one(qtbot, window,
                                                                           session, rfb):
    from kvmgui.widgets.vnc.session import VncSession
    from tests.unit.widgets.vnc.fake_rfb import UPDATE_REQUEST, FakeRfbServer

    view = window.view
    QApplication.sendEvent(view, key(QEvent.Type.KeyPress, Qt.Key.Key_Shift))
    qtbot.waitUntil(lambda: rfb.received(KEY) == [(True, 0xFFE1)], timeout=5000)
    other = FakeRfbServer(width=64, height=48)
    new = VncSession()
    try:
        with qtbot.waitSignal(new.initialized, timeout=5000):
            new.open_fd(other.client_fd())
        qtbot.waitUntil(lambda: bool(other.received(UPDATE_REQUEST)), timeout=5000)
        view.attach(new)  # a reconnect while Shift is down
        QApplication.sendEvent(view, key(QEvent.Type.KeyRelease, Qt.Key.Key_Shift))
        qtbot.keyClick(view, Qt.Key.Key_B)
        qtbot.waitUntil(lambda: len(other.received(KEY)) >= 2, timeout=5000)
        # The new session never saw Shift go down: only B reaches it.
        assert other.received(KEY) == [(True, 0x62), (False, 0x62)]
        # The old one is not left with Shift held.
        qtbot.waitUntil(lambda: len(rfb.received(KEY)) == 2, timeout=5000)
        assert rfb.received(KEY) == [(True, 0xFFE1), (False, 0xFFE1)]
    finally:
        view.attach(None)
        with qtbot.waitSignal(new.closed, timeout=5000):
            new.close()
        new.deleteLater()
        other.close()


def test_a_touchpads_small_wheel_steps_add_up_to_notches(qtbot, window, session, rfb):
    view = window.view
    rfb.clear()

    def wheel(dy):
        QApplication.sendEvent(view, QWheelEvent(
            QPointF(10, 110), QPointF(view.mapToGlobal(QPoint(10, 110))), QPoint(0, dy * 8),
            QPoint(0, dy), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))

    for _ in range(5):
        wheel(-40)  # a touchpad: a third of a notch per event; 200 in all
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(10, 110))  # a marker
    qtbot.waitUntil(lambda: 1 in [m[0] for m in rfb.received(POINTER)], timeout=5000)
    qtbot.waitUntil(lambda: rfb.received(POINTER)[-1][0] == 0, timeout=5000)
    buttons = [m[0] for m in rfb.received(POINTER)]
    assert buttons[:buttons.index(1)] == [16, 0]  # one notch down (80 kept for the next)
