"""Fixtures of the host panels' tests."""

from __future__ import annotations

import pytest

from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets import transfer
from tests.helpers import run_in_worker, uuid_of
from tests.unit.libvirt.test_streams import LVM_POOL


@pytest.fixture(autouse=True)
def _no_transfers_left():
    """A test's transfers whose jobs never answered (their windows gone with the test) do
    not count in the next one's "one upload per volume" check."""
    yield
    transfer._ongoing.clear()


@pytest.fixture
def lvm_panel(connected, qtbot) -> tuple[StoragePanel, str]:
    """A storage panel shown with a new, started LVM pool ("vg") selected: the panel and
    the pool's UUID."""

    def define(c):
        c.storagePoolDefineXML(LVM_POOL, 0).create(0)

    run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: any(p.name == "vg" and p.active for p in connected.pools.records()),
                    timeout=5000)
    uuid = uuid_of(connected.pools, "vg")
    panel = StoragePanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.pool_view.select_key(uuid)
    return panel, uuid
