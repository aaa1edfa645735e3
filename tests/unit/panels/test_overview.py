"""The host's "Overview" panel: what the host is, and graphs only while shown."""

from kvmgui.libvirt.hostinfo import Acceleration
from kvmgui.models.words import acceleration_text
from kvmgui.panels.overview import OverviewPanel


def test_overview_shows_what_the_host_is(connected, qtbot):
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    values = panel.values
    qtbot.waitUntil(lambda: values["driver"].text() == "TEST", timeout=5000)
    assert values["acceleration"].text() == acceleration_text(Acceleration.NOT_APPLICABLE)
    assert values["libvirt_version"].text().count(".") == 2
    assert values["cpus"].text() == "8 × 2400 MHz"
    assert values["memory"].text() == "16 GiB"  # QLocale's size, IEC units
    assert values["uri"].text() == connected.uri
    # The test driver's host counters never move: the graphs say so instead of lying.
    qtbot.waitUntil(lambda: len(panel.monitor.samples) >= 1, timeout=5000)
    assert panel.monitor._timer.isActive()
    panel.hide()
    assert not panel.monitor._timer.isActive()  # samples only while shown
