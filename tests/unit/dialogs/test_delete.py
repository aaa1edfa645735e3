"""Delete asks first, lists exactly the volumes it removes, and removes nothing else."""

import libvirt
import pytest

from kvmgui.dialogs.delete import DeleteDialog
from kvmgui.libvirt import actions
from tests.helpers import listed_volumes, run_in_worker
from tests.helpers import select_vms as select
from tests.unit.lverror import refusal

VOLUMES = ["/home/web01.qcow2", "/home/db01.qcow2", "/home/build.qcow2"]
CLONE = """<domain type='test'><name>clone</name><memory>65536</memory>
           <os><type>hvm</type></os><devices>
           <disk type='file' device='disk'><source file='/home/db01.qcow2'/>
           <target dev='vda' bus='virtio'/></disk></devices></domain>"""


@pytest.fixture
def window(connected, main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    return main_window


def existing_volumes(qtbot, conn):
    def look(c):
        found = []
        for path in VOLUMES:
            try:
                c.storageVolLookupByPath(path)
                found.append(path)
            except libvirt.libvirtError:
                pass
        return found
    return run_in_worker(qtbot, conn, look)


def open_delete(window, qtbot):
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(window.open_dialogs), timeout=5000)
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, DeleteDialog)
    return dialog


def click_delete(qtbot, dialog):
    """Delete clicked, and the dialog accepted: a click before its lookup of the fixed
    addresses answered waits for it."""
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.delete_button.click()


def names(conn):
    return sorted(r.name for r in conn.domains.records())


def test_delete_with_storage_lists_and_removes_only_its_volumes(connected, window, qtbot):
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    assert "'web01'" in dialog.question.text() and "forced off" in dialog.question.text()
    dialog.with_storage.setChecked(True)
    assert not dialog.delete_button.isEnabled()  # while the volumes are being looked up
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    assert listed_volumes(dialog) == ["/home/web01.qcow2"]
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 4, timeout=5000)
    # The volumes go after the VM is undefined, in the same worker job: wait for them too.
    kept = ["/home/db01.qcow2", "/home/build.qcow2"]
    qtbot.waitUntil(lambda: existing_volumes(qtbot, connected) == kept, timeout=5000)


def test_delete_without_storage_keeps_volumes(connected, window, qtbot):
    select(window, "build")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "build" not in names(connected), timeout=5000)
    assert existing_volumes(qtbot, connected) == VOLUMES


def test_cancel_deletes_nothing(connected, window, qtbot, submitted):
    select(window, "db01", "web01")
    dialog = open_delete(window, qtbot)
    assert "'db01', 'web01'" in dialog.question.text() or "'web01', 'db01'" in dialog.question.text()
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 2, timeout=5000)
    dialog.reject()
    qtbot.waitUntil(lambda: not window.open_dialogs, timeout=5000)
    assert actions.delete not in submitted  # a delete would have been handed over by now
    assert names(connected) == ["build", "db01", "desktop", "router", "web01"]
    assert existing_volumes(qtbot, connected) == VOLUMES


def test_volume_another_vm_uses_starts_unchecked(connected, window, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "db01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    assert "also used by clone" in dialog.volume_list.item(0).text()
    assert dialog.plan() == {connected.domains.get(select(window, "db01")[0]).uuid: []}
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "db01" not in names(connected), timeout=5000)
    assert "/home/db01.qcow2" in existing_volumes(qtbot, connected)


def test_selecting_a_volume_checks_it_and_the_other_way_round(connected, window, qtbot):
    """A screen reader can only select list items: selection and check marks are one."""
    from PySide6.QtCore import QItemSelectionModel, Qt

    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    item, uuid = dialog.volume_list.item(0), dialog.records[0].uuid
    assert item.isSelected() and item.checkState() == Qt.CheckState.Checked
    # As AT-SPI deselects: through the selection model, the current index untouched.
    index = dialog.volume_list.model().index(0, 0)
    dialog.volume_list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Deselect)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert dialog.plan() == {uuid: []}
    item.setCheckState(Qt.CheckState.Checked)  # a mouse ticks the box
    assert item.isSelected()
    assert dialog.plan() == {uuid: ["/home/web01.qcow2"]}
    dialog.reject()


