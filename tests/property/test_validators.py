"""The spec validators fed generated input, with libvirt as the judge.

For every generated input: no exception, every problem names a known field and says
something, and whatever the validators let through is taken by libvirt (the test
driver parses and checks network and domain XML as the real daemons do) and by its
RelaxNG schema.  So every input libvirt refuses got a message first.  No libvirt call
is made by the validators themselves (kvmgui/xml imports no libvirt; the GUI-thread
guard of tests/conftest.py would report one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import libvirt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from kvmgui.xml.base import to_xml, validate_rng
from kvmgui.xml.device_specs import (
    DiskSpec,
    NicSpec,
    build_disk,
    build_interface,
    validate_disk_bus,
    validate_disk_path,
    validate_disk_target,
    validate_mac,
    validate_mac_unique,
)
from kvmgui.xml.network import network_xml
from kvmgui.xml.network_validate import validate_spec
from kvmgui.xml.newvm_build import disk_volume_xml, domain_xml, seed_volume_xml
from kvmgui.xml.newvm_spec import StorageKind
from kvmgui.xml.newvm_validate import NewVmContext, errors, validate_new_vm
from kvmgui.xml.words import Words
from tests.property.strategies import JUNK, MACS, network_specs, newvm_specs, padded
from tests.property.support import budget

FIELD_KEYS = re.compile(
    r"name|forward_dev|nat_ports|bridge\.(name|delay)|mtu|mac|ipv[46]"
    r"|ipv[46]\.(address|prefix|dhcp)|ipv4\.dhcp\[\d+\]|ipv4\.hosts\[\d+\]\.(mac|name|ip)"
    r"|dns\.domain|dns\.hosts\[\d+\]\.(ip|hostnames)")


@pytest.fixture(scope="module")
def judge(tmp_path_factory) -> Iterator[libvirt.virConnect]:
    """A private, empty test-driver host: libvirt's parser and checks, nothing shared."""
    path = tmp_path_factory.mktemp("judge") / "host.xml"
    path.write_text("<node/>")
    conn = libvirt.open(f"test://{path}")
    yield conn
    conn.close()


def says_something(problem: object) -> bool:
    """A problem from kvmgui/xml is Words (no display text below the GUI) with a sentence."""
    return isinstance(problem, Words) and bool(problem.context) and bool(problem.english().strip())


def refused(call) -> str | None:
    try:
        obj = call()
    except libvirt.libvirtError as exc:
        return exc.get_error_message()
    obj.undefine()
    return None


# --------------------------------------------------------------------------- networks


def test_network_specs_libvirt_refuses_always_get_a_message(judge):
    seen: Counter[str] = Counter()

    @settings(max_examples=budget(600))
    @given(spec=network_specs)
    def check(spec):
        problems = validate_spec(spec)
        for p in problems:
            assert FIELD_KEYS.fullmatch(p.field), p
            assert says_something(p.message), p
        if problems:
            seen["refused"] += 1
            return
        seen["passed"] += 1
        xml = network_xml(spec)
        assert validate_rng(xml, "network") == [], xml
        why = refused(lambda: judge.networkDefineXML(xml))
        assert why is None, f"validate_spec passed, libvirt refused: {why}\n{spec}\n{xml}"

    check()
    print(f"network specs: {dict(seen)}")
    # Both sides were reached: the judge was really asked, and bad input really made.
    assert seen["passed"] >= budget(600) // 20 and seen["refused"] >= budget(600) // 4, seen


# --------------------------------------------------------------------------- devices


def _domain_with(judge: libvirt.virConnect, device: etree._Element) -> str | None:
    dom = etree.fromstring("<domain type='test'><name>judge-vm</name><memory>65536</memory>"
                           "<os><type>hvm</type></os><devices/></domain>")
    dom.find("devices").append(device)
    xml = to_xml(dom)
    problems = validate_rng(xml, "domain")
    if problems:
        return f"schema: {problems}"
    return refused(lambda: judge.defineXML(xml))


