"""The terminal widget: parsing in slices, dirty lines only, keys and clipboard, scrollback."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kvmgui.widgets.terminal import view as view_module


def test_output_is_parsed_later_and_painted_by_dirty_lines(term, qtbot, monkeypatch):
    term.feed(b"hello\r\n")
    assert term.text_lines()[0] == ""  # not in the feeding call
    qtbot.waitUntil(lambda: term.text_lines()[0] == "hello")
    updates = []
    monkeypatch.setattr(term, "update", lambda *a: updates.append(a))
    term.feed(b"\x1b[3;1Hthird")
    qtbot.waitUntil(lambda: bool(updates))
    rect = updates[-1][0]
    # rows 1..2 (the cursor left row 1, "third" on row 2): not the whole widget
    assert rect.top() == int(term.cell_h) and rect.height() <= 2 * term.cell_h + 1


def test_a_flood_is_parsed_in_slices_and_asks_the_source_to_pause(term, qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "HIGH_WATER", 4096)
    monkeypatch.setattr(view_module, "LOW_WATER", 1024)
    pauses = []
    term.backlog.connect(pauses.append)
    term.feed(b"x" * 50_000)
    assert pauses == [True]
    qtbot.waitUntil(lambda: term.pending == 0, timeout=10000)
    assert pauses == [True, False]


def test_keys_go_to_the_guest_ctrl_shift_c_copies(term, qtbot):
    qtbot.keyClicks(term, "ls")
    qtbot.keyClick(term, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(term, Qt.Key.Key_Tab)
    assert b"".join(term.sent) == b"ls\x03\t"
    term.feed(b"copy me please")
    term.drain()
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=QPoint(1, 2))
    qtbot.mouseMove(term, QPoint(int(term.cell_w * 7), 2))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 7), 2))
    term.sent.clear()
    qtbot.keyClick(term, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "copy me"
    assert term.sent == []  # copying sends nothing


def test_paste_sends_newlines_as_enter_and_brackets_when_asked(term, qtbot):
    QGuiApplication.clipboard().setText("one\ntwo\r\n")
    qtbot.keyClick(term, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert term.sent[-1] == b"one\rtwo\r"
    term.feed(b"\x1b[?2004h")
    term.drain()
    term.paste_text("x")
    assert term.sent[-1] == b"\x1b[200~x\x1b[201~"


@pytest.mark.parametrize("bracketed", [False, True])
def test_a_paste_cannot_end_the_bracket_or_send_escape_sequences(term, bracketed):
    if bracketed:
        term.feed(b"\x1b[?2004h")
        term.drain()
    # the end marker cut by another (taking one out leaves one); ESC, NUL, ^C, ^D, C1 CSI
    term.paste_text("rm -rf /tmp/x\x1b[201\x1b[201~~\x1b:q!\x00\x03\x04\x9b\x7f\tb\n")
    sent = term.sent[-1]
    body = sent.removeprefix(b"\x1b[200~").removesuffix(b"\x1b[201~")
    assert body == b"rm -rf /tmp/x[201[201~~:q!\tb\r"
    assert sent == (b"\x1b[200~" + body + b"\x1b[201~" if bracketed else body)


def test_scrollback_with_shift_page_up_and_typing_returns(term, qtbot):
    term.feed(b"\r\n".join(b"line %d" % i for i in range(80)))
    term.drain()
    lines = term.vt.lines
    assert term.text_lines()[-1] == "line 79"
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert term.offset == lines - 1
    assert term.text_lines()[-1] == f"line {79 - (lines - 1)}"
    assert term.scrollbar.value() == term.scrollbar.maximum() - term.offset
    term.feed(b"\r\nmore")  # the view stays on the same lines while output comes
    term.drain()
    assert term.text_lines()[-1] == f"line {79 - (lines - 1)}"
    qtbot.keyClick(term, Qt.Key.Key_A)
    assert term.offset == 0 and term.text_lines()[-1] == "more"



def test_scrollback_cleared_while_scrolled_back_shows_the_live_screen(term, qtbot):
    term.feed(b"\r\n".join(b"line %d" % i for i in range(80)))
    term.drain()
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert term.offset > 0
    term.feed(b"\x1b[H\x1b[2J\x1b[3J$ ")  # `clear` in the guest: the scrollback is gone
    term.drain()
    assert term.offset == 0
    assert term.text_lines()[0] == "$"
    assert term.scrollbar.value() == term.scrollbar.maximum() == 0

def test_a_resize_while_scrolled_back_keeps_the_lines_on_view(term, qtbot):
    # A smaller or larger window moves lines to or from the scrollback; the view kept its
    # distance from the bottom instead, and jumped by as many lines
    term.feed(b"\r\n".join(b"line %d" % i for i in range(80)))
    term.drain()
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    top = term.text_lines()[0]
    term.resize(640, 200)
    assert term.text_lines()[0] == top
    term.resize(640, 300)
    assert term.text_lines()[0] == top
    term.feed(b"\r\nmore")  # written and not yet shown when the window changes size
    term.resize(640, 200)
    term.drain()
    assert term.text_lines()[0] == top


def test_resize_follows_the_widget(term, qtbot):
    sizes = []
    term.sizeChanged.connect(lambda c, r: sizes.append((c, r)))
    term.resize(400, 200)
    assert sizes and sizes[-1] == (term.vt.columns, term.vt.lines)
    assert term.vt.columns == int((400 - term.scrollbar.width()) // term.cell_w)


def test_window_shortcuts_do_not_take_the_guests_keys(term, qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    fired = []
    action = QAction(term.window())
    action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    action.triggered.connect(lambda: fired.append(1))
    term.window().addAction(action)
    term.setFocus()
    qtbot.keyClick(term, Qt.Key.Key_Delete)
    assert fired == [] and term.sent[-1] == b"\x1b[3~"


def test_wide_characters_copy_what_is_highlighted(term, qtbot):
    term.feed("中文 abc def".encode())  # 中 and 文 take two cells each
    term.drain()
    y = int(term.cell_h / 2)
    # Cells 5..8 show "abc" (0-1 中, 2-3 文, 4 a blank).
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 5) + 1, y))
    qtbot.mouseMove(term, QPoint(int(term.cell_w * 8) + 1, y))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 8) + 1, y))
    term.copy()
    assert QGuiApplication.clipboard().text() == "abc"
    qtbot.mouseDClick(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 6.5), y))
    term.copy()
    assert QGuiApplication.clipboard().text() == "abc"  # the word under the pointer
    qtbot.mouseDClick(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 1.5), y))
    term.copy()
    assert QGuiApplication.clipboard().text() == "中文"


def test_a_double_click_takes_a_word_the_terminal_wrapped_whole(term, qtbot):
    columns = term.vt.columns
    url = "https://example.org/" + "a" * (columns + 5)  # on rows 0 and 1
    term.feed(("$ see " + url + " ok\r\n" + "x" * columns + "\r\n$ ").encode())
    term.drain()
    for row in (0, 1, 2):  # on either part; row 2 is full, not wrapped: row 3 is not taken
        y = int(term.cell_h * (row + 0.5))
        qtbot.mouseDClick(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 8.5), y))
        term.copy()
        assert QGuiApplication.clipboard().text() == (url if row != 2 else "x" * columns)


def test_screen_readers_get_characters_not_cells_on_lines_with_wide_characters(term, qtbot):
    from PySide6.QtGui import QAccessible
    QAccessible.queryAccessibleInterface(term)
    iface = term.accessible_iface
    term.feed("中文 abc\r\nxy\x1b[1;7H".encode())  # cursor on 'b': cell 6, character 4
    term.drain()
    assert iface.text(0, 10) == "中文 abc\nxy\n"
    assert iface.cursorPosition() == 4
    cell = term.mapToGlobal(QPoint(0, 0))
    rect = iface.characterRect(4)  # 'b' is drawn in cell 6
    assert (rect.x(), rect.width()) == (cell.x() + int(6 * term.cell_w), int(term.cell_w))
    rect = iface.characterRect(1)  # 文 fills cells 2 and 3
    assert (rect.x(), rect.width()) == (cell.x() + int(2 * term.cell_w), int(2 * term.cell_w))
    y = cell.y() + int(term.cell_h / 2)
    assert iface.offsetAtPoint(QPoint(cell.x() + int(6.5 * term.cell_w), y)) == 4
    assert iface.offsetAtPoint(QPoint(cell.x() + int(3.5 * term.cell_w), y)) == 1  # 文's 2nd cell
    assert iface.offsetAtPoint(QPoint(cell.x() + int(20.5 * term.cell_w), y)) == 6  # past the end


def test_screen_readers_get_the_text_when_half_a_wide_character_went(term, qtbot):
    """A wide character's second cell left without its first (line-drawing text that
    wrapped over the first did so once) made reading the screen's text (the screen
    reader's, at each change) raise out of the view; the text is there as the cells hold
    it. The screen now blanks such a half, so the state is made by hand here."""
    term.feed("\x1b[2;2H中".encode())
    term.drain()
    line = term.vt.buffer[1]
    line[1] = line[1]._replace(data="\u2500")
    assert line[2].data == ""
    assert term.text_lines()[1] == " \u2500"


def test_the_input_method_is_told_where_the_cursor_is(term, qtbot):
    # A Chinese input method puts its candidate list under this rectangle.
    term.feed(b"abc\r\nde")
    term.drain()
    rect = term.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    assert (rect.left(), rect.top()) == (int(2 * term.cell_w), int(term.cell_h))
    assert rect.height() == int(term.cell_h)
    term.feed(b"\x1b[5;10H")
    term.drain()
    rect = term.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    assert (rect.left(), rect.top()) == (int(9 * term.cell_w), int(4 * term.cell_h))


def test_a_selection_starting_or_ending_inside_a_wide_character_takes_it_whole(term, qtbot):
    term.feed("中文字 x".encode())  # cells 0-1 中, 2-3 文, 4-5 字
    term.drain()
    y = int(term.cell_h / 2)
    # Press on 中's right half (rounds to cell 1, between its halves), release on 字's left half.
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 1.2), y))
    qtbot.mouseMove(term, QPoint(int(term.cell_w * 4.8), y))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 4.8), y))
    line = term.vt.scrolled
    assert term.selection.span_on(term.vt, line) == (0, 6)  # what is highlighted
    term.copy()
    assert QGuiApplication.clipboard().text() == "中文字"


def test_the_input_methods_unfinished_text_shows_at_the_cursor_and_only_the_commit_is_sent(
        term, qtbot):
    from PySide6.QtCore import QCoreApplication, QRect
    from PySide6.QtGui import QInputMethodEvent
    term.feed(b"$ ")
    term.drain()
    # Cells 3..5 of row 0: right of the cursor (cell 2), blank before composing.
    area = QRect(int(3 * term.cell_w) + 1, 0, int(3 * term.cell_w) - 2, int(term.cell_h))

    def colours():
        image = term.grab(area).toImage()
        return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}

    assert len(colours()) == 1
    QCoreApplication.sendEvent(term, QInputMethodEvent("nihao", []))
    assert len(colours()) > 1  # "nihao", being composed, is drawn from the cursor on
    assert term.sent == []
    done = QInputMethodEvent()
    done.setCommitString("你好")
    QCoreApplication.sendEvent(term, done)
    assert term.sent == ["你好".encode()]
    assert len(colours()) == 1  # the guest's echo, not ours, shows what was typed


def test_screen_readers_get_offsets_right_after_a_cell_of_two_characters(term, qtbot):
    from PySide6.QtGui import QAccessible
    QAccessible.queryAccessibleInterface(term)
    iface = term.accessible_iface
    term.feed("I \u2764\ufe0f you".encode())  # the heart and its selector share cell 2
    term.drain()
    text = iface.text(0, 20)
    assert text.startswith("I \u2764\ufe0f you")
    assert iface.cursorPosition() == len("I \u2764\ufe0f you")
    cell = term.mapToGlobal(QPoint(0, 0))
    y = cell.y() + int(term.cell_h / 2)
    assert iface.offsetAtPoint(QPoint(cell.x() + int(4.5 * term.cell_w), y)) == text.index("y")
    assert iface.offsetAtPoint(QPoint(cell.x() + int(2.5 * term.cell_w), y)) == 2  # the heart
    assert iface.characterRect(text.index("y")).x() == cell.x() + int(4 * term.cell_w)


def test_erasing_the_scrollback_alone_keeps_the_screen_and_empties_the_scrollbar(term, qtbot):
    term.feed(b"\r\n".join(b"line %d" % i for i in range(80)))
    term.drain()
    assert term.scrollbar.maximum() > 0
    term.feed(b"\x1b[3J")
    term.drain()
    assert term.text_lines()[-1] == "line 79"
    assert term.scrollbar.maximum() == 0


def test_copying_a_line_the_terminal_wrapped_gives_it_back_whole(term, qtbot):
    from kvmgui.widgets.terminal.selection import Selection
    columns = term.vt.columns
    url = "https://example.org/" + "a" * (columns + 5)  # wraps onto a second line
    term.feed(url.encode() + b"\r\n$ echo one\r\n" + b"t" * (columns + 3))
    term.feed(b"\x1b[4;1H\x1b[2K" + b"x" * columns)  # the wrapped line erased, filled again
    term.drain()
    top = term.vt.scrolled
    term.selection = Selection((top, 0), (top + 4, columns))
    term.copy()
    # the lines the terminal wrapped are one line each; the guest's own line ends stay, and
    # a line erased and then filled to the edge did not wrap
    assert QGuiApplication.clipboard().text() == (
        url + "\n$ echo one\n" + "x" * columns + "\nttt")


def test_a_new_run_of_the_guest_undoes_the_modes_the_old_one_left(term, qtbot):
    """The VM was reset under vi (alternate screen, hidden cursor, application keys and
    bracketed paste on) in the middle of a control string: the new boot's output showed
    nowhere, the cursor stayed hidden and keys went as vi's."""
    term.feed(b"$ vi notes\r\n\x1b[?1049h\x1b[?25l\x1b[?1h\x1b[?2004h\x1b[?1000h\x1b[5;20r"
              b"\x1b[1;7mediting\x1bP+q5")
    term.restart()
    term.feed(b"SeaBIOS\r\nlogin: ")
    qtbot.waitUntil(lambda: term.pending == 0 and "login:" in term.text_lines()[2])
    screen = term.vt
    assert term.text_lines()[:3] == ["$ vi notes", "SeaBIOS", "login:"]
    assert not screen.alternate and screen.cursor_visible
    assert not screen.app_cursor_keys and not screen.bracketed_paste
    assert screen.margins is None and not screen.cursor.attrs.bold
    assert (1000 << 5) not in screen.mode
    qtbot.keyClick(term, Qt.Key.Key_Up)
    assert term.sent[-1] == b"\x1b[A"