def test_a_volume_gone_before_the_click_is_reported_as_storage_left(connected, window, qtbot):
    """The VM goes; the message says so and names the volume it could not delete, rather
    than "Could not delete" the VM that is gone."""
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storageVolLookupByPath("/home/web01.qcow2").delete())
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    [message] = window.notifications.messages()
    assert "Could not delete" not in message
    assert "'web01'" in message and "was deleted, but not all of its storage" in message
    assert "/home/web01.qcow2" in message


SCRATCH_VOL = """<volume><name>scratch.qcow2</name><capacity unit='MiB'>8</capacity>
                 <target><format type='qcow2'/></target></volume>"""
TRANSIENT = """<domain type='test'><name>scratch</name><memory>65536</memory>
               <os><type>hvm</type></os><devices>
               <disk type='file' device='disk'><source file='/home/scratch.qcow2'/>
               <target dev='vda' bus='virtio'/></disk></devices></domain>"""


def test_a_running_transient_vm_is_deleted_with_its_storage_and_no_error(connected, window, qtbot):
    """Forcing off a transient VM is what removes it: the delete goes on to its volumes
    instead of failing on the VM it has just removed ("Could not delete … not found")."""
    def make(c):
        c.storagePoolLookupByName("home").createXML(SCRATCH_VOL, 0)
        c.createXML(TRANSIENT, 0)
    run_in_worker(qtbot, connected, make)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "scratch")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "scratch" not in names(connected), timeout=5000)

    def scratch_left(c):
        try:
            c.storageVolLookupByPath("/home/scratch.qcow2")
        except libvirt.libvirtError:
            return False
        return True
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or not run_in_worker(qtbot, connected, scratch_left), timeout=5000)
    assert window.notifications.messages() == []
    assert not run_in_worker(qtbot, connected, scratch_left)


def test_storage_unticked_and_ticked_again_while_listing_lists_each_volume_once(
        connected, window, qtbot, submitted):
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    dialog.with_storage.setChecked(False)
    assert dialog.delete_button.isEnabled()  # the VM alone: nothing to wait for
    dialog.with_storage.setChecked(True)
    assert not dialog.delete_button.isEnabled()
    assert submitted.count(actions.storage_for_delete) == 1  # the first lookup still runs
    qtbot.waitUntil(lambda: dialog.volume_list.count() >= 1, timeout=5000)
    assert listed_volumes(dialog) == ["/home/web01.qcow2"]
    assert dialog.delete_button.isEnabled()
    dialog.reject()


def test_a_volume_two_deleted_vms_share_is_deleted_once_without_an_error(connected, window, qtbot):
    """Both VMs go, so their shared volume may go: deleted by one of the two jobs, not
    by both (the second said "not all of its storage" about a volume that was gone)."""
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "db01", "clone")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    assert listed_volumes(dialog) == ["/home/db01.qcow2"]
    assert sorted(p for paths in dialog.plan().values() for p in paths) == ["/home/db01.qcow2"]
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "db01" not in names(connected) and "clone" not in names(connected),
                    timeout=5000)
    qtbot.waitUntil(lambda: "/home/db01.qcow2" not in existing_volumes(qtbot, connected), timeout=5000)
    assert window.notifications.messages() == []


def test_a_running_vm_forced_off_but_not_undefined_says_it_was_forced_off(
        connected, window, qtbot, monkeypatch):
    """The force off is done when the undefine fails: the message says the VM was stopped,
    not only "Could not delete", which reads as if nothing had happened to it."""
    from kvmgui.libvirt import virsh
    from kvmgui.libvirt.records import DomainState
    from tests.helpers import FakeError

    def refuse(_dom, _flags):
        raise FakeError("operation failed: cannot remove the definition")
    monkeypatch.setattr(virsh, "undefine", refuse)
    [uuid] = select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    [message] = window.notifications.messages()
    assert "cannot remove the definition" in message
    assert "forced off" in message, message
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.SHUTOFF, timeout=5000)


@pytest.fixture
def restarting(connected, qtbot, monkeypatch):
    """Start a restart of a VM whose guest takes its time to shut down, its window closed."""
    from kvmgui.dialogs.details.restart import RestartJob

    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)

    def restart(uuid):
        job = RestartJob(connected, uuid, force=False, parent=connected)
        job.attended = False
        job.start()
        qtbot.waitUntil(job._timer.isActive)  # waiting for the guest to stop
        return job
    return restart


