"""Golden files for DomainDoc edits.

Each case reads tests/data/xml/domain-<case>-in.xml, applies one edit and compares the
result with domain-<case>-out.xml. The output must also pass libvirt's RelaxNG schema and
define on the test driver with the edit intact.

After an intended change of output, regenerate and review:

    KVMGUI_REGEN_GOLDEN=1 .venv/bin/pytest tests/unit/xml/test_domain_golden.py
    git diff tests/data/xml
"""

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import libvirt
import pytest

from kvmgui.xml.base import validate_rng
from kvmgui.xml.device_specs import NicSpec, build_interface
from kvmgui.xml.domain import DomainDoc

DATA = Path(__file__).parents[2] / "data" / "xml"
REGEN = os.environ.get("KVMGUI_REGEN_GOLDEN") == "1"
NEW_MAC = "52:54:00:12:34:56"


def add_nic(doc: DomainDoc) -> None:
    doc.add_device(build_interface(NicSpec(source="default", mac=NEW_MAC)))


def check_add_nic(doc: DomainDoc) -> None:
    nic = doc.find_device(f"interface:{NEW_MAC}")
    assert nic is not None
    assert nic.summary.english() == f"NIC {NEW_MAC} on network default (virtio)"


def remove_device(doc: DomainDoc) -> None:
    doc.remove_device("interface:52:54:00:1f:8a:03")
    doc.remove_device("serial:0")  # takes the console mirroring it along


def check_remove_device(doc: DomainDoc) -> None:
    keys = [d.key for d in doc.devices()]
    assert "interface:52:54:00:1f:8a:03" not in keys
    assert not {"serial:0", "console:0"} & set(keys)
    assert "interface:52:54:00:1f:8a:02" in keys


def edit_memory_vcpus(doc: DomainDoc) -> None:
    doc.max_memory_kib = 4 * 1024 * 1024
    doc.memory_kib = 3 * 1024 * 1024
    doc.max_vcpus = 6
    doc.vcpus = 4


def check_edit_memory_vcpus(doc: DomainDoc) -> None:
    assert (doc.memory_kib, doc.max_memory_kib) == (3 * 1024 * 1024, 4 * 1024 * 1024)
    assert (doc.vcpus, doc.max_vcpus) == (4, 6)
    topology = doc.node.find("cpu/topology")  # 2 sockets of 2 cores: the sockets stay
    assert (topology.get("sockets"), topology.get("cores")) == ("2", "3")


def title_description(doc: DomainDoc) -> None:
    doc.title = "Windows 11 (office)"
    doc.description = "Alice's office VM.\nDo not delete the snapshots."


def check_title_description(doc: DomainDoc) -> None:
    assert doc.title == "Windows 11 (office)"
    assert doc.description == "Alice's office VM.\nDo not delete the snapshots."


def eject_cdrom(doc: DomainDoc) -> None:
    doc.find_device("cdrom:sda").eject()


def check_eject_cdrom(doc: DomainDoc) -> None:
    cdrom = doc.find_device("cdrom:sda")
    assert cdrom.source is None
    assert cdrom.boot_order == 1


CASES: dict[str, tuple[Callable[[DomainDoc], None], Callable[[DomainDoc], None]]] = {
    "add-nic": (add_nic, check_add_nic),
    "remove-device": (remove_device, check_remove_device),
    "edit-memory-vcpus": (edit_memory_vcpus, check_edit_memory_vcpus),
    "title-description": (title_description, check_title_description),
    "eject-cdrom": (eject_cdrom, check_eject_cdrom),
}


def edited(case: str) -> str:
    doc = DomainDoc.from_string((DATA / f"domain-{case}-in.xml").read_text())
    CASES[case][0](doc)
    return doc.to_string()


@pytest.fixture
def conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


@pytest.mark.parametrize("case", CASES)
def test_edit_matches_golden_file(case):
    out = edited(case)
    golden = DATA / f"domain-{case}-out.xml"
    if REGEN:
        golden.write_text(out)
    assert out == golden.read_text()


@pytest.mark.parametrize("case", CASES)
def test_edit_validates_against_schema(case):
    assert validate_rng(edited(case), "domain") == []


@pytest.mark.parametrize("case", CASES)
def test_edit_defines_on_test_driver(case, conn):
    doc = DomainDoc.from_string(edited(case))
    # A name and UUID of its own, so that other tests on the shared test driver don't clash.
    doc.name, doc.uuid = f"golden-{case}-{uuid.uuid4().hex[:8]}", None
    dom = conn.defineXML(doc.to_string())
    try:
        CASES[case][1](DomainDoc.from_string(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))
    finally:
        dom.undefine()
