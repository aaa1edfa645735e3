"""The troubleshooter's rows are as tall as their sentences: a sentence of two or three lines
was cut to the 30 px of a row (in Chinese, whose lines are taller, to one line and "…")."""

from kvmgui.models.checks import CheckColumn
from tests.unit.dialogs.test_troubleshoot import open_dialog


def test_every_sentence_is_shown_whole(connected, qtbot):
    dialog = open_dialog(qtbot, connected)
    view = dialog.view
    qtbot.waitUntil(lambda: not dialog.checker.running, timeout=20000)
    cut = [(view.model().index(row, CheckColumn.SENTENCE).data(), view.rowHeight(row),
            view.sizeHintForRow(row))
           for row in range(view.model().rowCount()) if view.rowHeight(row) < view.sizeHintForRow(row)]
    assert cut == []
