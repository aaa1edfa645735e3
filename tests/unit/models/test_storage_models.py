"""Storage pools of a host and the volumes of the chosen pool."""

import libvirt
import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex, Qt

from kvmgui.libvirt import volumelist
from kvmgui.models.pools import PoolColumn, PoolModel
from kvmgui.models.roles import Role
from kvmgui.models.volumes import VolumeColumn, VolumeModel
from tests.helpers import run_in_worker
from tests.unit.lverror import refusal

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
    assert model.index(home, PoolColumn.CAPACITY).data() == "100 GiB"
    assert model.index(home, PoolColumn.AVAILABLE).data(Role.SORT) == 72 * 1024**3
    assert model.index(home, PoolColumn.STATE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(PoolColumn.ALLOCATION, Qt.Orientation.Horizontal) == "Allocation"
    rec = model.index(home, 0).data(Role.OBJECT)
    assert rec.name == "home" and model.index(home, 0).data(Role.STATE) is True
    assert model.index(home, 0).data(Role.KEY) == rec.uuid
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


def column(model, col, role=Qt.ItemDataRole.DisplayRole):
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def cell(model, name, col, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(name), col).data(role)


@pytest.fixture
def home(connected):
    return next(p for p in connected.pools.records() if p.name == "home")


@pytest.fixture
def volumes(connected, qtmodeltester):
    model = VolumeModel(connected)
    qtmodeltester.check(model)
    return model


def test_rows_first_then_formats_then_users(connected, home, volumes, qtbot):
    model = volumes
    with qtbot.waitSignals([model.loaded, model.detailed, model.usersKnown], timeout=5000,
                           order="none"):
        model.set_pool(home.uuid)
    assert column(model, VolumeColumn.NAME) == ["build.qcow2", "db01.qcow2", "web01.qcow2"]  # sorted
    assert cell(model, "db01.qcow2", VolumeColumn.FORMAT) == "qcow2"
    assert cell(model, "db01.qcow2", VolumeColumn.CAPACITY) == "40 GiB"
    assert cell(model, "db01.qcow2", VolumeColumn.ALLOCATION, Role.SORT) == 18 * 1024**3
    assert cell(model, "db01.qcow2", VolumeColumn.PATH) == "/home/db01.qcow2"
    assert cell(model, "db01.qcow2", VolumeColumn.NAME, Role.KEY) == "/home/db01.qcow2"
    vol = cell(model, "db01.qcow2", VolumeColumn.NAME, Role.OBJECT)
    assert (vol.name, vol.format, vol.capacity) == ("db01.qcow2", "qcow2", 40 * 1024**3)
    # Which VMs use each volume: db01 and web01 run, build is shut off.
    assert cell(model, "db01.qcow2", VolumeColumn.USERS) == "db01 (running)"
    assert cell(model, "build.qcow2", VolumeColumn.USERS) == "build"
    assert [u.name for u in model.volume("web01.qcow2").running_users] == ["web01"]
    assert model.headerData(VolumeColumn.USERS, Qt.Orientation.Horizontal) == "Used by"


def test_a_pool_refresh_shows_volumes_made_and_removed_elsewhere(connected, home, volumes, qtbot):
    model = volumes
    with qtbot.waitSignal(model.detailed, timeout=5000):
        model.set_pool(home.uuid)
    # Made and removed behind kvmgui's back: libvirt tells nothing until the pool is refreshed.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("new.img"), 0))
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .storageVolLookupByName("db01.qcow2").delete(0))
    assert "new.img" not in model.names()
    with qtbot.waitSignal(model.detailed, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").refresh(0))
    assert volume_names(model) == ["build.qcow2", "new.img", "web01.qcow2"]
    assert cell(model, "new.img", VolumeColumn.FORMAT) == "raw"
    assert column(model, VolumeColumn.NAME) == sorted(column(model, VolumeColumn.NAME))


def test_sorted_by_any_column_keeping_the_selection(connected, home, volumes, qtbot):
    model = volumes
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        model.set_pool(home.uuid)
    kept = QPersistentModelIndex(model.index(model.row_of("web01.qcow2"), VolumeColumn.PATH))
    model.sort(VolumeColumn.CAPACITY, Qt.SortOrder.DescendingOrder)
    assert column(model, VolumeColumn.NAME) == ["db01.qcow2", "web01.qcow2", "build.qcow2"]
    assert kept.row() == model.row_of("web01.qcow2") == 1 and kept.column() == VolumeColumn.PATH
    model.sort(VolumeColumn.USERS)
    assert column(model, VolumeColumn.USERS) == ["build", "db01 (running)", "web01 (running)"]
    model.sort(VolumeColumn.NAME)
    # A new volume arrives in its sorted place.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("aaa.img"), 0))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert column(model, VolumeColumn.NAME)[0] == "aaa.img"
    assert kept.row() == model.row_of("web01.qcow2")


def test_users_follow_the_vms(connected, home, volumes, qtbot):
    model = volumes
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        model.set_pool(home.uuid)
    assert cell(model, "web01.qcow2", VolumeColumn.USERS) == "web01 (running)"
    # Until the column says so: a reading that began before a change reports first (its
    # usersKnown is not the change's), and the model reads again after it.
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    qtbot.waitUntil(lambda: cell(model, "web01.qcow2", VolumeColumn.USERS) == "web01",
                    timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").undefine())
    qtbot.waitUntil(lambda: cell(model, "web01.qcow2", VolumeColumn.USERS) == "",
                    timeout=5000)


def add_disk(c, vm, path):
    """``path`` becomes a disk of ``vm``'s definition (of the one it boots next, if it runs)."""
    dom = c.lookupByName(vm)
    c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
        f"<disk type='file' device='disk'><source file='{path}'/>"
        "<target dev='vdc' bus='virtio'/></disk></devices>")))


