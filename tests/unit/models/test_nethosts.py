"""The static hosts and DNS records tables of a network: one row per entry of its XML,
rows that stay keep their place."""

from kvmgui.models.nethosts import DhcpHostModel, DnsRecordModel
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost, DnsRecord, dhcp_hosts, dns_records

# Hand-written XML libvirt takes as it is: entries that share a MAC or an address.
DUPLICATES = NetworkDoc.from_string("""
<network>
  <name>dup</name>
  <forward mode='nat'/>
  <dns>
    <host ip='10.7.0.5'><hostname>a</hostname></host>
    <host ip='10.7.0.5'><hostname>b</hostname></host>
  </dns>
  <ip address='10.7.0.1' prefix='24'>
    <dhcp>
      <host mac='52:54:00:00:00:01' name='x' ip='10.7.0.10'/>
      <host mac='52:54:00:00:00:01' name='y' ip='10.7.0.11'/>
      <host name='p' ip='10.7.0.12'/>
      <host name='q' ip='10.7.0.12'/>
    </dhcp>
  </ip>
</network>""")


def rows(model):
    return [model.entry_at(r) for r in range(model.rowCount())]


def test_entries_that_share_a_key_are_a_row_each(qtmodeltester):
    hosts, records = DhcpHostModel(), DnsRecordModel()
    qtmodeltester.check(hosts)
    qtmodeltester.check(records)
    hosts.set_doc(DUPLICATES)
    records.set_doc(DUPLICATES)
    assert rows(hosts) == dhcp_hosts(DUPLICATES) and hosts.rowCount() == 4
    assert rows(records) == dns_records(DUPLICATES) and records.rowCount() == 2
    assert [records.index(r, 1).data() for r in range(2)] == ["a", "b"]
    hosts.set_doc(DUPLICATES)  # read again: nothing moves
    assert rows(hosts) == dhcp_hosts(DUPLICATES)
    hosts.set_entries([DhcpHost("52:54:00:00:00:01", "y", "10.7.0.11")])
    assert rows(hosts) == [DhcpHost("52:54:00:00:00:01", "y", "10.7.0.11")]
    records.set_entries([DnsRecord("10.7.0.5", ("b",))])
    assert rows(records) == [DnsRecord("10.7.0.5", ("b",))]
    hosts.set_doc(None)
    assert hosts.rowCount() == 0


def test_an_edited_entry_keeps_its_row(qtmodeltester, qtbot):
    model = DhcpHostModel()
    qtmodeltester.check(model)
    first = DhcpHost("52:54:00:00:00:01", "x", "10.7.0.10")
    other = DhcpHost("52:54:00:00:00:02", "z", "10.7.0.20")
    model.set_entries([first, other])
    with qtbot.waitSignal(model.dataChanged):
        model.set_entries([DhcpHost("52:54:00:00:00:01", "x", "10.7.0.11"), other])
    assert model.entry_at(0).ip == "10.7.0.11"
