"""What the mouse and the wheel do over the terminal: the guest's when its program asked
for them (``mouse.py`` words the reports), else the terminal's own: select, copy to the
selection clipboard, paste with the middle button, scroll back with the wheel.

Apart from the view because this is input state of its own (a selection being dragged,
wheel angle not yet used, the cell last reported), with the view's screen, cells and
scroll offset read, not kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QMouseEvent, QWheelEvent

from kvmgui.widgets.terminal import mouse
from kvmgui.widgets.terminal.keys import key_bytes
from kvmgui.widgets.terminal.selection import Point, Selection, word_at
from kvmgui.widgets.wheelsteps import WheelSteps

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.view import TerminalView

K, M = Qt.Key, Qt.KeyboardModifier


class Pointer:
    """The mouse and wheel events of one TerminalView, which hands them over."""

    def __init__(self, view: TerminalView) -> None:
        self.view = view
        self.selecting = False
        self._lines = WheelSteps(40)  # scrolled: three lines a notch
        self._notches = WheelSteps()  # reported to the guest: one a notch
        self._sideways = WheelSteps()  # a tilted wheel's, a touchpad's sideways notches
        self._mouse_cell = (-1, -1)  # the cell of the last mouse report

    def point_at(self, x: float, y: float) -> Point:
        view = self.view
        row = max(0, min(view.vt.lines - 1, int(y // view.cell_h)))
        col = max(0, min(view.vt.columns, round(x / view.cell_w)))
        return view.vt.scrolled - view.offset + row, col

    def wheel(self, event: QWheelEvent) -> None:
        # Three lines a notch; a touchpad's steps (an eighth of a notch, less) add up, else
        # each one rounded to no line and a touchpad could not scroll back at all.
        view = self.view
        amount = event.angleDelta().y()
        if self._cell_at(event) is not None:  # the guest's: one report a notch
            notches = self._notches.take(amount)
            for _ in range(abs(notches)):
                self._report(event, mouse.Button.WHEEL_UP if notches > 0 else mouse.Button.WHEEL_DOWN)
            # sideways too (Qt: positive is to the left), which the guest never got
            notches = self._sideways.take(event.angleDelta().x())
            for _ in range(abs(notches)):
                self._report(event, mouse.Button.WHEEL_LEFT if notches > 0 else mouse.Button.WHEEL_RIGHT)
            event.accept()
            return
        lines = self._lines.take(amount)
        if view.vt.alternate and not event.modifiers() & M.ShiftModifier:
            # A full-screen program (less, man, vi) has no scrollback: scrolling back showed
            # the shell's old lines above its screen. Its lines move by arrow keys, as in VTE
            # and konsole (xterm's alternateScroll); Shift scrolls, to nothing (_scroll_limit).
            arrow = key_bytes(K.Key_Up if lines > 0 else K.Key_Down, M.NoModifier, "",
                              view.vt.app_cursor_keys)
            if lines:
                view._to_guest(arrow * abs(lines))
        else:
            view.scroll_to(view.offset + lines)
        event.accept()

    def _cell_at(self, event: QMouseEvent | QWheelEvent) -> tuple[int, int] | None:
        """The cell of an event that goes to the guest: it asked for the mouse, Shift is not
        held and the live screen shows; None when the event is the terminal's own."""
        view = self.view
        if (mouse.tracking(view.vt.mode) is None or view.offset
                or event.modifiers() & M.ShiftModifier):
            return None
        pos = event.position()
        return (max(0, min(view.vt.columns - 1, int(pos.x() // view.cell_w))),
                max(0, min(view.vt.lines - 1, int(pos.y() // view.cell_h))))

    def _report(self, event: QMouseEvent | QWheelEvent, button: mouse.Button,
                release: bool = False, motion: bool = False) -> bool:
        """Report the event to the guest if it is the guest's; False if it is not."""
        cell = self._cell_at(event)
        if cell is None:
            return False
        if not motion or cell != self._mouse_cell:
            self._mouse_cell = cell
            data = mouse.report(self.view.vt.mode, button, *cell, release=release,
                                motion=motion, mods=event.modifiers())
            if data:
                self.view.send.emit(data)
        return True

    def press(self, event: QMouseEvent) -> None:
        view = self.view
        button = mouse.BUTTONS.get(event.button())
        if button is not None and self._report(event, button):
            view.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.point_at(pos.x(), pos.y())
            view.selection = Selection(point, point)
            self.selecting = True
            view.update()
        elif event.button() == Qt.MouseButton.MiddleButton:
            clipboard = QGuiApplication.clipboard()
            view.paste(QClipboard.Mode.Selection if clipboard.supportsSelection()
                       else QClipboard.Mode.Clipboard)
        view.setFocus(Qt.FocusReason.MouseFocusReason)

    def move(self, event: QMouseEvent) -> None:
        view = self.view
        held = next((b for q, b in mouse.BUTTONS.items() if event.buttons() & q), mouse.Button.NONE)
        if not self.selecting and self._report(event, held, motion=True):
            return
        if self.selecting and view.selection is not None:
            pos = event.position()
            view.selection.end = self.point_at(pos.x(), pos.y())
            view.update()

    def release(self, event: QMouseEvent) -> None:
        button = mouse.BUTTONS.get(event.button())
        if button is not None and not self.selecting and self._report(event, button,
                                                                      release=True):
            return
        if event.button() == Qt.MouseButton.LeftButton and self.selecting:
            self.selecting = False
            if self.view.selection is not None:
                self.view.selection.changed(self.view.vt, ())  # its text as selected
            self._selected()

    def double_click(self, event: QMouseEvent) -> None:
        view = self.view
        button = mouse.BUTTONS.get(event.button())
        if button is not None and self._report(event, button):
            return  # a second press, as xterm reports it
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            view.selection = word_at(view.vt, self.point_at(pos.x() - view.cell_w / 2, pos.y()))
            view.update()
            self._selected()

    def _selected(self) -> None:
        view = self.view
        clipboard = QGuiApplication.clipboard()
        if view.selection is not None and not view.selection.empty and clipboard.supportsSelection():
            clipboard.setText(view.selection.text(view.vt), QClipboard.Mode.Selection)
