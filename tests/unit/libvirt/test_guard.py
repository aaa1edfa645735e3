"""The guard in conftest must catch kvmgui code calling libvirt on the GUI thread."""

import libvirt

from kvmgui.libvirt import fetch
from tests import conftest


def test_guard_catches_a_gui_thread_call(test_host):
    conn = libvirt.open(test_host)  # test code may; kvmgui code may not
    try:
        fetch.all_networks(conn)  # kvmgui code, on the GUI thread: a violation
        assert "virConnect.listAllNetworks" in conftest.GUI_THREAD_CALLS
    finally:
        conftest.GUI_THREAD_CALLS.clear()
        conn.close()