def test_delete_waits_for_a_restart_under_way(connected, window, qtbot, restarting):
    """Deleted while its restart waited for the guest to stop, the VM was forced off by the
    delete, the restart went on to start it and said it failed ('Domain not found'), though
    the user had deleted it (started between the force off and the undefine, it would have
    stayed running, no longer defined)."""
    web01, build = select(window, "web01", "build")
    restarting(web01)
    select(window, "web01")
    window._update_actions()  # as once the restart's start is heard of
    assert not window.delete_action.isEnabled()
    assert "restart" in window.delete_action.toolTip(), window.delete_action.toolTip()
    window.delete_selected()  # as for a key pressed just before
    assert window.open_dialogs == []
    select(window, "web01", "build")
    dialog = open_delete(window, qtbot)
    assert [r.uuid for r in dialog.records] == [build]
    dialog.reject()
    assert window.delete_action.toolTip() == "Delete"


def test_a_restart_begun_while_the_delete_was_asked_keeps_its_vm(connected, window, qtbot,
                                                                  restarting):
    web01 = select(window, "web01")[0]
    dialog = open_delete(window, qtbot)
    job = restarting(web01)  # from its details window, while the question is open
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    told = window.notifications.messages()
    assert len(told) == 1 and "'web01'" in told[0] and "not deleted" in told[0], told
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())  # it stopped
    assert blocker.args[0], blocker.args[1]
    assert "web01" in names(connected)


def test_a_vm_that_stops_on_its_own_just_before_its_force_off_is_deleted(
        connected, window, qtbot, monkeypatch):
    """It stopped between "is it running?" and the force off: libvirt's "domain is not
    running" failed the whole delete, and nothing was deleted."""
    from kvmgui.libvirt import virsh

    real = virsh.destroy

    def stops_first(dom):
        dom.destroy()  # its guest powered off meanwhile
        real(dom)
    monkeypatch.setattr(virsh, "destroy", stops_first)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or "/home/web01.qcow2" not in existing_volumes(qtbot, connected), timeout=5000)
    assert window.notifications.messages() == []
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)


def test_a_vm_with_checkpoints_is_deleted(connected, window, qtbot, monkeypatch):
    """QEMU refuses to undefine a stopped VM with checkpoints (incremental backups) unless
    their metadata goes too, as with snapshots: such a VM could not be deleted."""
    from tests.helpers import FakeError

    real = libvirt.virDomain.undefineFlags

    def undefine(dom, flags=0):  # as QEMU's (the test driver knows no checkpoints)
        if not flags & libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA:
            raise FakeError("Requested operation is not valid: cannot delete inactive domain "
                            "with 1 checkpoints", libvirt.VIR_ERR_OPERATION_INVALID)
        return real(dom, flags & ~libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA)
    monkeypatch.setattr(libvirt.virDomain, "undefineFlags", undefine)
    select(window, "build")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()) or "build" not in names(connected),
                    timeout=5000)
    assert window.notifications.messages() == []


def test_a_vm_deleted_elsewhere_while_asked_goes_with_its_chosen_storage(connected, window, qtbot):
    """Deleted by another client while the question was open: the VM is gone as the user
    wanted, so no "Could not delete … not found", and the volumes chosen still go."""
    web01 = select(window, "web01")[0]
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)

    def elsewhere(c):
        dom = c.lookupByUUIDString(web01)
        dom.destroy()
        dom.undefine()
    run_in_worker(qtbot, connected, elsewhere)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or "/home/web01.qcow2" not in existing_volumes(qtbot, connected), timeout=5000)
    assert window.notifications.messages() == []


def test_a_volume_a_vm_defined_elsewhere_meanwhile_uses_is_kept_and_said(connected, window, qtbot):
    """The VM was deleted elsewhere and another defined on its disk (recreated): that VM's
    disk is not deleted, and the message says why."""
    web01 = select(window, "web01")[0]
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)

    def recreate(c):
        dom = c.lookupByUUIDString(web01)
        dom.destroy()
        dom.undefine()
        c.defineXML(CLONE.replace("/home/db01.qcow2", "/home/web01.qcow2"))
    run_in_worker(qtbot, connected, recreate)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    [message] = window.notifications.messages()
    assert "Could not delete" not in message and "'web01'" in message, message
    assert "/home/web01.qcow2" in message and "clone" in message, message
    assert "/home/web01.qcow2" in existing_volumes(qtbot, connected)


