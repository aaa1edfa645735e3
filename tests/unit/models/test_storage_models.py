"""Storage pools of a host and the volumes of the chosen pool."""

import libvirt
from PySide6.QtCore import Qt

from kvmgui.libvirt import fetch
from kvmgui.models.pools import PoolColumn, PoolModel
from kvmgui.models.roles import Role
from kvmgui.models.volumes import VolumeColumn, VolumeModel
from tests.helpers import run_in_worker

POOL = """<pool type='dir'><name>{}</name><target><path>/tmp/{}</path></target></pool>"""
VOLUME = """<volume><name>{}</name><capacity unit='MiB'>64</capacity>
            <target><format type='raw'/></target></volume>"""


def pool_rows(model):
    return {model.index(r, 0).data(): r for r in range(model.rowCount())}


def test_pools_follow_the_connection(connected, qtbot, qtmodeltester):
    model = PoolModel(connected)
    qtmodeltester.check(model)
    rows = pool_rows(model)
    assert set(rows) >= {"home"}
    home = rows["home"]
    assert model.index(home, PoolColumn.TYPE).data() == "Directory"
    assert model.index(home, PoolColumn.STATE).data() == "Active"
    assert model.index(home, PoolColumn.CAPACITY).data() == "100.0 GiB"
    assert model.index(home, PoolColumn.AVAILABLE).data(Role.SORT) == 72 * 1024**3
    assert model.index(home, PoolColumn.STATE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(PoolColumn.ALLOCATION, Qt.Orientation.Horizontal) == "Allocation"
    rec = model.index(home, 0).data(Role.OBJECT)
    assert rec.name == "home" and model.index(home, 0).data(Role.STATE) is True
    assert model.index(home, 0).data(Role.KEY) == (connected.uri, rec.uuid)
    assert model.index(home, 0).data(Role.CONNECTION) is connected
    assert model.row_of(rec.uuid) == home

    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(POOL.format("extra", "extra"), 0))
    qtbot.waitUntil(lambda: "extra" in pool_rows(model), timeout=5000)
    extra = pool_rows(model)["extra"]
    assert model.index(extra, PoolColumn.STATE).data() == "Inactive"
    assert model.index(extra, PoolColumn.CAPACITY).data() == ""  # unknown while inactive
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("extra").create(0))
    qtbot.waitUntil(lambda: model.index(pool_rows(model)["extra"], PoolColumn.STATE).data()
                    == "Active", timeout=5000)
    run_in_worker(qtbot, connected, lambda c: (c.storagePoolLookupByName("extra").destroy(),
                                               c.storagePoolLookupByName("extra").undefine()))
    qtbot.waitUntil(lambda: "extra" not in pool_rows(model), timeout=5000)


def test_pool_rows_grey_out_while_disconnected(connected, qtbot, qtmodeltester):
    model = PoolModel(connected)
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    with qtbot.waitSignal(model.dataChanged):
        connected.close()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled


def volume_names(model):
    return sorted(model.index(r, VolumeColumn.NAME).data() for r in range(model.rowCount()))


def test_volumes_of_the_chosen_pool(connected, qtbot, qtmodeltester):
    model = VolumeModel(connected)
    qtmodeltester.check(model)
    home = next(p for p in connected.pools.records() if p.name == "home")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_pool(home.uuid)
    assert volume_names(model) == ["build.qcow2", "db01.qcow2", "web01.qcow2"]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "db01.qcow2")
    assert model.index(row, VolumeColumn.FORMAT).data() == "qcow2"
    assert model.index(row, VolumeColumn.CAPACITY).data() == "40.0 GiB"
    assert model.index(row, VolumeColumn.ALLOCATION).data(Role.SORT) == 18 * 1024**3
    assert model.index(row, VolumeColumn.PATH).data() == "/home/db01.qcow2"
    assert model.index(row, 0).data(Role.KEY) == (connected.uri, "/home/db01.qcow2")
    assert model.index(row, 0).data(Role.OBJECT).format == "qcow2"

    # A new volume, then a pool refresh (which libvirt announces): the list follows.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("new.img"), 0))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").refresh(0))
    assert "new.img" in volume_names(model)

    model.set_pool(None)
    assert model.rowCount() == 0


def test_inactive_pool_lists_nothing_and_failure_is_reported(connected, qtbot, qtmodeltester,
                                                              monkeypatch):
    model = VolumeModel(connected)
    qtmodeltester.check(model)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(POOL.format("off", "off"), 0))
    qtbot.waitUntil(lambda: any(p.name == "off" for p in connected.pools.records()), timeout=5000)
    off = next(p for p in connected.pools.records() if p.name == "off")
    model.set_pool(off.uuid)
    assert model.rowCount() == 0 and not model.loading
    home = next(p for p in connected.pools.records() if p.name == "home")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_pool(home.uuid)
    assert model.rowCount() == 3

    def refuse(_conn, _uuid):
        raise libvirt.libvirtError("storage pool 'home' is not active")

    monkeypatch.setattr(fetch, "pool_volumes", refuse)
    with qtbot.waitSignal(model.failed, timeout=5000) as blocker:
        model.reload()
    assert "not active" in blocker.args[0]
    assert model.rowCount() == 0
