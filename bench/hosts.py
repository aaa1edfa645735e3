"""Test-driver host XMLs with many domains, for the benchmark (built with lxml)."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from lxml import etree

TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"
RUNNING, SHUTOFF = 1, 5


def host_xml(count: int, running: int | None = None) -> bytes:
    """A test host with ``count`` domains; the first ``running`` run (default: half)."""
    running = count // 2 if running is None else running
    node = etree.Element("node")
    cpu = etree.SubElement(node, "cpu")
    for tag, text in (("nodes", "1"), ("sockets", "1"), ("cores", "8"), ("threads", "2"),
                      ("active", "16"), ("mhz", "2400"), ("model", "x86_64")):
        etree.SubElement(cpu, tag).text = text
    etree.SubElement(node, "memory").text = str(256 * 1024 * 1024)
    for i in range(count):
        dom = etree.SubElement(node, "domain", type="test", nsmap={"test": TEST_NS})
        etree.SubElement(dom, "name").text = f"vm{i:05d}"
        etree.SubElement(dom, "uuid").text = str(uuidlib.UUID(int=i + 1))
        etree.SubElement(dom, "memory", unit="MiB").text = "512"
        etree.SubElement(dom, "currentMemory", unit="MiB").text = "512"
        etree.SubElement(dom, "vcpu").text = "1"
        os_el = etree.SubElement(dom, "os")
        etree.SubElement(os_el, "type", arch="x86_64").text = "hvm"
        devices = etree.SubElement(dom, "devices")
        disk = etree.SubElement(devices, "disk", type="file", device="disk")
        etree.SubElement(disk, "source", file=f"/var/lib/libvirt/images/vm{i:05d}.qcow2")
        etree.SubElement(disk, "target", dev="vda", bus="virtio")
        nic = etree.SubElement(devices, "interface", type="network")
        etree.SubElement(nic, "mac", address=f"52:54:00:{i >> 16 & 255:02x}:{i >> 8 & 255:02x}:{i & 255:02x}")
        etree.SubElement(nic, "source", network="default")
        etree.SubElement(dom, f"{{{TEST_NS}}}runstate").text = str(RUNNING if i < running else SHUTOFF)
    return etree.tostring(node, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_host(directory: Path, count: int, running: int | None = None) -> str:
    """Write the host file and return its test:/// URI."""
    path = directory / f"host-{count}-{running if running is not None else 'half'}.xml"
    path.write_bytes(host_xml(count, running))
    return f"test://{path.resolve()}"
