"""The network builder: golden files (tests/data/xml/network-<case>-out.xml, see
golden.py to regenerate), libvirt's schema and libvirt's own parser."""

from __future__ import annotations

import libvirt
import pytest

from kvmgui.xml.base import SCHEMA_DIR, validate_rng
from kvmgui.xml.network import NetworkDoc, network_xml
from kvmgui.xml.network_validate import validate_spec
from tests.unit.xml.golden import check_golden
from tests.unit.xml.network_cases import CASES

needs_schemas = pytest.mark.skipif(not SCHEMA_DIR.is_dir(), reason="libvirt schemas not installed")


def modelled(doc: NetworkDoc) -> dict:
    """Every value NetworkDoc models, except the uuid libvirt adds."""
    ips = [
        {
            "family": ip.family,
            "interface": ip.interface,
            "ranges": [(r.start, r.end) for r in ip.dhcp_ranges],
            "hosts": [(h.mac, h.id, h.name, h.ip) for h in ip.dhcp_hosts],
        }
        for ip in doc.ips
    ]
    names = ["name", "bridge_name", "stp", "delay", "mtu", "mac", "forward_mode", "forward_dev",
             "forward_managed", "nat_port_start", "nat_port_end", "nat_ipv6", "pf_dev",
             "domain_name", "domain_local_only", "summary"]
    values = {name: getattr(doc, name) for name in names}
    return values | {"ips": ips, "dns": [(h.ip, h.hostnames) for h in doc.dns_hosts]}


@pytest.fixture(scope="module")
def test_conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case):
    check_golden(f"network-{case}-out.xml", network_xml(CASES[case]()))


@pytest.mark.parametrize("case", sorted(CASES))
def test_case_specs_are_valid(case):
    assert validate_spec(CASES[case]()) == []


@needs_schemas
@pytest.mark.parametrize("case", sorted(CASES))
def test_matches_libvirt_schema(case):
    assert validate_rng(network_xml(CASES[case]()), "network") == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_defines_on_test_driver(case, test_conn):
    xml = network_xml(CASES[case]())
    net = test_conn.networkDefineXMLFlags(xml, libvirt.VIR_NETWORK_DEFINE_VALIDATE)
    try:
        back = NetworkDoc.from_string(test_conn.networkLookupByName(net.name()).XMLDesc())
        assert modelled(back) == modelled(NetworkDoc.from_string(xml))
    finally:
        net.undefine()