@pytest.fixture
def slow_force_off(monkeypatch):
    """The delete's force off waits for the gate to open: a delete still in flight."""
    import threading

    from kvmgui.libvirt import virsh

    gate = threading.Event()
    real = virsh.destroy

    def destroy(dom):
        gate.wait(5)
        real(dom)
    monkeypatch.setattr(virsh, "destroy", destroy)
    yield gate
    gate.set()


def test_a_restart_begun_while_the_vm_is_being_deleted_leaves_it_to_the_delete(
        connected, window, qtbot, submitted, slow_force_off):
    """Restart to apply clicked while the delete of its VM was in flight: the restart shut
    the VM down and started it again across the delete (started between the force off and
    the undefine, it stayed running, no longer defined, its disks deleted)."""
    from kvmgui.dialogs.details.restart import RestartJob

    web01 = select(window, "web01")[0]
    dialog = open_delete(window, qtbot)
    click_delete(qtbot, dialog)
    assert actions.delete in submitted
    job = RestartJob(connected, web01, force=False, parent=connected)  # from its details window
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    slow_force_off.set()
    ok, message = blocker.args
    assert not ok and "being deleted" in message, message
    assert not {actions.shutdown_to_restart, actions.start_to_restart} & set(submitted), submitted
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    assert window.notifications.messages() == []


def test_storage_of_the_others_is_listed_when_one_vm_was_deleted_elsewhere(connected, window, qtbot):
    """One of the VMs asked about was deleted elsewhere before the storage was ticked: the
    lookup failed as a whole ('Domain not found'), and no storage could be deleted."""
    web01, _db01 = select(window, "web01", "db01")
    dialog = open_delete(window, qtbot)

    def elsewhere(c):
        dom = c.lookupByUUIDString(web01)
        dom.destroy()
        dom.undefine()
    run_in_worker(qtbot, connected, elsewhere)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1 or not dialog.with_storage.isEnabled(),
                    timeout=5000)
    assert dialog.with_storage.isEnabled(), dialog.status.text()
    assert listed_volumes(dialog) == ["/home/db01.qcow2"]
    assert "Deleted elsewhere" in dialog.status.text() and "web01" in dialog.status.text()
    dialog.reject()


def test_a_vm_being_deleted_is_not_offered_again(connected, window, qtbot, submitted,
                                                 slow_force_off):
    """Its row stays until the undefine is heard of: a second Delete of it ran beside the
    first and said "was deleted, but not all of its storage" of the volume the first took,
    and a Run between the force off and the undefine left it running, no longer defined."""
    from kvmgui.widgets.vmactions import ACTIONS_BY_KEY

    _web01, build = select(window, "web01", "build")
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    click_delete(qtbot, dialog)
    assert not window.delete_action.isEnabled()
    window.delete_selected()  # as for a key pressed just before
    assert window.open_dialogs == []
    select(window, "web01", "build")
    window.run_vm_action(ACTIONS_BY_KEY["force_off"])  # build is off: nothing for it
    window.run_vm_action(ACTIONS_BY_KEY["start"])
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    dialog = open_delete(window, qtbot)
    assert [r.uuid for r in dialog.records] == [build]
    dialog.reject()
    slow_force_off.set()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    assert submitted.count(actions.delete) == 1
    assert window.notifications.messages() == []


def test_the_question_says_a_vm_started_meanwhile_is_forced_off(connected, window, qtbot):
    """Asked about a stopped VM that was started (elsewhere) before Delete was clicked: the
    delete forced it off without the question having said so."""
    from kvmgui.libvirt.records import DomainState

    build = select(window, "build")[0]
    dialog = open_delete(window, qtbot)
    assert "forced off" not in dialog.question.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(build).create())
    qtbot.waitUntil(lambda: connected.domains.get(build).state == DomainState.RUNNING, timeout=5000)
    qtbot.waitUntil(lambda: "forced off first: build" in dialog.question.text(), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(build).destroy())
    qtbot.waitUntil(lambda: "forced off" not in dialog.question.text(), timeout=5000)
    dialog.reject()


