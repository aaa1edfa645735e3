"""Add hardware's disk form under a storm of storage pool events (another client starting,
refreshing or restarting pools while the dialog is open)."""

import threading
from dataclasses import replace

from kvmgui.libvirt import volops
from tests.helpers import BUILD, run_in_worker
from tests.unit.dialogs.test_addhw import dialog_for

EXTRA = "<pool type='dir'><name>extra</name><target><path>/extra</path></target></pool>"
LATE = "<volume><name>late.qcow2</name><capacity>1024</capacity></volume>"


def test_a_storm_of_pool_events_reads_the_volumes_once_at_a_time(details_of, connected, qtbot,
                                                                 monkeypatch, request):
    """Each pool event sent a listing of the chosen pool's volumes to the workers every
    window shares, none coalesced; their answers came in any order, and an older listing
    shown after a newer one hid a volume made meanwhile (a name it has was not said taken).
    One listing is out at a time; events meanwhile ask for one more after it."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    pool = disk.pool.currentData()
    disk.volume.setText("late.qcow2")
    qtbot.waitUntil(lambda: pool in disk._names, timeout=5000)  # the first listing is in
    gate = threading.Event()
    request.addfinalizer(gate.set)  # a failed test leaves no worker waiting
    listed: list[frozenset[str]] = []
    real = volops.volume_names

    def names(conn, name):
        found = real(conn, name)
        listed.append(found)
        if len(listed) == 1:  # the first listing has read, and is still out
            gate.wait(10)
        return found

    monkeypatch.setattr(volops, "volume_names", names)
    asked: list[object] = []
    answered: list[object] = []
    run = connected.run

    def counting_run(fn, *args, done=None, **kw):
        if fn is names:
            asked.append(fn)
            kw["done"] = lambda result: (answered.append(fn), done and done(result))
        else:
            kw["done"] = done
        return run(fn, *args, **kw)

    monkeypatch.setattr(connected, "run", counting_run)
    record = next(r for r in connected.pools.records() if r.name == pool)
    connected.pools.upsert([replace(record, available=record.available - 1)])
    qtbot.waitUntil(lambda: len(listed) == 1, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName(pool).createXML(LATE, 0))
    for i in range(2, 30):
        connected.pools.upsert([replace(record, available=record.available - i)])
    # Every other listing answered first (none, once they wait): the first's answer last.
    qtbot.waitUntil(lambda: len(answered) == len(asked) - 1, timeout=10000)
    assert len(asked) == 1  # the rest wait for its answer
    gate.set()
    qtbot.waitUntil(lambda: len(answered) == len(asked) >= 2, timeout=10000)
    assert len(asked) == 2 and "late.qcow2" not in listed[0] and "late.qcow2" in listed[1]
    assert disk.validate() == "The pool already has a volume named late.qcow2."
    dialog.reject()



def test_the_chosen_pool_is_chosen_again_when_it_comes_back(details_of, connected, qtbot):
    """Another client restarting the chosen pool (stopped, then started) moved the choice
    to the first pool, silently, and it stayed there: Add then made the new volume in a
    pool the user had not chosen."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(EXTRA, 0))
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    qtbot.waitUntil(lambda: disk.pool.findData("extra") >= 0, timeout=5000)
    disk.pool.setCurrentIndex(disk.pool.findData("extra"))
    disk.volume.setText("mine.qcow2")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("extra").destroy())
    qtbot.waitUntil(lambda: disk.pool.findData("extra") < 0, timeout=5000)
    assert disk.pool.currentData() != "extra"  # it cannot take a volume now
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(EXTRA, 0))
    qtbot.waitUntil(lambda: disk.pool.findData("extra") >= 0, timeout=5000)
    assert disk.pool.currentData() == "extra"
    assert disk.volume.text() == "mine.qcow2" and disk.new_volume.isChecked()
    dialog.reject()


