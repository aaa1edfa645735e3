"""The mouse and the wheel over the terminal (pointer.py): reports to a program that asked
for them, arrow keys over a full-screen one, the scrollback otherwise."""

from PySide6.QtCore import QPoint, Qt


def test_a_touchpads_small_steps_scroll_back_too(term, qtbot):
    from PySide6.QtCore import QCoreApplication, QPointF
    from PySide6.QtGui import QWheelEvent
    term.feed(b"\r\n".join(b"line %d" % i for i in range(80)))
    term.drain()
    for _ in range(8):  # an eighth of a notch each: one notch in all, three lines
        QCoreApplication.sendEvent(term, QWheelEvent(
            QPointF(10, 10), QPointF(term.mapToGlobal(QPoint(10, 10))), QPoint(0, 2),
            QPoint(0, 15), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
    assert term.offset == 3


def _wheel(term, x, y, notch):
    from PySide6.QtCore import QCoreApplication, QPointF
    from PySide6.QtGui import QWheelEvent
    QCoreApplication.sendEvent(term, QWheelEvent(
        QPointF(x, y), QPointF(term.mapToGlobal(QPoint(x, y))), QPoint(0, 0), QPoint(0, notch),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))


def test_a_program_that_asks_for_the_mouse_gets_its_clicks_and_wheel(term, qtbot):
    """mc, htop, vim with mouse=a ask for mouse reports (1000, 1002, SGR 1006): the clicks
    selected text in the terminal instead, and nothing reached the program."""
    w, h = term.cell_w, term.cell_h
    at = QPoint(int(w * 2.5), int(h * 1.5))  # column 2, row 1: 3;2 for the guest
    term.feed(b"\x1b[?1000h\x1b[?1006h")
    term.drain()
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=at)
    _wheel(term, at.x(), at.y(), 120)
    qtbot.mousePress(term, Qt.MouseButton.RightButton, Qt.KeyboardModifier.ControlModifier, at)
    assert term.sent == [b"\x1b[<0;3;2M", b"\x1b[<0;3;2m", b"\x1b[<64;3;2M", b"\x1b[<18;3;2M"]
    assert term.selection is None
    # Released, or QTest holds the button down for the tests that follow (their clicks
    # then come with it held, and a push button ignores them).
    qtbot.mouseRelease(term, Qt.MouseButton.RightButton, Qt.KeyboardModifier.ControlModifier, at)
    term.sent.clear()
    term.feed(b"\x1b[?1006l\x1b[?1002h")  # the old encoding; drags too
    term.drain()
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(term, QPoint(int(w * 4.5), int(h * 1.5)))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=QPoint(int(w * 4.5), int(h * 1.5)))
    assert term.sent == [b"\x1b[M" + bytes([32, 35, 34]), b"\x1b[M" + bytes([64, 37, 34]),
                         b"\x1b[M" + bytes([35, 37, 34])]
    term.sent.clear()
    term.feed(b"xyz")  # Shift keeps the terminal's own selection, as in xterm
    term.drain()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, shift, QPoint(1, 2))
    qtbot.mouseMove(term, QPoint(int(w * 3), 2))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, shift, QPoint(int(w * 3), 2))
    assert term.sent == [] and term.selection is not None and not term.selection.empty
    term.feed(b"\x1b[?1002l\x1b[?1000l")  # asked no more: the terminal's again
    term.drain()
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=at)
    assert term.sent == []


def test_the_wheel_over_a_full_screen_program_moves_its_lines_not_the_shells(term, qtbot):
    """less, man, vi (alternate screen): the wheel scrolled the shell's old lines in above
    the program's screen; it now sends arrow keys."""
    term.feed(b"\r\n".join(b"shell %d" % i for i in range(80)) + b"\x1b[?1049h\x1b[Hless")
    term.drain()
    _wheel(term, 10, 10, 120)
    _wheel(term, 10, 10, -40)
    assert term.offset == 0 and term.text_lines()[0] == "less"
    assert term.sent == [b"\x1b[A" * 3, b"\x1b[B"]
    term.feed(b"\x1b[?1h")  # application cursor keys, as less asks
    term.drain()
    _wheel(term, 10, 10, -120)
    assert term.sent[-1] == b"\x1bOB" * 3
    term.feed(b"\x1b[?1049l")
    term.drain()
    _wheel(term, 10, 10, 120)
    assert term.offset == 3 and len(term.sent) == 3


def _tilt(term, x, y, notch):
    from PySide6.QtCore import QCoreApplication, QPointF
    from PySide6.QtGui import QWheelEvent
    QCoreApplication.sendEvent(term, QWheelEvent(
        QPointF(x, y), QPointF(term.mapToGlobal(QPoint(x, y))), QPoint(0, 0), QPoint(notch, 0),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))


def test_a_program_that_asks_for_the_mouse_gets_the_wheel_sideways_too(term, qtbot):
    """A tilted wheel or a touchpad's sideways scroll reached no program (xterm reports X's
    buttons 6 and 7, 66 and 67: vim scrolls sideways by them)."""
    at = QPoint(int(term.cell_w * 2.5), int(term.cell_h * 1.5))  # 3;2 for the guest
    term.feed(b"\x1b[?1000h\x1b[?1006h")
    term.drain()
    _tilt(term, at.x(), at.y(), 120)  # Qt's positive is to the left
    _tilt(term, at.x(), at.y(), -60)
    _tilt(term, at.x(), at.y(), -60)
    assert term.sent == [b"\x1b[<66;3;2M", b"\x1b[<67;3;2M"]
    term.sent.clear()
    term.feed(b"\x1b[?1006l")  # the old encoding
    term.drain()
    _tilt(term, at.x(), at.y(), -120)
    assert term.sent == [b"\x1b[M" + bytes([32 + 67, 35, 34])]