def test_a_vm_whose_delete_failed_is_offered_delete_again(connected, window, qtbot, monkeypatch):
    """While its Delete runs a VM is offered nothing; once the delete failed, the VM is still
    there and Delete (with the power actions) came back only when something else moved."""
    from kvmgui.libvirt import virsh

    def refuse(_dom):
        raise refusal("refused by a test")
    monkeypatch.setattr(virsh, "destroy", refuse)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    click_delete(qtbot, dialog)
    assert not window.delete_action.isEnabled()
    qtbot.waitUntil(lambda: window.notifications.messages() != [], timeout=5000)
    assert "Could not delete" in window.notifications.messages()[0]
    qtbot.waitUntil(window.delete_action.isEnabled, timeout=2000)


def test_a_volume_shared_in_the_batch_goes_with_the_vm_deleted_elsewhere(
        connected, window, qtbot, monkeypatch):
    """Of two VMs deleted together, the one whose job holds their shared volume was deleted
    elsewhere meanwhile: its check of who uses the volume now counted the other VM, whose
    own delete had not yet undefined it, and the volume was kept ("now used by clone")."""
    import threading

    from kvmgui.libvirt import virsh

    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "db01", "clone")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    [owner] = [uuid for uuid, paths in dialog.plan().items() if paths]
    gate = threading.Event()
    real = virsh.undefine

    def slow_undefine(dom, flags):  # the other VM's delete, still in flight
        gate.wait(5)
        real(dom, flags)
    monkeypatch.setattr(virsh, "undefine", slow_undefine)

    def elsewhere(c):
        dom = c.lookupByUUIDString(owner)
        if dom.isActive():
            dom.destroy()
        dom.undefine()
    run_in_worker(qtbot, connected, elsewhere)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or "/home/db01.qcow2" not in existing_volumes(qtbot, connected), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: "db01" not in names(connected) and "clone" not in names(connected),
                    timeout=5000)
    assert window.notifications.messages() == []
    assert "/home/db01.qcow2" not in existing_volumes(qtbot, connected)


def test_a_volume_a_vm_defined_meanwhile_uses_is_kept_by_a_normal_delete(connected, window, qtbot):
    """A VM defined elsewhere on the volume between the listing and the click: only a VM
    deleted elsewhere had its volumes checked again, so this one lost its disk."""
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    run_in_worker(qtbot, connected,
                  lambda c: c.defineXML(CLONE.replace("/home/db01.qcow2", "/home/web01.qcow2")))
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or "/home/web01.qcow2" not in existing_volumes(qtbot, connected), timeout=5000)
    assert "/home/web01.qcow2" in existing_volumes(qtbot, connected)
    [message] = window.notifications.messages()
    assert "'web01'" in message and "was deleted, but not all of its storage" in message, message
    assert "/home/web01.qcow2" in message and "clone" in message, message
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)


def test_a_transient_vm_stopped_elsewhere_keeps_a_volume_a_vm_defined_meanwhile_uses(
        connected, window, qtbot, monkeypatch):
    """Its force off failed as it had stopped (and so gone) meanwhile: its volumes were then
    deleted without asking who uses them now, here a VM defined on its disk since."""
    from kvmgui.libvirt import virsh

    def make(c):
        c.storagePoolLookupByName("home").createXML(SCRATCH_VOL, 0)
        c.createXML(TRANSIENT, 0)
    run_in_worker(qtbot, connected, make)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    real = virsh.destroy

    def stopped_and_reused(dom):
        dom.destroy()  # elsewhere: a transient VM is gone once off
        dom.connect().defineXML(CLONE.replace("/home/db01.qcow2", "/home/scratch.qcow2"))
        real(dom)
    monkeypatch.setattr(virsh, "destroy", stopped_and_reused)
    select(window, "scratch")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)

    def scratch_left(c):
        try:
            c.storageVolLookupByPath("/home/scratch.qcow2")
        except libvirt.libvirtError:
            return False
        return True
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages())
                    or not run_in_worker(qtbot, connected, scratch_left), timeout=5000)
    assert run_in_worker(qtbot, connected, scratch_left)
    [message] = window.notifications.messages()
    assert "/home/scratch.qcow2" in message and "clone" in message, message


UEFI = """<domain type='test'><name>uefi</name><memory>65536</memory>
          <os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>
          <nvram>/var/lib/libvirt/qemu/nvram/uefi_VARS.fd</nvram></os></domain>"""


