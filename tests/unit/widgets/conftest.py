"""The terminal view that the terminal's widget tests share."""

import pytest

from kvmgui.widgets.terminal import TerminalView


@pytest.fixture
def term(qtbot):
    view = TerminalView(scrollback=50)
    qtbot.addWidget(view)
    view.resize(640, 300)
    view.show()
    qtbot.waitExposed(view)
    sent = []
    view.send.connect(sent.append)
    view.sent = sent
    return view
