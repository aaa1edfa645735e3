"""Fixtures of the new-VM wizard tests.

The test driver simulates VMs but has no QEMU capabilities (its guests are of type
"test"); ``qemu_host`` gives the wizard the host and domain capabilities of a real
libvirt 9.0 / QEMU 7.2 KVM host (tests/data/caps) instead, so the platform, firmware
and CPU checks run as on a real host, while every VM is still defined on the test driver.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kvmgui.libvirt import machinecaps, newvm_facts
from kvmgui.wizards.newvm import state as state_module
from kvmgui.xml.capabilities import parse_capabilities
from kvmgui.xml.domcaps import parse_domain_capabilities

CAPS = Path(__file__).resolve().parents[3] / "data" / "caps"


@pytest.fixture
def qemu_host(monkeypatch):
    """The wizard sees a real KVM host's capabilities (the VMs still land on the test driver)."""
    caps = parse_capabilities((CAPS / "qemu-7.2-x86_64-caps.xml").read_text())
    real = newvm_facts.read_host_facts

    def facts(conn):
        return replace(real(conn), caps=caps, kvm=True)

    monkeypatch.setattr(state_module, "read_host_facts", facts)
    answer_with(monkeypatch, qemu_domcaps)
    return caps


def qemu_domcaps(conn, arch, machine, domain_type, emulator=""):
    """The domain capabilities of the ``qemu_host`` fixture's QEMU for a machine."""
    name = {("x86_64", "q35"): "x86_64-q35", ("x86_64", "pc"): "x86_64-pc",
            ("i686", "pc"): "i686-pc"}.get((arch, machine), "x86_64-q35")
    kind = "kvm" if domain_type == "kvm" else "qemu"
    path = CAPS / f"qemu-7.2-domcaps-{name}-{kind}.xml"
    if not path.exists():
        path = CAPS / f"qemu-7.2-domcaps-{name}-{'qemu' if kind == 'kvm' else 'kvm'}.xml"
    return parse_domain_capabilities(path.read_text())


def answer_with(monkeypatch, read):
    """The host's shared domain capabilities (machinecaps) read by ``read(conn, arch,
    machine, domain type, emulator)``."""
    monkeypatch.setattr(machinecaps, "read_machine_caps",
                        lambda conn, m: read(conn, m[1], m[2], m[3], m[0]))



@pytest.fixture(autouse=True)
def generic_osdb(request, monkeypatch):
    """The OS database as without libosinfo (the generic profiles), at once; tests marked
    ``real_osdb`` load the real one (once per process, as the app does)."""
    from kvmgui.osinfo.database import OsDatabase

    if "real_osdb" in request.fixturenames:
        return None
    db = OsDatabase()
    monkeypatch.setattr(state_module, "_osdb", db)
    return db


@pytest.fixture
def real_osdb(monkeypatch):
    from kvmgui.osinfo import database

    if database._libosinfo() is None:
        pytest.skip("libosinfo (PyGObject, gir1.2-libosinfo-1.0) is not installed")
    loaded = state_module._osdb
    if loaded is not None and not loaded.available:  # a generic one from another test
        monkeypatch.setattr(state_module, "_osdb", None)
        monkeypatch.setattr(state_module, "_osdb_loading", None)