def test_an_undefine_refused_for_another_reason_says_that_reason_on_a_uefi_vm(
        connected, window, qtbot, monkeypatch):
    """Refused with "invalid argument" for a reason other than an unknown flag, the undefine
    was asked again without the NVRAM flag, and QEMU's refusal of that (the VM has NVRAM)
    was all the user was told."""
    from tests.helpers import FakeError

    run_in_worker(qtbot, connected, lambda c: c.defineXML(UEFI))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)

    def undefine(_dom, flags=0):  # as QEMU's
        if not flags & libvirt.VIR_DOMAIN_UNDEFINE_NVRAM:
            raise FakeError("Requested operation is not valid: cannot undefine domain with nvram",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        raise FakeError("invalid argument: the first reason", libvirt.VIR_ERR_INVALID_ARG)
    monkeypatch.setattr(libvirt.virDomain, "undefineFlags", undefine)
    select(window, "uefi")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    [message] = window.notifications.messages()
    assert "the first reason" in message and "nvram" not in message, message


def test_a_uefi_vm_is_deleted_where_the_nvram_flag_is_unknown(connected, window, qtbot):
    """The test driver refuses the NVRAM flag ("unsupported flags (0x4)"): asked again
    without it, the VM goes."""
    run_in_worker(qtbot, connected, lambda c: c.defineXML(UEFI))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "uefi")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()) or "uefi" not in names(connected),
                    timeout=5000)
    assert window.notifications.messages() == []


def test_the_status_of_one_vm_deleted_elsewhere_says_its_storage(connected, window, qtbot):
    """One VM gone of the VMs asked about: the status said "their storage" of it."""
    web01, _db01 = select(window, "web01", "db01")
    dialog = open_delete(window, qtbot)

    def elsewhere(c):
        dom = c.lookupByUUIDString(web01)
        dom.destroy()
        dom.undefine()
    run_in_worker(qtbot, connected, elsewhere)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    assert "so its storage is not listed: web01." in dialog.status.text(), dialog.status.text()
    dialog.reject()


def test_a_vm_renamed_elsewhere_while_asked_is_named_by_its_new_name(connected, window, qtbot,
                                                                      monkeypatch):
    """The question, and the message of a delete that failed, kept the name the VM had
    when Delete was chosen."""
    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    build = select(window, "build")[0]
    dialog = open_delete(window, qtbot)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(build).rename("nightly", 0))
    qtbot.waitUntil(lambda: connected.domains.get(build).name == "nightly", timeout=5000)
    qtbot.waitUntil(lambda: "'nightly'" in dialog.question.text(), timeout=5000)
    assert "build" not in dialog.question.text()

    def refuse(_dom, _flags):
        raise FakeError("operation failed: cannot remove the definition")
    monkeypatch.setattr(virsh, "undefine", refuse)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    [message] = window.notifications.messages()
    assert "'nightly'" in message and "build" not in message, message


def test_the_status_of_one_vm_without_volumes_speaks_of_that_vm(connected, window, qtbot):
    """Asked about one VM, the status said "These VMs use no storage volumes"."""
    select(window, "router")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(dialog.delete_button.isEnabled, timeout=5000)
    assert dialog.status.text().startswith("This VM uses no storage volumes"), dialog.status.text()
    dialog.reject()


def test_the_status_with_every_vm_deleted_elsewhere_does_not_say_they_use_no_volumes(
        connected, window, qtbot):
    """Their disks could not be read, so whether they use volumes is unknown: the status
    said "These VMs use no storage volumes … no files will be removed" before naming them."""
    web01, db01 = select(window, "web01", "db01")

    def elsewhere(c):
        for uuid in (web01, db01):
            dom = c.lookupByUUIDString(uuid)
            dom.destroy()
            dom.undefine()
    dialog = open_delete(window, qtbot)
    run_in_worker(qtbot, connected, elsewhere)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(dialog.delete_button.isEnabled, timeout=5000)
    assert "use no storage" not in dialog.status.text(), dialog.status.text()
    assert "Deleted elsewhere meanwhile" in dialog.status.text(), dialog.status.text()
    dialog.reject()


@pytest.fixture
def slow_save(monkeypatch):
    """A Save (managed save) that waits for the gate to open: a save still in flight."""
    import threading

    from kvmgui.libvirt import virsh

    gate = threading.Event()
    real = virsh.managed_save

    def managed_save(dom):
        gate.wait(5)  # all of the guest's memory is written
        real(dom)
    monkeypatch.setattr(virsh, "managed_save", managed_save)
    yield gate
    gate.set()


