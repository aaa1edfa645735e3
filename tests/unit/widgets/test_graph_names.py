"""The graphs' accessible names read as one phrase in Chinese too."""

from kvmgui.panels.overview import OverviewPanel
from kvmgui.widgets.perfpanel import PerformancePanel
from tests.helpers import han_gaps


def test_graph_names_have_no_space_between_chinese_words(connected, qtbot, traditional_chinese):
    """「記憶體 圖表」: "%1 graph" put a space after a title that is Chinese words."""
    perf = PerformancePanel(None, connected, next(iter(connected.domains.records())).uuid)
    overview = OverviewPanel(connected)
    for w in (perf, overview):
        qtbot.addWidget(w)
    names = [g.accessibleName() for g in (perf.cpu, perf.memory, perf.disk, perf.network,
                                          overview.cpu, overview.memory)]
    assert [n for n in names if han_gaps(n)] == []
    assert "記憶體圖表" in names and "CPU 圖表" in names and "主機 CPU 圖表" in names


def test_graph_names_in_english(connected, qtbot):
    perf = PerformancePanel(None, connected, next(iter(connected.domains.records())).uuid)
    qtbot.addWidget(perf)
    assert [g.accessibleName() for g in (perf.cpu, perf.memory, perf.disk, perf.network)] == [
        "CPU graph", "Memory graph", "Disk I/O graph", "Network I/O graph"]
