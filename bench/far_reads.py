"""Reads of every VM or volume of a far host, over a slow link: how long they take.

``--check image``: who uses an image, the check that Add hardware, the disk page and the
New VM wizard make before they ask "Image in use", and the storage tab before it
deletes, wipes or lists who uses a volume (``diskusers.find_users``).
``--check network``: which VMs use a network, the check before a network is stopped or
deleted (``netops.network_users``).
``--check volumes``: the storage tab's listing of a pool of ``--volumes`` volumes, rows
then formats (``volumelist.list_volumes`` + ``volume_details``).
``--check details``: one VM's definition and state, as a details window reads it on
opening and after each change of the VM (``domainops.read_xml``).
``--check pending``: the restart-pending check of every running VM at connect
(``pending._pending_of_all``); ``--running`` of the VMs are started first.
``--check wizard``: what the New VM wizard reads of the host before it can check
anything (``newvm_facts.read_host_facts``), with ``--pools`` active dir pools of
``--volumes`` volumes each.
``--check host``: what the host's overview (and About) reads of it
(``hostinfo.host_info``).
``--check delete``: what the Delete dialog reads of ``--delete`` VMs chosen together,
each with two disks on pool volumes and a card with a fixed address on a network: their
storage (``actions.storage_for_delete``), then their fixed addresses
(``fixedaddr.fixed_addresses``).

Usage (as root: the far host is an isolated libvirtd, ``bench/slowhost.py``):

    .venv/bin/python bench/far_reads.py [--check image|network|volumes|wizard|details|pending|delete|host]
        [--vms 20] [--volumes 30] [--pools 2] [--running 10] [--delete 3] [--delay 300] [--runs 5]
        [--baseline DIR]

Per run, on one far host of ``--vms`` defined VMs behind ``--delay`` ms each way:
  kvmgui     the check, as this checkout has it
  baseline   the same from ``--baseline``'s checkout (another process: its own imports)
  raw        raw libvirt-python: the VMs' XML (or the volumes' ``info()``) read one by
             one, the least a check that reads them in turn costs; for ``wizard``, the
             same facts read one by one as a plain script would; for ``details``, a
             lookup and the XML (``virsh dumpxml``); for ``pending``, each running VM's
             definition and live XML one by one; for ``delete``, each chosen VM's
             lookup and XML, each disk's volume, the network's XML, then every VM's XML
             (who else uses those volumes and MACs), one by one; for ``host``, the
             same seven calls one by one
Prints median and worst (s) per side.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import libvirt

    from bench.slowhost import SlowHost

REPO = Path(__file__).resolve().parents[1]
PATH = "/var/lib/libvirt/images/asked-about.img"


def probe(uri: str, check: str = "image", pool: str = "") -> None:
    """Child: one timing of the check with the checkout first on the path; prints JSON."""
    import libvirt  # noqa: PLC0415

    from kvmgui.libvirt import diskusers, netops, volumelist  # noqa: PLC0415

    if check == "wizard":  # a module of its own only since this check came
        try:
            from kvmgui.libvirt.newvm_facts import read_host_facts  # noqa: PLC0415
        except ImportError:
            from kvmgui.libvirt.newvm import read_host_facts  # type: ignore[attr-defined,no-redef]  # noqa: PLC0415

    libvirt.registerErrorHandler(lambda _ctx, _err: None, None)  # "no such volume" is expected
    conn = libvirt.open(uri)
    try:
        start = time.monotonic()
        if check == "network":
            netops.network_users(conn, "default")
        elif check == "wizard":
            read_host_facts(conn)
        elif check == "details":
            from kvmgui.libvirt import domainops  # noqa: PLC0415

            uuid = conn.listAllDomains(0)[0].UUIDString()
            start = time.monotonic()  # (the window knows its VM: not timed)
            domainops.read_xml(conn, uuid)
        elif check == "pending":
            from kvmgui.libvirt import pending  # noqa: PLC0415

            running = [d.UUIDString() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE)]
            start = time.monotonic()  # (the listing is the model's, at connect: not timed)
            pending._pending_of_all(conn, running)
        elif check == "delete":
            from kvmgui.libvirt import actions, fixedaddr  # noqa: PLC0415

            uuids = [conn.lookupByName(name).UUIDString() for name in pool.split(",")]
            start = time.monotonic()  # (the dialog knows its VMs: not timed)
            storage = actions.storage_for_delete(conn, uuids)
            fixed = fixedaddr.fixed_addresses(conn, uuids)
            if sum(map(len, storage.values())) != 2 * len(uuids) or len(fixed) != len(uuids):
                raise SystemExit(f"read wrong: {storage} {fixed}")
        elif check == "host":
            from kvmgui.libvirt import hostinfo  # noqa: PLC0415

            hostinfo.host_info(conn)
        elif check == "volumes":
            rows = volumelist.list_volumes(conn, pool, "dir")
            volumelist.volume_details(conn, pool, [r.name for r in rows])
        else:
            diskusers.find_users(conn, [diskusers.VolumeRef(PATH)])
        took = time.monotonic() - start
        print(json.dumps({"s": took, "from": diskusers.__file__}))
    finally:
        conn.close()


def timed(checkout: Path, uri: str, check: str, pool: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(checkout)!r}); "
         f"from bench.far_reads import probe; probe({uri!r}, {check!r}, {pool!r})"],
        capture_output=True, text=True, check=True, cwd=checkout, timeout=600)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    if not got["from"].startswith(str(checkout)):  # the editable install's, not the checkout's
        raise SystemExit(f"{checkout}: kvmgui came from {got['from']}")
    return float(got["s"])


def raw_facts(conn: libvirt.virConnect) -> None:
    """The wizard's facts, one call after another."""
    import libvirt  # noqa: PLC0415

    conn.getCapabilities()
    conn.getInfo()
    for kind in ("kvm", "qemu"):
        with contextlib.suppress(libvirt.libvirtError):
            conn.getMaxVcpus(kind)
    with contextlib.suppress(libvirt.libvirtError):
        conn.getDomainCapabilities(None, None, None, "kvm", 0)
    for net in conn.listAllNetworks(0):
        net.isActive()
    conn.listAllDomains(0)
    for pool in conn.listAllStoragePools(0):
        pool.XMLDesc(0)
        if pool.isActive():
            pool.info()
            pool.listVolumes()


