"""Records read in bulk match those read one by one (the test driver)."""

from kvmgui.libvirt import fetch
from tests.helpers import DEMO_VMS, FakeError, run_in_worker


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


class _NoHostname:
    def getHostname(self):
        raise FakeError("access denied")


def test_a_host_name_libvirt_will_not_say_is_the_uris_host_as_dialled():
    """getHostname refused (an ACL): the URI's host stands in. urlsplit raised ValueError
    for [127.0.0.1] (which libvirt dials), and the whole listing, so the open, failed with
    Python's 'An IPv4 address cannot be in brackets'."""
    assert fetch._hostname(_NoHostname(), "qemu+tcp://[127.0.0.1]:16509/system") == "127.0.0.1"
    assert fetch._hostname(_NoHostname(), "qemu+ssh://alice:pa?ss@far/system") == "far"
