"""The terminal widget: bytes in, a painted screen out, keys and pastes back as bytes.

Speed: output is parsed by pyte in slices of at most PARSE_BUDGET_S per turn of the event
loop (so a flood never freezes the window), and what changed is painted at most once per
FRAME_S: only the dirty lines are invalidated, each painted as a few attribute runs.
When unparsed output piles up past HIGH_WATER the widget asks its source to pause
(``backlog(True)``) and to resume once it is below LOW_WATER.

(Past 400 lines on purpose: parsing, invalidating, scrolling and keys share the row cache
and the scroll offset; painting (painting.py), the mouse and wheel (pointer.py), keys,
colours, selection text and accessibility are modules beside.)
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QClipboard,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from kvmgui.widgets.terminal import accessible, painting
from kvmgui.widgets.terminal.keys import event_bytes
from kvmgui.widgets.terminal.palette import Run, scheme_for
from kvmgui.widgets.terminal.pointer import Pointer
from kvmgui.widgets.terminal.resets import FOCUS_EVENTS
from kvmgui.widgets.terminal.screen import DEFAULT_SCROLLBACK, TermScreen, screen_text
from kvmgui.widgets.terminal.selection import Selection
from kvmgui.widgets.terminal.stream import TermStream

PARSE_BUDGET_S = 0.008
PARSE_SLICE = 1024  # bytes pyte parses between two looks at the clock
FRAME_S = 0.016
HIGH_WATER, LOW_WATER = 1 << 20, 256 << 10
A11Y_DELAY_MS = 300
K, M = Qt.Key, Qt.KeyboardModifier
_PASTE_DROPS = dict.fromkeys(c for c in [*range(0x20), *range(0x7f, 0xa0)] if chr(c) not in "\t\n\r")


class TerminalView(QWidget):
    """A VT/xterm terminal on pyte for a serial console.

    Signals:
        send(bytes): bytes for the guest: keys, pastes and the terminal's replies (DA, DSR).
        backlog(bool): True asks the source to pause reading; False to go on.
        sizeChanged(int, int): the screen's columns and lines after a resize.
    """

    send = Signal(bytes)
    backlog = Signal(bool)
    sizeChanged = Signal(int, int)
    accessible_iface: object | None = None  # set by the accessibility factory, kept alive here

    def __init__(self, parent: QWidget | None = None,
                 scrollback: int = DEFAULT_SCROLLBACK) -> None:
        accessible.install()
        super().__init__(parent)
        self.vt = TermScreen(80, 24, scrollback)
        self.vt.reply = self._reply
        self.parser = TermStream(self.vt)
        self.setAccessibleName(self.tr("Terminal"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setMinimumSize(120, 60)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.setAccessibleName(self.tr("Scrollback"))
        self.scrollbar.setCursor(Qt.CursorShape.ArrowCursor)
        self.scrollbar.valueChanged.connect(self._scrollbar_moved)
        self._pump = QTimer(self, singleShot=True, interval=0)
        self._pump.timeout.connect(self._parse)
        self._frame = QTimer(self, singleShot=True)
        self._frame.timeout.connect(self.flush)
        self._a11y = QTimer(self, singleShot=True, interval=A11Y_DELAY_MS)
        self._a11y.timeout.connect(self._announce)
        self.offset = 0  # lines scrolled back from the live screen
        self.selection: Selection | None = None
        self._pointer = Pointer(self)  # mouse and wheel: the guest's or select, scroll back
        self._buf = bytearray()
        self._pos = 0
        self._restarts: list[int] = []  # where in _buf the guest started anew
        self._throttled = False
        self._rows: dict[int, list[Run]] = {}  # painted runs of visible rows
        self._seen_scrolled = 0
        self._seen_alternate = False
        self._seen_reverse = False
        self._cursor_row = -1
        self._im_cursor = (-1, -1)  # where the input method was last told the cursor is
        self._last_flush = 0.0
        self._syncing_bar = False
        self._a11y_text = ""
        self._preedit = ""  # the input method's text being composed
        self.setMouseTracking(True)  # a guest may ask for moves without a button (1003)
        self.scheme = scheme_for(self.palette())  # the desktop's text and base colours
        self.set_font(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    # -- public -------------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Output of the guest; parsed and painted soon, never in this call."""
        self._buf += data
        if not self._pump.isActive():
            self._pump.start()
        if not self._throttled and self.pending > HIGH_WATER:
            self._throttled = True
            self.backlog.emit(True)

    def restart(self) -> None:
        """The guest starts anew (its VM was restarted): once the output received so far is
        parsed, the modes its programs left are undone and a half-sent sequence dropped."""
        self._restarts.append(len(self._buf))
        if not self._pump.isActive():
            self._pump.start()

    @property
    def pending(self) -> int:
        """Bytes received but not parsed yet."""
        return len(self._buf) - self._pos

    def drain(self) -> None:
        """Parse everything now and paint (tests and benchmarks)."""
        while self.pending or self._restarts:
            self._parse(budget=None)
        self.flush()

    def set_font(self, font: QFont) -> None:
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setKerning(False)
        self._font = font
        self.fonts = painting.FontVariants(font)
        metrics = QFontMetricsF(font)
        self.cell_w = max(1.0, metrics.horizontalAdvance("M"))
        self.cell_h = float(max(1, round(metrics.lineSpacing())))
        self.ascent = metrics.ascent()
        self._relayout()

    def set_scrollback(self, lines: int) -> None:
        self.vt.set_scrollback(lines)
        self._sync_bar()

    def text_lines(self) -> list[str]:
        """The lines on view as text (what the accessible text interface offers)."""
        if not self.offset:
            return screen_text(self.vt)
        top = self.vt.scrolled - self.offset
        out = []
        for row in range(self.vt.lines):
            line = self.vt.line_at(top + row)
            out.append("" if line is None else
                       "".join(line[x].data for x in range(self.vt.columns)).rstrip())
        return out

    def copy(self) -> None:
        if self.selection is not None and not self.selection.empty:
            QGuiApplication.clipboard().setText(self.selection.text(self.vt))

    def paste(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.paste_text(QGuiApplication.clipboard().text(mode))

    def paste_text(self, text: str) -> None:
        """Send text as typed: newlines become Enter; bracketed when the guest asked for it.
        A long text goes in one piece: the stream sends it at its own pace."""
        # Control characters other than tab and line ends are dropped, as xterm does: an
        # ESC in copied text could end the bracket (taking out "\x1b[201~" alone left one
        # in "\x1b[201\x1b[201~~") or act as keys, and ^C or ^D as the user's own.
        text = text.translate(_PASTE_DROPS).replace("\r\n", "\r").replace("\n", "\r")
        if not text:
            return
        if self.vt.bracketed_paste:
            text = "\x1b[200~" + text + "\x1b[201~"
        self._to_guest(text.encode())

    def scroll_to(self, offset: int) -> None:
        offset = max(0, min(offset, self._scroll_limit()))
        if offset != self.offset:
            self.offset = offset
            self._invalidate_all()
            self._sync_bar()

    def _scroll_limit(self) -> int:
        # The scrollback is the main screen's: above a full-screen program (less, vi) its
        # lines showed over the program's screen. The alternate screen keeps none (VTE,
        # konsole), so there is nothing to scroll back to while it shows.
        return 0 if self.vt.alternate else len(self.vt.history)

    # -- parsing and painting --------------------------------------------------------------------

    def _parse(self, budget: float | None = PARSE_BUDGET_S) -> None:
        deadline = None if budget is None else time.perf_counter() + budget
        while self._pos < len(self._buf) or self._restarts:
            if self._restarts and self._restarts[0] <= self._pos:
                self._restarts.pop(0)
                self.parser.restart()
                self.vt.restart()
                continue
            end = min(self._pos + PARSE_SLICE, *self._restarts[:1], len(self._buf))
            chunk = bytes(self._buf[self._pos:end])
            self._pos = end
            self.parser.feed(chunk)
            if deadline is not None and time.perf_counter() >= deadline:
                break
        if self._pos and (not self.pending or (self._pos > 65536 and self._pos * 2 > len(self._buf))):
            del self._buf[:self._pos]
            self._restarts = [at - self._pos for at in self._restarts]
            self._pos = 0
        if self.pending or self._restarts:
            self._pump.start()
        if self._throttled and self.pending < LOW_WATER:
            self._throttled = False
            self.backlog.emit(False)
        if budget is not None:
            self._schedule_flush()

    def _schedule_flush(self) -> None:
        since = time.perf_counter() - self._last_flush
        if since >= FRAME_S:
            self.flush()
        elif not self._frame.isActive():
            self._frame.start(max(1, int((FRAME_S - since) * 1000)))

    def flush(self) -> None:
        """Invalidate what changed since the last frame: dirty lines, cursor, scrollback."""
        self._last_flush = time.perf_counter()
        screen = self.vt
        grown = screen.scrolled - self._seen_scrolled
        self._seen_scrolled = screen.scrolled
        dirty, written = screen.dirty, screen.written
        screen.dirty, screen.written = set(), set()
        if screen.alternate != self._seen_alternate:
            # A selection's lines are the other screen's: it stayed highlighted over a
            # full-screen program's rows, and a copy took the program's text from there.
            self._seen_alternate = screen.alternate
            self.selection, self._pointer.selecting = None, False
            self._invalidate_all()
        if painting.in_reverse_video(self) != self._seen_reverse:
            # The whole view's colours swap: the scrollback lines on view and the strip
            # under the last line too, which the screen's dirty lines are not.
            self._seen_reverse = not self._seen_reverse
            self._invalidate_all()
        if self.selection is not None and not self._pointer.selecting \
                and (self.selection.changed(screen, dirty) or self.selection.written_on(screen, written)):
            self.selection = None  # the guest wrote over it, as xterm's gives it up
            self._invalidate_all()
        if self.offset > self._scroll_limit():
            # The guest cleared the scrollback (CSI 3J) or went to the alternate screen
            # under the lines on view.
            self.offset = self._scroll_limit()
            self._invalidate_all()
            self._sync_bar()
        if grown and self.offset:
            # Keep showing the same lines while the guest writes below them.
            self.offset = min(self.offset + grown, len(screen.history))
            self._invalidate_all()
        else:
            row = screen.cursor.y + self.offset
            if row != self._cursor_row:
                dirty.update({self._cursor_row - self.offset, screen.cursor.y})
            self._cursor_row = row
            rows = sorted(y + self.offset for y in dirty if 0 <= y + self.offset < screen.lines)
            for row in rows:
                self._rows.pop(row, None)
            if rows:
                top, bottom = self._row_y(rows[0]), self._row_y(rows[-1] + 1)
                self.update(QRectF(0, top, self._area_width(), bottom - top).toAlignedRect())
        cursor = (screen.cursor.x, screen.cursor.y + self.offset)
        if cursor != self._im_cursor and self.hasFocus():
            self._im_cursor = cursor
            QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImCursorRectangle)
        if grown or dirty or self.scrollbar.maximum() != self._scroll_limit():
            self._sync_bar()
            if QAccessible.isActive() and not self._a11y.isActive():
                self._a11y.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painting.paint(self, painter, event.rect())
        painter.end()

    def _row_y(self, row: int) -> float:
        return row * self.cell_h

    def _area_width(self) -> int:
        return self.width() - self.scrollbar.width()

    def _invalidate_all(self) -> None:
        self._rows.clear()
        self.update()

    # -- geometry and scrollback -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        bar = self.scrollbar.sizeHint().width()
        self.scrollbar.setGeometry(self.width() - bar, 0, bar, self.height())
        columns = max(2, int((self.width() - bar) // self.cell_w))
        lines = max(1, int(self.height() // self.cell_h))
        if (columns, lines) != (self.vt.columns, self.vt.lines):
            top = self._seen_scrolled - self.offset  # the line on top of the view
            self.vt.resize(lines, columns)
            self._seen_scrolled = self.vt.scrolled
            if self.offset:  # the same lines stay on view, however many the resize moved
                self.offset = max(0, min(self.vt.scrolled - top, self._scroll_limit()))
            self.sizeChanged.emit(columns, lines)
        self._invalidate_all()
        self._sync_bar()

    def _sync_bar(self) -> None:
        history = self._scroll_limit()
        self._syncing_bar = True
        try:
            self.scrollbar.setRange(0, history)
            self.scrollbar.setPageStep(self.vt.lines)
            self.scrollbar.setValue(history - self.offset)
        finally:
            self._syncing_bar = False

    def _scrollbar_moved(self, value: int) -> None:
        if not self._syncing_bar:
            self.scroll_to(self._scroll_limit() - value)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._pointer.wheel(event)

    # -- keyboard -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the screen follows
            self.scheme = scheme_for(self.palette())
            self._rows.clear()
            self.update()

    def event(self, event: QEvent) -> bool:
        # Keys belong to the guest, not to the window's shortcuts (Delete, Ctrl+E, …).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and not self._passes_through(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (K.Key_Tab, K.Key_Backtab) \
                and not event.modifiers() & M.ControlModifier:
            self.keyPressEvent(event)  # Tab is the shell's completion, not focus movement
            return True
        return super().event(event)

    @staticmethod
    def _passes_through(event: QKeyEvent) -> bool:
        """Keys left to the window: Ctrl+Tab moves focus out, F11 toggles full screen."""
        ctrl = bool(event.modifiers() & M.ControlModifier)
        return (ctrl and event.key() in (K.Key_Tab, K.Key_Backtab)) or event.key() == K.Key_F11

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & (M.ShiftModifier | M.ControlModifier | M.AltModifier)
        key = event.key()
        if mods == M.ControlModifier | M.ShiftModifier and key in (K.Key_C, K.Key_V):
            self.copy() if key == K.Key_C else self.paste()
            return
        if mods == M.ShiftModifier and key in (K.Key_PageUp, K.Key_PageDown, K.Key_Insert):
            if key == K.Key_Insert:
                self.paste()
            else:
                page = max(1, self.vt.lines - 1)
                self.scroll_to(self.offset + (page if key == K.Key_PageUp else -page))
            return
        data = event_bytes(event, self.vt.app_cursor_keys, self.vt.app_keypad)
        if data:
            self._to_guest(data)
        else:
            super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString():
            self._to_guest(event.commitString().encode())
        if event.preeditString() != self._preedit:
            self._preedit = event.preeditString()
            self.update()

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        # An input method (pinyin, zhuyin) puts its candidate list under the cursor's cell;
        # QWidget's answer is the middle of the widget's top edge.
        if query == Qt.InputMethodQuery.ImCursorRectangle:
            return self._cursor_rect().toAlignedRect()
        if query == Qt.InputMethodQuery.ImFont:
            return self._font
        return super().inputMethodQuery(query)

    def _cursor_rect(self) -> QRectF:
        screen = self.vt
        return QRectF(min(screen.cursor.x, screen.columns - 1) * self.cell_w,
                      self._row_y(screen.cursor.y + self.offset), self.cell_w, self.cell_h)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False if not QGuiApplication.keyboardModifiers() & M.ControlModifier \
            else super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._cursor_changed()
        if FOCUS_EVENTS in self.vt.mode:  # DECSET 1004: vim, tmux
            self.send.emit(b"\x1b[I")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._cursor_changed()
        if FOCUS_EVENTS in self.vt.mode:
            self.send.emit(b"\x1b[O")

    def _cursor_changed(self) -> None:
        self._rows.pop(self.vt.cursor.y + self.offset, None)
        self.update()

    def _to_guest(self, data: bytes) -> None:
        self.scroll_to(0)  # typing shows the live screen again, as terminals do
        self.send.emit(data)

    def _reply(self, text: str) -> None:
        self.send.emit(text.encode())

    # -- mouse and wheel: pointer.py --------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pointer.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pointer.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._pointer.double_click(event)

    # -- accessibility -------------------------------------------------------------------------------

    def _announce(self) -> None:
        accessible.text_changed(self, self._a11y_text, new := "\n".join(self.text_lines()))
        self._a11y_text = new

