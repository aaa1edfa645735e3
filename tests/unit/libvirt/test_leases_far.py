"""The network map's leases, read of a far host: side by side, and the same as one by one.
A network's lookup and leases are two round trips (1.2 s behind a 300 ms link)."""

import libvirt
import pytest

from kvmgui.libvirt import fanout, netops, nicmap
from tests.helpers import FakeError, run_in_worker, together, uuid_of


def test_a_far_hosts_networks_have_their_leases_read_side_by_side(connected, qtbot, monkeypatch):
    """The test driver has no leases: each network's refusal is its own, far as near. The
    two networks' reads go on only once both are in flight."""
    nets = [uuid_of(connected.networks, name) for name in ("default", "net10")]
    near = run_in_worker(qtbot, connected, nicmap.all_leases, nets)
    assert near.leases == {} and sorted(near.errors) == sorted(nets)
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virNetwork, "DHCPLeases", parties=2)
    assert run_in_worker(qtbot, connected, nicmap.all_leases, nets) == near


@pytest.mark.parametrize("remote", [False, True])
def test_a_link_lost_on_one_network_fails_the_whole_reading(remote, connected, qtbot,
                                                            monkeypatch):
    """Not that network's refusal: the map keeps what it showed (test_netmap)."""
    nets = [uuid_of(connected.networks, name) for name in ("default", "net10")]
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: remote)

    def read(_conn, uuid):
        if uuid == nets[1]:
            raise FakeError("Cannot recv data: Connection reset by peer",
                            libvirt.VIR_ERR_SYSTEM_ERROR, libvirt.VIR_FROM_RPC)
        return []

    monkeypatch.setattr(netops, "dhcp_leases", read)
    future = connected.run(nicmap.all_leases, nets)
    qtbot.waitUntil(future.done, timeout=5000)
    assert "Connection reset by peer" in str(future.exception())
