"""A terminal screen after some guest output (its replies to the guest dropped)."""

from kvmgui.widgets.terminal.screen import TermScreen
from kvmgui.widgets.terminal.stream import TermStream


def run(data: bytes, columns: int = 20, lines: int = 5, scrollback: int = 100) -> TermScreen:
    screen = TermScreen(columns, lines, scrollback)
    screen.reply = lambda _text: None
    TermStream(screen).feed(data)
    return screen
