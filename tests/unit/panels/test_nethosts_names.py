"""The static hosts' and DNS records' buttons say in their names what they add."""

from kvmgui.panels.networks import NetworksPanel
from tests.helpers import han_gaps


def button_names(panel):
    return [b.accessibleName() for t in (panel.hosts.hosts, panel.hosts.records)
            for b in (t.add_button, t.edit_button, t.remove_button)]


def test_button_names_have_no_space_between_chinese_words(connected, qtbot, traditional_chinese):
    """「新增 靜態主機」: "Add %1" cannot join both 「靜態主機」 and 「DNS 記錄」 in Chinese."""
    panel = NetworksPanel(connected)
    qtbot.addWidget(panel)
    names = button_names(panel)
    assert [n for n in names if han_gaps(n)] == []
    assert names[0] == "新增靜態主機" and names[3] == "新增 DNS 記錄"


def test_button_names_in_english(connected, qtbot):
    panel = NetworksPanel(connected)
    qtbot.addWidget(panel)
    assert button_names(panel) == [
        "Add static host", "Edit static host", "Remove static host",
        "Add DNS record", "Edit DNS record", "Remove DNS record"]