def test_a_running_vm_that_uses_it_only_from_its_next_start_is_not_said_running(
        connected, home, volumes, qtbot):
    """build.qcow2 added to running web01's next-boot definition only (attach-disk --config):
    the column said 'web01 (running)', as of a VM with the image open."""
    model = volumes
    run_in_worker(qtbot, connected, add_disk, "web01", "/home/build.qcow2")
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        model.set_pool(home.uuid)
    assert cell(model, "build.qcow2", VolumeColumn.USERS) == "build, web01 (next start)"
    assert model.volume("build.qcow2").running_users == []
    assert cell(model, "web01.qcow2", VolumeColumn.USERS) == "web01 (running)"  # open as ever


def test_users_follow_a_vm_s_new_definition(connected, home, volumes, qtbot):
    """A disk added to stopped build's definition changes nothing the VM list shows (no new
    record): the column kept saying web01.qcow2 was used by web01 alone until the pool was
    chosen again."""
    model = volumes
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        model.set_pool(home.uuid)
    assert cell(model, "web01.qcow2", VolumeColumn.USERS) == "web01 (running)"
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        run_in_worker(qtbot, connected, add_disk, "build", "/home/web01.qcow2")
    assert cell(model, "web01.qcow2", VolumeColumn.USERS) == "build, web01 (running)"


def test_inactive_pool_lists_nothing_and_failure_is_reported(connected, home, volumes, qtbot,
                                                              monkeypatch):
    model = volumes
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(POOL.format("off", "off"), 0))
    qtbot.waitUntil(lambda: any(p.name == "off" for p in connected.pools.records()), timeout=5000)
    off = next(p for p in connected.pools.records() if p.name == "off")
    model.set_pool(off.uuid)
    assert model.rowCount() == 0 and not model.loading
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_pool(home.uuid)
    assert model.rowCount() == 3
    # The pool stops: the rows go; it starts again: they come back.
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").destroy())
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.loaded, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").create(0))
    assert model.rowCount() == 3

    def refuse(_conn, _uuid, _type=None):
        raise refusal("storage pool 'home' is not active")

    monkeypatch.setattr(volumelist, "list_volumes", refuse)
    with qtbot.waitSignal(model.failed, timeout=5000) as blocker:
        model.reload()
    assert "not active" in blocker.args[0]
    assert model.rowCount() == 0
    model.set_pool(None)
    assert model.rowCount() == 0


def test_reloads_while_one_runs_are_coalesced(connected, home, volumes, qtbot, monkeypatch):
    model = volumes
    calls = []
    real = volumelist.list_volumes

    def counted(conn, uuid, kind=None):
        calls.append(uuid)
        return real(conn, uuid, kind)

    monkeypatch.setattr(volumelist, "list_volumes", counted)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_pool(home.uuid)
        for _ in range(5):
            model.reload()  # a burst of refresh events while the first listing runs
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert len(calls) == 2  # the one running, and one more after it