def raw(uri: str, pool: str, check: str) -> float:
    import libvirt  # noqa: PLC0415

    conn = libvirt.open(uri)
    try:
        start = time.monotonic()
        if check == "wizard":
            raw_facts(conn)
        elif check == "details":
            uuid = conn.listAllDomains(0)[0].UUIDString()
            start = time.monotonic()
            conn.lookupByUUIDString(uuid).XMLDesc(0)
        elif check == "pending":
            running = conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE)
            start = time.monotonic()
            for dom in running:
                dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
                dom.XMLDesc(0)
        elif check == "host":
            conn.getInfo()
            conn.getType()
            conn.getCapabilities()
            conn.getHostname()
            conn.getVersion()
            conn.getLibVersion()
            with contextlib.suppress(libvirt.libvirtError):
                conn.getDomainCapabilities(None, None, None, "kvm", 0)
        elif check == "delete":
            uuids = [conn.lookupByName(name).UUIDString() for name in pool.split(",")]
            start = time.monotonic()
            for uuid in uuids:
                for path in disk_paths(conn.lookupByUUIDString(uuid).XMLDesc(0)):
                    conn.storageVolLookupByPath(path)
            conn.networkLookupByName(NETWORK).XMLDesc(0)
            for dom in conn.listAllDomains(0):
                dom.XMLDesc(0)
        elif pool:
            for vol in conn.storagePoolLookupByUUIDString(pool).listAllVolumes(0):
                vol.info()
        else:
            for dom in conn.listAllDomains(0):
                dom.XMLDesc(0)
        return time.monotonic() - start
    finally:
        conn.close()


def make_pool(slow: SlowHost, name: str, volumes: int) -> str:
    """A started dir pool of ``volumes`` tiny volumes on the far host; its UUID."""
    target = slow.host.tmpdir / "pools" / name
    target.mkdir(parents=True)
    made = slow.far.storagePoolCreateXML(
        f"<pool type='dir'><name>{name}</name><target><path>{target}</path></target></pool>", 0)
    for i in range(volumes):
        made.createXML(f"<volume><name>v{i:03d}.img</name><capacity unit='KiB'>64</capacity>"
                       "<target><format type='raw'/></target></volume>", 0)
    return str(made.UUIDString())


