"""Records read in bulk match those read one by one (the test driver)."""

from kvmgui.libvirt import fetch
from tests.helpers import DEMO_VMS, run_in_worker


def _undefine_autostarting_running(c, uuid):
    dom = c.lookupByUUIDString(uuid)
    dom.setAutostart(1)
    dom.undefine()  # still running: now transient
    return dom


def test_a_vm_undefined_while_running_is_transient_without_autostart(connected, qtbot):
    uuid = DEMO_VMS["web01"]
    run_in_worker(qtbot, connected, _undefine_autostarting_running, uuid)

    def read(c):
        dom = c.lookupByUUIDString(uuid)
        bulk, _rest = fetch.some_domains(c, [dom])
        listed, _handles = fetch.all_domains(c)
        return bulk, [r for r in listed if r.uuid == uuid], fetch.domain_record(dom)

    bulk, listed, single = run_in_worker(qtbot, connected, read)
    for record in (*bulk, *listed, single):
        assert (record.persistent, record.autostart) == (False, False), record
