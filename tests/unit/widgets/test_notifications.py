"""Errors arrive as non-modal notifications, newest first, capped, dismissable."""

from kvmgui.widgets.notifications import NotificationArea


def test_notifications_show_newest_first_and_clear(qtbot):
    area = NotificationArea()
    qtbot.addWidget(area)
    assert not area.isVisibleTo(area.parentWidget() or area) or area.isHidden()
    area.error("first: domain is not running")
    area.error("second")
    assert [m.split("  ", 1)[1] for m in area.messages()] == ["second", "first: domain is not running"]
    assert not area.isHidden()
    for i in range(area.MAX_ITEMS + 5):
        area.error(f"n{i}")
    assert len(area.messages()) == area.MAX_ITEMS
    area.clear()
    assert area.messages() == [] and area.isHidden()
