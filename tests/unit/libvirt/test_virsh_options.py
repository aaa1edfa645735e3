"""Each flags value of a changing call becomes the virsh options that make virsh pass the
same flags (virsh 9.0, checked with ``LIBVIRT_LOG_FILTERS=1:libvirt`` on test:///default:
the call and the flags virsh makes for each line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libvirt
import pytest

from kvmgui.libvirt import virsh
from kvmgui.libvirt.commands import recording

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
CONFIG = libvirt.VIR_DOMAIN_AFFECT_CONFIG
FORCE = libvirt.VIR_DOMAIN_DEVICE_MODIFY_FORCE
TITLE = libvirt.VIR_DOMAIN_METADATA_TITLE


class Dom:
    """A VM that notes the flags of each call it gets."""

    def __init__(self) -> None:
        self.flags: list[int] = []

    def name(self) -> str:
        return "web01"

    def __getattr__(self, method: str) -> Callable[..., None]:
        return lambda *args: self.flags.append(args[-1])


def _attach(dom: Any, flags: int) -> None:
    virsh.attach_device(dom, "<interface/>", flags)


def _detach(dom: Any, flags: int) -> None:
    virsh.detach_device(dom, "<interface/>", flags)


def _update(dom: Any, flags: int) -> None:
    virsh.update_device(dom, "<interface/>", flags)


def _vcpus(dom: Any, flags: int) -> None:
    virsh.set_vcpus(dom, 2, flags)


def _memory(dom: Any, flags: int) -> None:
    virsh.set_memory(dom, 1048576, flags)


def _title(dom: Any, flags: int) -> None:
    virsh.set_metadata(dom, TITLE, "Web", flags)


# virsh attach-device, detach-device, setvcpus and setmem without --live, --config or
# --current call the old API without flags (virDomainAttachDevice, virDomainSetVcpus,
# setmem's flags 0x1), which QEMU reads as --live: flags 0 is --current there.
# update-device and desc pass flags 0 for none of them.
AFFECT = {0: ("--current",), LIVE: ("--live",), CONFIG: ("--config",),
          LIVE | CONFIG: ("--live", "--config")}
NO_OPTION_IS_CURRENT = {0: (), LIVE: ("--live",), CONFIG: ("--config",),
                        LIVE | CONFIG: ("--live", "--config")}
CASES = [(fn, flags, options)
         for fn, table in ((_attach, AFFECT), (_detach, AFFECT), (_vcpus, AFFECT),
                           (_memory, AFFECT), (_update, NO_OPTION_IS_CURRENT),
                           (_title, NO_OPTION_IS_CURRENT))
         for flags, options in table.items()]
CASES += [(_update, flags | FORCE, (*options, "--force"))
          for flags, options in NO_OPTION_IS_CURRENT.items()]


@pytest.mark.parametrize(("fn", "flags", "expected"), CASES,
                         ids=[f"{fn.__name__[1:]}-{flags:#x}" for fn, flags, _ in CASES])
def test_each_flags_value_has_the_options_virsh_reads_as_it(fn, flags, expected):
    dom = Dom()
    with recording("test:///default") as journal:
        fn(dom, flags)
    args = journal.commands[0].args
    assert tuple(a for a in args if a in ("--live", "--config", "--current", "--force")) == expected
    assert dom.flags == [flags]  # the call itself gets the flags the line stands for


@pytest.mark.parametrize("fn", [_attach, _detach])
def test_force_is_refused_where_virsh_has_no_force(fn):
    """virsh 9.0: "command 'attach-device' doesn't support option --force" (and detach-device):
    only update-device has it, so such a call is not made, as for any flag without a word."""
    dom = Dom()
    with recording("test:///default") as journal, pytest.raises(virsh.NoVirshWordError):
        fn(dom, LIVE | FORCE)
    assert dom.flags == [] and journal.issued == []


class Pool:
    """A pool that notes the flags of each volume it is asked to make."""

    def __init__(self) -> None:
        self.flags: list[int] = []

    def name(self) -> str:
        return "default"

    def createXML(self, _xml: str, flags: int) -> None:
        self.flags.append(flags)

    def createXMLFrom(self, _xml: str, _source: object, flags: int) -> None:
        self.flags.append(flags)


VOLUME = "<volume><name>disk.qcow2</name><capacity>1073741824</capacity>" \
         "<target><format type='qcow2'/></target></volume>"
RAW = "<volume><name>disk.img</name><capacity>1073741824</capacity>" \
      "<target><format type='raw'/></target><uuid>x</uuid></volume>"


@pytest.mark.parametrize("xml", [VOLUME, RAW], ids=["vol-create-as", "vol-create"])
def test_reflink_is_refused_where_virsh_has_no_reflink(xml):
    """virsh 9.0 has --reflink for vol-create-from only, not for vol-create nor
    vol-create-as (storageVolCreateXML refuses the flag too)."""
    pool = Pool()
    with recording("test:///default") as journal, pytest.raises(virsh.NoVirshWordError):
        virsh.vol_create(pool, xml, "disk", libvirt.VIR_STORAGE_VOL_CREATE_REFLINK)
    assert pool.flags == [] and journal.issued == []


@pytest.mark.parametrize("xml", [VOLUME, RAW], ids=["vol-create-as", "vol-create"])
def test_prealloc_metadata_is_an_option_of_both_creates(xml):
    pool = Pool()
    with recording("test:///default") as journal:
        virsh.vol_create(pool, xml, "disk", libvirt.VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA)
    assert journal.commands[0].args[-1] == "--prealloc-metadata"
    assert pool.flags == [libvirt.VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA]


def test_reflink_stays_an_option_of_vol_create_from():
    class Source:
        def name(self) -> str:
            return "base.qcow2"

    pool = Pool()
    with recording("test:///default") as journal:
        virsh.vol_create_from(pool, VOLUME, "disk", pool, Source(), libvirt.VIR_STORAGE_VOL_CREATE_REFLINK)
    assert journal.commands[0].args[-1] == "--reflink"
    assert pool.flags == [libvirt.VIR_STORAGE_VOL_CREATE_REFLINK]
