"""A VT/xterm terminal widget on pyte (serial consoles): screen, keys, painting, accessibility."""

from kvmgui.widgets.terminal.view import TerminalView

__all__ = ["TerminalView"]
