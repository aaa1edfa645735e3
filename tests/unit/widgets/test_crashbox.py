"""The window that tells of an unexpected error: one at a time, repeats counted, a report
that can be selected and copied."""

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kvmgui.utils.crash import make_crash
from kvmgui.widgets.crashbox import CrashDialog, current_dialog, show_crash


def crash_of(exc, thread="MainThread"):
    try:
        raise exc
    except type(exc) as caught:
        return make_crash(type(caught), caught, caught.__traceback__, thread)


def windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_one_window_counts_repeats_and_other_errors(qtbot):
    boom = crash_of(RuntimeError("boom"))
    dialog = show_crash(boom, "/tmp/state/kvmgui/kvmgui.log")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.accessibleName() == "Unexpected error"
    assert dialog.summary.text() == "RuntimeError: boom" and not dialog.count.isVisible()
    assert "Traceback" in dialog.report.toPlainText()
    assert "Log: /tmp/state/kvmgui/kvmgui.log" in dialog.report.toPlainText()
    for _ in range(4):
        assert show_crash(boom) is dialog
    assert windows() == [dialog]
    assert dialog.count.text() == "This error happened 5 times."
    assert "(5 times)" in dialog.report.toPlainText()
    show_crash(crash_of(KeyError("other"), "kvmgui-worker-0"))
    assert windows() == [dialog]
    assert dialog.summary.text() == "RuntimeError: boom"  # the first one stays in front
    assert dialog.count.text() == "6 errors so far, of 2 kinds: all are in the report."
    assert "Thread kvmgui-worker-0:" in dialog.report.toPlainText()
    dialog.close()
    qtbot.waitUntil(lambda: current_dialog() is None)
    again = show_crash(boom)  # a new window, counting from one
    assert current_dialog() is again and again.total() == 1
    again.close()


def test_report_is_selectable_and_copied(qtbot):
    dialog = show_crash(crash_of(ValueError("no <such> & pool")))
    qtbot.waitUntil(dialog.isVisible)
    flags = dialog.report.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert dialog.summary.text() == "ValueError: no <such> & pool"
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert dialog.copy_button.accessibleName() == "Copy the report to the clipboard"
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report.toPlainText()
    assert "ValueError: no <such> & pool" in copied and "libvirt library:" in copied
    dialog.close()


def test_a_long_error_keeps_the_window_on_the_screen(qtbot):
    """The summary is the error's first line: the report holds the rest. A message of many
    lines made the window thousands of pixels tall (buttons off the screen), one long word
    as wide as itself."""
    xml = "\n".join(f'<disk type="file" index="{i}"/>' for i in range(300))
    for message, first in ((f"cannot parse:\n{xml}", "RuntimeError: cannot parse:…"),
                           ("/" + "x" * 5000, "RuntimeError: /" + "x" * 185 + "…")):
        dialog = show_crash(crash_of(RuntimeError(message)))
        qtbot.waitUntil(dialog.isVisible)
        hint = dialog.minimumSizeHint()
        assert hint.width() < 640 and hint.height() < 420, hint
        assert dialog.width() <= 640 and dialog.height() <= 420
        assert dialog.summary.text() == first
        assert message in dialog.report.toPlainText()
        dialog.close()
        qtbot.waitUntil(lambda: current_dialog() is None)


def test_a_short_error_shows_in_full_and_wraps(qtbot):
    message = "cannot open the volume " + " ".join(["/var/lib/libvirt/images/guest.qcow2"] * 4)
    dialog = show_crash(crash_of(OSError(message)))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.summary.text() == f"OSError: {message}"
    qtbot.waitUntil(lambda: dialog.summary.height() >= 2 * dialog.summary.fontMetrics().height())
    dialog.close()


def test_an_error_after_copying_no_longer_says_copied(qtbot):
    dialog = show_crash(crash_of(ValueError("first")))
    qtbot.waitUntil(dialog.isVisible)
    dialog.copy_button.click()
    assert dialog.copy_button.text() == "&Copied"
    show_crash(crash_of(KeyError("second")))
    # The clipboard holds the report without the second error: copy it again.
    assert "second" not in QGuiApplication.clipboard().text()
    assert dialog.copy_button.text() == "&Copy Report"
    dialog.close()


def test_a_repeating_error_keeps_the_readers_place_in_the_report(qtbot):
    """An error raised on every repaint is added many times a second: each time the report
    was set anew, scrolled back to its top and its selection lost, so the traceback further
    down could not be read or selected while the error went on."""
    deep = crash_of(RuntimeError("\n".join(f"detail {i}" for i in range(100))))
    dialog = show_crash(deep)
    qtbot.waitUntil(dialog.isVisible)
    bar = dialog.report.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 20)
    bar.setValue(bar.maximum() - 5)
    cursor = dialog.report.textCursor()
    start = dialog.report.toPlainText().index("detail 50")  # below the count that changes
    cursor.setPosition(start)
    cursor.setPosition(start + 40, cursor.MoveMode.KeepAnchor)
    dialog.report.setTextCursor(cursor)
    place, selected = bar.value(), cursor.selectedText()
    for _ in range(3):
        show_crash(deep)
    assert "(4 times)" in dialog.report.toPlainText()
    assert bar.value() == place
    assert dialog.report.textCursor().selectedText() == selected
    dialog.close()


def test_an_error_soon_after_the_window_closed_keeps_its_new_window(qtbot):
    """Closed, the window is deleted a turn later; an error in between opened a new one,
    and the old one's deletion then forgot the new one: the next error opened a second
    window beside it (and the new one, no longer held, could vanish)."""
    closed = show_crash(crash_of(RuntimeError("first")))
    qtbot.waitUntil(closed.isVisible)
    closed.close()
    again = show_crash(crash_of(RuntimeError("second")))
    qtbot.waitUntil(lambda: not shiboken6.isValid(closed))
    assert current_dialog() is again
    assert show_crash(crash_of(RuntimeError("third"))) is again
    assert windows() == [again] and again.total() == 2
    again.close()