def test_a_pool_chosen_by_hand_meanwhile_stays_chosen(details_of, connected, qtbot):
    """The choice a pool's return restores is the user's last: one made while it was gone
    is not taken back."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(EXTRA, 0))
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    qtbot.waitUntil(lambda: disk.pool.findData("extra") >= 0, timeout=5000)
    choose(disk.pool, "extra")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("extra").destroy())
    qtbot.waitUntil(lambda: disk.pool.findData("extra") < 0, timeout=5000)
    # 'home', shown since extra went, chosen as the user does: picked in the list (which
    # changes no index). The test read the first pool shown as 'home', which was extra as
    # often as not, and then passed whatever the form did.
    assert disk.pool.currentData() == "home"
    choose(disk.pool, "home")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(EXTRA, 0))
    qtbot.waitUntil(lambda: disk.pool.findData("extra") >= 0, timeout=5000)
    assert disk.pool.currentData() == "home"
    dialog.reject()


def choose(combo, name):
    """Pick ``name`` in the list as a user does: the index set, then ``activated``."""
    index = combo.findData(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def stop_every_pool(qtbot, connected, disk):
    stopped = run_in_worker(qtbot, connected, lambda c: [
        p.destroy() or p.name() for p in c.listAllStoragePools(0) if p.isActive()])
    qtbot.waitUntil(lambda: disk.pool.count() == 0, timeout=5000)
    assert disk.existing.isChecked()
    return stopped


def start_pools(qtbot, connected, disk, names):
    run_in_worker(qtbot, connected, lambda c: [c.storagePoolLookupByName(n).create(0)
                                               for n in names])
    qtbot.waitUntil(lambda: disk.pool.count() == len(names), timeout=5000)


def test_a_new_volume_is_chosen_again_when_a_pool_is_back(details_of, connected, qtbot):
    """Every pool stopped for a moment (another client restarting them): "Create a new
    volume" was left for "Use an existing image", and stayed so once the pools were back,
    the user's choice lost."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("data.qcow2")
    stopped = stop_every_pool(qtbot, connected, disk)
    start_pools(qtbot, connected, disk, stopped)
    assert disk.new_volume.isChecked() and disk.new_volume.isEnabled()
    assert disk.pool.isEnabled() and not disk.path.isEnabled()
    assert disk.volume.text() == "data.qcow2"
    dialog.reject()


def test_an_image_chosen_while_no_pool_ran_stays_chosen(details_of, connected, qtbot):
    """Typing an image's path, or choosing "Use an existing image" by hand, while no pool
    ran is the user's choice: kept when the pools are back."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    stopped = stop_every_pool(qtbot, connected, disk)
    qtbot.keyClicks(disk.path, "/var/lib/libvirt/images/data.qcow2")
    start_pools(qtbot, connected, disk, stopped)
    assert disk.existing.isChecked() and disk.path.isEnabled()
    disk.new_volume.click()  # as a user's click: toggled, then clicked
    assert disk.new_volume.isChecked()
    stopped = stop_every_pool(qtbot, connected, disk)
    disk.existing.click()  # chosen by hand, once more
    start_pools(qtbot, connected, disk, stopped)
    assert disk.existing.isChecked()
    assert disk.path.text() == "/var/lib/libvirt/images/data.qcow2"
    dialog.reject()


def test_a_pool_event_parses_no_pool_xml_on_the_gui_thread(details_of, connected, qtbot, monkeypatch):
    """Each pool event parsed every pool's XML on the GUI thread for its type (to offer
    only pools a disk can be made in): with 200 pools, 2.6 ms per event, and a storm of
    them froze the window. The type is read with the XML, in the worker that lists pools."""
    from kvmgui.xml import base

    dialog, disk = dialog_for(details_of(BUILD), "disk")
    parsed: list[str] = []
    real = base.parse_xml

    def watched(text, *args, **kwargs):
        if threading.current_thread() is threading.main_thread() and "<pool" in str(text)[:200]:
            parsed.append(str(text)[:40])
        return real(text, *args, **kwargs)

    monkeypatch.setattr(base, "parse_xml", watched)
    offered = disk.pool.count()
    record = next(r for r in connected.pools.records() if r.name == disk.pool.currentData())
    disk._pools_changed([replace(record, available=record.available - 1)])
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.pool.count() == offered and disk.new_volume.isChecked()
    assert parsed == []
    dialog.reject()