def test_mac_addresses_libvirt_refuses_always_get_a_message(judge):
    seen: Counter[str] = Counter()

    @settings(max_examples=budget(300))
    @given(mac=st.one_of(MACS, padded(MACS), JUNK), taken=st.lists(MACS, max_size=3))
    def check(mac, taken):
        problem = validate_mac(mac)
        assert problem is None or says_something(problem), problem
        unique = validate_mac_unique(mac, taken)
        assert (unique is None) == (mac.lower() not in {t.lower() for t in taken})
        if problem:
            seen["refused"] += 1
            return
        seen["passed"] += 1
        nic = build_interface(NicSpec(mac=mac))
        assert nic.find("mac").get("address") == mac.lower()
        why = _domain_with(judge, nic)
        assert why is None, f"validate_mac passed {mac!r}, libvirt refused: {why}"

    check()
    print(f"MACs: {dict(seen)}")
    assert seen["passed"] >= 10 and seen["refused"] >= 10, seen


PATHS = st.one_of(st.text(max_size=30).map(lambda t: "/" + t),
                  st.from_regex(r"/[a-z0-9/._-]{1,30}", fullmatch=True), JUNK)
DEVICES = st.sampled_from(["disk", "cdrom"])
BUSES = st.one_of(st.sampled_from(["virtio", "sata", "scsi", "usb", "ide"]), JUNK)


def test_disk_choices_libvirt_refuses_always_get_a_message(judge):
    """Bus and image path as the Add-hardware form checks them (an absolute path; on a
    remote host its existence cannot be checked, so ``exists`` says yes)."""
    seen: Counter[str] = Counter()

    @settings(max_examples=budget(300))
    @given(path=PATHS, device=DEVICES, bus=BUSES, taken=st.lists(st.sampled_from(["vda", "sda", "hdc"])))
    def check(path, device, bus, taken):
        problem = validate_disk_bus(device, bus) or validate_disk_path(path, exists=lambda _p: True)
        assert problem is None or says_something(problem), problem
        assert validate_disk_path(path, exists=lambda _p: False) is not None  # never silent
        if problem or not path.startswith("/") or bus not in ("virtio", "sata", "scsi", "usb", "ide"):
            seen["refused"] += 1
            return
        seen["passed"] += 1
        disk = build_disk(DiskSpec(path=path, device=device, bus=bus), taken)
        assert validate_disk_target(disk.find("target").get("dev"), taken) is None
        why = _domain_with(judge, disk)
        assert why is None, f"validators passed {path!r} ({device}, {bus}), libvirt refused: {why}"

    check()
    print(f"disks: {dict(seen)}")
    assert seen["passed"] >= 10, seen


# --------------------------------------------------------------------------- new VMs


def test_new_vm_specs_libvirt_refuses_always_get_a_message(judge):
    """What the New VM wizard's fields may hold (a path or volume name pasted with a control
    character, a relative path on a remote host, where paths are not looked at): whatever
    the validator lets through is written as XML and taken by libvirt's schema and parser."""
    seen: Counter[str] = Counter()

    @settings(max_examples=budget(600))
    @given(spec=newvm_specs)
    def check(spec):
        problems = validate_new_vm(spec, NewVmContext())  # a remote host: no paths looked at
        for p in problems:
            assert says_something(p.words), p
        if errors(problems):
            seen["refused"] += 1
            return
        seen["passed"] += 1
        xml = domain_xml(spec)
        assert validate_rng(xml, "domain") == [], f"{spec}\n{xml}"
        why = refused(lambda: judge.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE))
        assert why is None, f"validate_new_vm passed, libvirt refused: {why}\n{spec}\n{xml}"
        if spec.storage.kind is StorageKind.NEW_VOLUME:
            assert validate_rng(disk_volume_xml(spec), "storagevol") == [], spec
        if spec.uses_cloud_init:
            assert validate_rng(seed_volume_xml(spec, 2048), "storagevol") == [], spec

    check()
    print(f"new VM specs: {dict(seen)}")
    assert seen["passed"] >= budget(600) // 20 and seen["refused"] >= budget(600) // 4, seen
