"""The connections list: one row per connection, with its state."""

from PySide6.QtCore import Qt

from kvmgui.models.connections import ConnectionModel
from tests.unit.utils.test_text import as_shown


def test_a_uri_that_looks_like_markup_shows_literally_in_the_tooltip(registry, qtbot):
    """The URI is the tooltip's first line, where Qt looks for markup: a test-driver file
    called a<i>b</i>.xml showed as 'test:///tmp/ab.xml' with b in italics."""
    uri = "test:///tmp/a<i>b</i>&amp;.xml"
    registry.add(uri, save=False)
    model = ConnectionModel(registry)
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(tip) == f"{uri}\nDisconnected"


def test_a_password_in_the_uri_is_not_shown(registry, qtbot):
    """-c qemu+tcp://alice:s3cret@… (the connect dialog refuses a password): the list
    showed the password in the row, for a host without a name, and in its tooltip, to a
    screen reader and in a screenshot."""
    registry.add("qemu+tcp://alice:s3cret@kvm1.invalid/system", save=False)
    model = ConnectionModel(registry)
    index = model.index(0)
    assert as_shown(index.data(Qt.ItemDataRole.ToolTipRole)) \
        == "qemu+tcp://alice:***@kvm1.invalid/system\nDisconnected"
    assert "s3cret" not in index.data(Qt.ItemDataRole.DisplayRole)