NETWORK = "benchnet"


def disk_paths(xml: str) -> list[str]:
    from lxml import etree  # noqa: PLC0415

    return [str(p) for p in etree.fromstring(xml.encode()).xpath("devices/disk/source/@file")]


def make_deletable(slow: SlowHost, count: int) -> str:
    """The first ``count`` VMs given two disks each on volumes of a new pool, and a card
    on a defined network where its MAC has a fixed address; their names, comma-separated."""
    from lxml import etree  # noqa: PLC0415

    pool = slow.far.storagePoolLookupByUUIDString(make_pool(slow, "deletable", 2 * count))
    hosts = []
    for at, name in enumerate(slow.names[:count]):
        mac = f"52:54:00:be:00:{at:02x}"
        hosts.append(f"<host mac='{mac}' ip='192.168.150.{10 + at}'/>")
        dom = etree.fromstring(slow.far.lookupByName(name).XMLDesc(0).encode())
        devices = dom.find("devices")
        for disk in range(2):
            path = pool.storageVolLookupByName(f"v{2 * at + disk:03d}.img").path()
            devices.insert(0, etree.fromstring(
                f"<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                f"<source file='{path}'/><target dev='vd{'ab'[disk]}' bus='virtio'/></disk>"))
        devices.append(etree.fromstring(f"<interface type='network'><mac address='{mac}'/>"
                                        f"<source network='{NETWORK}'/></interface>"))
        slow.far.defineXML(etree.tostring(dom, encoding="unicode"))
    slow.far.networkDefineXML(
        f"<network><name>{NETWORK}</name><ip address='192.168.150.1' netmask='255.255.255.0'>"
        f"<dhcp><range start='192.168.150.100' end='192.168.150.200'/>{''.join(hosts)}</dhcp>"
        "</ip></network>")
    return ",".join(slow.names[:count])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vms", type=int, default=20)
    parser.add_argument("--delay", type=float, default=300.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--check", default="image", choices=(
        "image", "network", "volumes", "wizard", "details", "pending", "delete", "host"))
    parser.add_argument("--delete", type=int, default=3)
    parser.add_argument("--volumes", type=int, default=30)
    parser.add_argument("--pools", type=int, default=2)
    parser.add_argument("--running", type=int, default=10)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    import libvirt  # noqa: PLC0415

    from bench.slowhost import slow_host  # noqa: PLC0415

    sides: dict[str, list[float]] = {"kvmgui": [], "raw": []}
    if args.baseline:
        sides["baseline"] = []
    with slow_host(args.vms, args.delay) as slow:
        pool = ""
        if args.check in ("wizard", "host"):  # the daemon's first answers probe QEMU: 4.3 s
            slow.far.getCapabilities()
            with contextlib.suppress(libvirt.libvirtError):
                slow.far.getDomainCapabilities(None, None, None, "kvm", 0)
        if args.check == "pending":
            for name in slow.names[:args.running]:
                slow.far.lookupByName(name).create()
        if args.check in ("volumes", "wizard"):  # dir pools of tiny volumes, made over the fast link
            for at in range(args.pools if args.check == "wizard" else 1):
                pool = make_pool(slow, f"bench{at}", args.volumes)
        if args.check == "delete":  # (``pool`` carries the chosen VMs' names)
            pool = make_deletable(slow, args.delete)
        for run in range(args.runs):
            order = list(sides)
            order = order[run % len(order):] + order[:run % len(order)]  # each side first in turn
            for side in order:
                took = (raw(slow.uri, pool, args.check) if side == "raw" else
                        timed(REPO if side == "kvmgui" else args.baseline, slow.uri, args.check, pool))
                sides[side].append(took)
                print(f"run {run + 1} {side}: {took:.2f} s", flush=True)
    print(f"\n{args.check}: {args.vms} VMs behind {args.delay:.0f} ms, {args.runs} runs: "
          "median / worst (s)")
    for side, took in sides.items():
        print(f"  {side:9} {statistics.median(took):6.2f} / {max(took):6.2f}")


if __name__ == "__main__":
    main()