def test_delete_and_a_second_save_wait_for_a_save_under_way(connected, window, qtbot, submitted,
                                                            slow_save):
    """While a Save of the VM ran, Delete (which forced the VM off across the save, so the
    save failed with libvirt's error) and Save again were offered."""
    from kvmgui.libvirt.records import DomainState
    from kvmgui.widgets.vmactions import ACTIONS_BY_KEY

    web01, build = select(window, "web01", "build")
    select(window, "web01")
    window.prefs.confirm.discard("save")
    window.vm_actions["save"].trigger()
    assert submitted.count(ACTIONS_BY_KEY["save"].run) == 1
    assert not window.delete_action.isEnabled()
    assert "saved" in window.delete_action.toolTip(), window.delete_action.toolTip()
    assert not window.vm_actions["save"].isEnabled()
    assert "saved" in window.vm_actions["save"].toolTip(), window.vm_actions["save"].toolTip()
    assert window.vm_actions["force_off"].isEnabled()  # the way to stop a save that hangs
    window.delete_selected()  # as for a key pressed just before
    window.run_vm_action(ACTIONS_BY_KEY["save"])
    assert window.open_dialogs == []
    assert submitted.count(ACTIONS_BY_KEY["save"].run) == 1
    select(window, "web01", "build")
    dialog = open_delete(window, qtbot)
    assert [r.uuid for r in dialog.records] == [build]
    dialog.reject()
    slow_save.set()
    qtbot.waitUntil(lambda: connected.domains.get(web01).state == DomainState.SHUTOFF, timeout=5000)
    select(window, "web01")
    qtbot.waitUntil(window.delete_action.isEnabled, timeout=5000)
    assert window.delete_action.toolTip() == "Delete"
    assert window.notifications.messages() == []


def test_a_save_begun_while_the_delete_was_asked_keeps_its_vm(connected, window, qtbot, submitted,
                                                              slow_save):
    from kvmgui.widgets.vmactions import ACTIONS_BY_KEY

    select(window, "web01")
    dialog = open_delete(window, qtbot)
    window.prefs.confirm.discard("save")
    window.run_vm_action(ACTIONS_BY_KEY["save"])  # from the menu, while the question is open
    click_delete(qtbot, dialog)
    assert actions.delete not in submitted
    told = window.notifications.messages()
    assert len(told) == 1 and "'web01'" in told[0] and "being saved" in told[0], told
    slow_save.set()
    qtbot.waitUntil(lambda: not window.vm_actions["save"].isEnabled()
                    and window.vm_actions["start"].isEnabled(), timeout=5000)
    assert "web01" in names(connected)


def test_also_used_by_follows_vms_renamed_defined_and_deleted_elsewhere(connected, window, qtbot):
    """Listed once, "also used by" kept the name of a VM renamed since, the VM deleted
    since, and said nothing of a VM defined since on the volume, which stayed ticked."""
    from PySide6.QtCore import Qt

    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=5000)
    select(window, "db01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    item = dialog.volume_list.item(0)
    assert item.text().endswith("also used by clone"), item.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("clone").rename("clone2", 0))
    qtbot.waitUntil(lambda: item.text().endswith("also used by clone2"), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("clone2").undefine())
    qtbot.waitUntil(lambda: "also used" not in item.text(), timeout=5000)
    assert item.checkState() == Qt.CheckState.Unchecked  # the user's to tick
    item.setCheckState(Qt.CheckState.Checked)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: item.text().endswith("also used by clone"), timeout=5000)
    assert item.checkState() == Qt.CheckState.Unchecked  # used now: not deleted unless ticked again
    assert dialog.plan() == {dialog.records[0].uuid: []}
    dialog.reject()


def test_asking_again_who_uses_the_volumes_says_when_it_fails(connected, window, qtbot, monkeypatch):
    from kvmgui.libvirt import diskusers

    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=5000)
    listed = dialog.status.text()
    real = diskusers.find_users

    def unknown(*_args, **_kwargs):
        raise diskusers.UsersUnknownError("clone", "cannot read it")
    monkeypatch.setattr(diskusers, "find_users", unknown)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: "reading clone failed: cannot read it" in dialog.status.text(),
                    timeout=5000)
    monkeypatch.setattr(diskusers, "find_users", real)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("clone").undefine())
    qtbot.waitUntil(lambda: dialog.status.text() == listed, timeout=5000)
    dialog.reject()