def test_a_reload_asked_for_while_a_listing_fails_still_runs(connected, home, volumes, qtbot,
                                                             monkeypatch):
    """The failure may predate the change the reload was asked for (a pool refresh event, our
    own job): it was dropped, and the list stayed empty with the old error."""
    model = volumes
    real = volumelist.list_volumes
    calls = []

    def fail_first(conn, uuid, kind=None):
        calls.append(uuid)
        if len(calls) == 1:
            raise refusal("pool 'home' has asynchronous jobs running")
        return real(conn, uuid, kind)

    monkeypatch.setattr(volumelist, "list_volumes", fail_first)
    with qtbot.waitSignal(model.failed, timeout=5000):
        model.set_pool(home.uuid)
        model.reload()  # while the first listing runs
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    assert len(calls) == 2


def test_multidata_answers_as_data_does(connected, home, volumes, qtbot):
    """Views paint through multiData (all roles of a cell in one call): same answers."""
    model = volumes
    with qtbot.waitSignal(model.usersKnown, timeout=5000):
        model.set_pool(home.uuid)
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ToolTipRole, Role.SORT, Role.KEY]
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in roles:
                slot = QModelRoleData(role)
                slot.setData("left from another cell")  # delegates reuse their slots
                model.multiData(index, QModelRoleDataSpan(slot))
                assert slot.data() == index.data(role), (row, col, role)
    assert model.index(0, VolumeColumn.CAPACITY).data(Qt.ItemDataRole.TextAlignmentRole)
    slot = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(model.index(0, 0), slot)  # one role without a span
    assert slot.data() == "build.qcow2"


def test_tooltips_show_names_as_they_are(connected, home, volumes, qtbot):
    """A volume named like markup: its path tooltip reads as the path, not as HTML."""
    from PySide6.QtGui import QTextDocument

    name = "a<b>&c.img"
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("a&lt;b&gt;&amp;c.img"), 0))
    with qtbot.waitSignal(volumes.loaded, timeout=5000):
        volumes.set_pool(home.uuid)
    tip = cell(volumes, name, VolumeColumn.PATH, Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == f"/home/{name}"


def test_a_volumes_users_are_listed_with_the_languages_separator(traditional_chinese):
    """Chinese lists with 、 (the column showed "web01（執行中）, db01")."""
    from kvmgui.libvirt.diskusers import DiskUser
    from kvmgui.models.volumerows import users_words

    words = users_words((DiskUser("1", "web01", True, "vda"), DiskUser("2", "db01", False, "vdb")))
    assert words.endswith("、db01") and ", " not in words, words


def test_a_vm_that_cannot_be_read_is_marked_not_the_whole_column(connected, home, volumes, qtbot,
                                                                  monkeypatch):
    """One VM whose XML could not be read blanked the Users column of every volume, with the
    reason only in a tooltip. What the other VMs use shows; the unread VM is named in each
    row as unknown (it may use any of them), the reason in the cell's tooltip."""
    from tests.unit.libvirt.storage_fakes import CodedError

    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == "router":
            raise CodedError(libvirt.VIR_ERR_INTERNAL_ERROR, "cannot read it")
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    with qtbot.waitSignal(volumes.usersKnown, timeout=5000):
        volumes.set_pool(home.uuid)
    assert cell(volumes, "web01.qcow2", VolumeColumn.USERS) == "web01 (running), router (unknown)"
    assert cell(volumes, "build.qcow2", VolumeColumn.USERS) == "build, router (unknown)"
    assert cell(volumes, "web01.qcow2", VolumeColumn.USERS, Qt.ItemDataRole.ToolTipRole) == (
        "Could not check which VMs use the storage: reading router failed: cannot read it")
    assert [u.name for u in volumes.volume("web01.qcow2").users] == ["web01"]

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", real)  # readable again
    with qtbot.waitSignal(volumes.usersKnown, timeout=5000):
        volumes.reload()
    assert cell(volumes, "web01.qcow2", VolumeColumn.USERS) == "web01 (running)"
    assert cell(volumes, "web01.qcow2", VolumeColumn.USERS, Qt.ItemDataRole.ToolTipRole) is None