def test_a_full_screen_program_shows_no_scrollback_above_its_screen(term, qtbot):
    """Shift+Page Up or Shift+wheel over less (alternate screen) scrolled the shell's old
    lines in above less's screen; the alternate screen keeps no scrollback (VTE, konsole),
    so there is nothing to scroll back to until the program leaves it."""
    term.feed(b"\r\n".join(b"shell %d" % i for i in range(80)))
    term.drain()
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert term.offset > 0  # scrolled back when less starts: the live screen shows
    term.feed(b"\x1b[?1049h\x1b[Hless")
    term.drain()
    assert term.offset == 0 and term.text_lines()[0] == "less"
    assert term.scrollbar.maximum() == 0
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    from PySide6.QtCore import QCoreApplication, QPointF
    from PySide6.QtGui import QWheelEvent
    QCoreApplication.sendEvent(term, QWheelEvent(
        QPointF(10, 10), QPointF(term.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier,
        Qt.ScrollPhase.NoScrollPhase, False))
    assert term.offset == 0 and term.text_lines()[0] == "less"
    term.feed(b"\x1b[?1049l")  # less quits: the shell's scrollback is there again
    term.drain()
    assert term.scrollbar.maximum() == len(term.vt.history) > 0
    qtbot.keyClick(term, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert term.offset == term.vt.lines - 1


def _keypad(term, key, text, num_lock, mods=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent
    QCoreApplication.sendEvent(term, QKeyEvent(
        QEvent.Type.KeyPress, key, Qt.KeyboardModifier.KeypadModifier | mods, 0, 0,
        0x10 if num_lock else 0, text))  # 0x10: X's Mod2, NumLock


def test_application_keypad_sends_the_keypads_own_codes_with_num_lock_off(term, qtbot):
    """A program that asks for the application keypad (ESC =: mc, vi, emacs) got keypad
    Enter, +, -, * and / as the main keyboard's; xterm sends them as SS3 M, k, m, j, o
    while NumLock is off (on, they stay plain), and plain again after ESC >."""
    keys = [(Qt.Key.Key_Enter, "\r"), (Qt.Key.Key_Plus, "+"), (Qt.Key.Key_Minus, "-"),
            (Qt.Key.Key_Asterisk, "*"), (Qt.Key.Key_Slash, "/")]
    term.feed(b"\x1b=")
    term.drain()
    for key, text in keys:
        _keypad(term, key, text, num_lock=False)
    assert term.sent == [b"\x1bOM", b"\x1bOk", b"\x1bOm", b"\x1bOj", b"\x1bOo"]
    term.sent.clear()
    for key, text in keys:
        _keypad(term, key, text, num_lock=True)
    _keypad(term, Qt.Key.Key_Up, "", num_lock=False)  # the keypad's arrows are arrows
    assert term.sent == [b"\r", b"+", b"-", b"*", b"/", b"\x1b[A"]
    term.sent.clear()
    term.feed(b"\x1b>")
    term.drain()
    for key, text in keys:
        _keypad(term, key, text, num_lock=False)
    assert term.sent == [b"\r", b"+", b"-", b"*", b"/"]
    term.feed(b"\x1b=")
    term.restart()  # a new run of the guest: the keypad is numeric again
    term.drain()
    term.sent.clear()
    _keypad(term, Qt.Key.Key_Plus, "+", num_lock=False)
    assert term.sent == [b"+"]


def test_application_keypad_keys_with_modifiers_say_them_as_xterm_does(term, qtbot):
    """Shift+keypad + went as a plain keypad + (ESC O k) and Ctrl+keypad - or / as ^_, so
    a program binding them apart (xterm's terminfo: kpADD2, kpSUB5) never got them; xterm
    puts the modifier in the SS3 code: ESC O 2 k, ESC O 5 m."""
    K, M = Qt.Key, Qt.KeyboardModifier
    term.feed(b"\x1b=")
    term.drain()
    _keypad(term, K.Key_Plus, "+", num_lock=False, mods=M.ShiftModifier)
    _keypad(term, K.Key_Minus, "-", num_lock=False, mods=M.ControlModifier)
    _keypad(term, K.Key_Slash, "/", num_lock=False, mods=M.ControlModifier)
    _keypad(term, K.Key_Enter, "\r", num_lock=False, mods=M.AltModifier)
    _keypad(term, K.Key_Asterisk, "*", num_lock=False,
            mods=M.ControlModifier | M.ShiftModifier)
    assert term.sent == [b"\x1bO2k", b"\x1bO5m", b"\x1bO5o", b"\x1bO3M", b"\x1bO6j"]


def test_the_letter_under_a_cursor_waiting_to_wrap_is_drawn(term, qtbot):
    # A line written to the right edge: the cursor waits there (on the last column), and its
    # block hid the last letter, which it took from one cell past the edge
    from PySide6.QtCore import QRect
    term.activateWindow()
    term.setFocus()
    qtbot.waitUntil(term.hasFocus)
    term.feed(b"W" * term.vt.columns)
    term.drain()
    assert term.vt.cursor.x == term.vt.columns
    x = int((term.vt.columns - 1) * term.cell_w)
    image = term.grab(QRect(x + 1, 1, int(term.cell_w) - 2, int(term.cell_h) - 2)).toImage()
    assert len({image.pixel(i, j) for i in range(image.width()) for j in range(image.height())}) > 1


def test_a_selection_goes_when_the_guest_writes_over_its_text_as_in_xterm(term, qtbot):
    """A status line or top's rows redrawn under a selection kept it highlighted over the new
    text, and Ctrl+Shift+C copied text nobody had selected; xterm gives the selection up
    when the guest writes on its lines (WriteText), and keeps it when they only scroll."""
    term.feed(b"$ ls\r\nnotes.txt todo.txt\r\n$ ")
    term.drain()
    y = int(term.cell_h * 1.5)
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=QPoint(1, y))
    qtbot.mouseMove(term, QPoint(int(term.cell_w * 9), y))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton, pos=QPoint(int(term.cell_w * 9), y))
    term.feed(b"date\r\nFri\r\n$ " + b"\r\n" * (term.vt.lines - 4))  # below it; up by one
    term.drain()
    term.copy()
    assert term.vt.scrolled == 1 and QGuiApplication.clipboard().text() == "notes.txt"
    term.feed(b"\x1b[1;1Hother.txt")  # where it went
    term.drain()
    assert term.selection is None


def test_a_selection_over_lines_stays_when_the_terminal_grows_wider(term, qtbot):
    # its lines run to the right edge, which a wider terminal moves: blanks, not other text
    term.feed(b"$ ls\r\nnotes.txt todo.txt\r\n$ ")
    term.drain()
    qtbot.mousePress(term, Qt.MouseButton.LeftButton, pos=QPoint(1, int(term.cell_h * 0.5)))
    qtbot.mouseMove(term, QPoint(int(term.cell_w * 9), int(term.cell_h * 1.5)))
    qtbot.mouseRelease(term, Qt.MouseButton.LeftButton,
                       pos=QPoint(int(term.cell_w * 9), int(term.cell_h * 1.5)))
    term.resize(term.width() + int(term.cell_w * 4), term.height())
    term.drain()
    term.copy()
    assert QGuiApplication.clipboard().text() == "$ ls\nnotes.txt"
