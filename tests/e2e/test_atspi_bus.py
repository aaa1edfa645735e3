"""The tree the tests read with every AT-SPI question in flight (``atspi_bus.py``) is the
tree pyatspi reads one question at a time, as a screen reader's library does."""

from __future__ import annotations

from tests.e2e.desktop import find_all
from tests.e2e.test_app_accessibility import MAIN, WAIT, menu_item, vm_rows


def test_the_tree_read_at_once_is_the_tree_pyatspi_reads(desktop, tmp_path):
    desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: any(r[:1] == ["test"] for r in vm_rows(t)), WAIT)
    menu_item(ui, MAIN, "Preferences…").press()
    ui.window("Preferences", WAIT)
    for states in (False, True):
        # The VM list's live cells (rates, uptime) change every second: read again until
        # both readers saw the same second.
        for _attempt in range(20):
            fast = ui.call("tree", states=states)
            slow = ui.call("tree_pyatspi", states=states)
            if fast == slow:
                break
        assert fast == slow
        assert len(find_all(fast)) > 150  # both windows, every control
        assert find_all(fast, "dialog", "Preferences") and find_all(fast, "frame", MAIN)
        assert all("states" in node for node in find_all(fast)) is states
