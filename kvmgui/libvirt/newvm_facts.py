"""What the New VM wizard knows of a host, read when it opens and again after a
reconnect: capabilities, memory and CPUs, vCPU limits, KVM or plain QEMU, the names,
pools and networks a new VM must fit among (:func:`read_host_facts`), and what the
emulator offers for one arch, machine and type (:func:`read_domain_caps`). Each runs in
a worker through ``Connection.run``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import libvirt

from kvmgui.libvirt import fanout, volops
from kvmgui.utils.uris import is_remote_uri
from kvmgui.xml.base import parse_xml
from kvmgui.xml.capabilities import HostCaps, parse_capabilities
from kvmgui.xml.domcaps import DomainCaps, parse_domain_capabilities
from kvmgui.xml.newvm_checks import PathState, local_path_state
from kvmgui.xml.newvm_spec import DomainType, NewVmSpec
from kvmgui.xml.newvm_validate import NewVmContext, PoolInfo


@dataclass(frozen=True)
class HostFacts:
    """What the wizard needs to know of a host, read once when it opens."""

    uri: str
    local: bool  # paths can be checked (and browsed) on this machine
    caps: HostCaps
    memory_mib: int
    cpus: int
    max_vcpus: dict[str, int]  # domain type → getMaxVcpus
    kvm: bool  # False: guests run emulated (TCG), 10–50× slower
    existing_names: frozenset[str]
    pools: dict[str, PoolInfo]
    networks: dict[str, bool]  # virtual network → active

    @property
    def default_domain_type(self) -> DomainType:
        return DomainType.KVM if self.kvm else DomainType.QEMU

    def context(self, spec: NewVmSpec, domcaps: DomainCaps | None = None) -> NewVmContext:
        """The validation context for ``spec``. With a local host it checks paths on
        disk, so validate in a worker (a stat on a network mount may hang)."""
        check: Callable[[str], PathState] | None = local_path_state if self.local else None
        return NewVmContext(
            existing_names=self.existing_names,
            host_memory_mib=self.memory_mib,
            host_cpus=self.cpus,
            max_vcpus=self.max_vcpus.get(spec.domain_type.value),
            caps=self.caps,
            domcaps=domcaps,
            pools=self.pools,
            networks=self.networks,
            check_path=check,
        )


def _no_support(exc: libvirt.libvirtError) -> bool:
    return exc.get_error_code() in (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED)


def kvm_usable(conn: libvirt.virConnect, caps: HostCaps) -> bool:
    """Whether the daemon can use KVM for the host's own architecture: its capabilities
    list a kvm domain type only when /dev/kvm is usable, and the domain capabilities
    for kvm answer only then (the test driver answers neither: caps decide)."""
    if "kvm" not in caps.domain_types(caps.host_arch):
        return False
    try:
        conn.getDomainCapabilities(None, caps.host_arch, None, "kvm", 0)
    except libvirt.libvirtError as exc:
        return _no_support(exc)
    return True


def read_pools(conn: libvirt.virConnect) -> dict[str, PoolInfo]:
    """The host's storage pools as the wizard checks them. Blocking: run in a worker."""
    pools = conn.listAllStoragePools(0)
    return _pool_infos(pools, fanout.outcomes(_pool_calls(pools), fanout.width_for(conn)))


def _pool_calls(pools: list[libvirt.virStoragePool]) -> list[Callable[[], Any]]:
    """A pool's four reads, independent of each other (an inactive pool's volumes fail
    and are not looked at), so that a far host answers them all in one round trip."""
    return [call for pool in pools
            for call in (pool.isActive, partial(pool.XMLDesc, 0), pool.info,
                         partial(volops.names_in, pool))]


def _pool_infos(pools: list[libvirt.virStoragePool], results: list[Any]) -> dict[str, PoolInfo]:
    infos = {}
    for at, pool in enumerate(pools):
        got = results[4 * at:4 * at + 4]
        active, xml, info, volumes = got
        running = active and not isinstance(active, fanout.Failure)
        needed = got if running else got[:2]  # (a stopped pool's info may fail, its volumes do)
        if any(fanout.refusal(r) is not None for r in needed):
            continue  # vanished (or stopped) meanwhile
        infos[pool.name()] = PoolInfo(pool.name(), parse_xml(xml).get("type", ""), bool(active),
                                      info[3] if active else None,
                                      volumes if active else frozenset())
    return infos


def _max_vcpus(conn: libvirt.virConnect, kind: str) -> int | None:
    try:
        return int(conn.getMaxVcpus(kind))
    except libvirt.libvirtError:
        return None  # no such domain type here


def read_host_facts(conn: libvirt.virConnect) -> HostFacts:
    """Blocking: run in a worker. A far host's calls go side by side, in two waves (what
    the first lists, the second reads): one by one, a host behind a 300 ms link took
    5.4 s and more, a round trip per call (docs/performance.md, "The New VM wizard on a
    far host"). This machine's libvirt is read one by one (``fanout.width_for``)."""
    width = fanout.width_for(conn)
    first = fanout.gather([
        conn.getCapabilities, conn.getInfo, partial(_max_vcpus, conn, "kvm"),
        partial(_max_vcpus, conn, "qemu"), partial(conn.listAllNetworks, 0),
        partial(conn.listAllNetworks, libvirt.VIR_CONNECT_LIST_NETWORKS_ACTIVE),
        partial(conn.listAllDomains, 0), partial(conn.listAllStoragePools, 0)], width)
    caps_xml, (_arch, memory_mib, cpus, *_rest), kvm_vcpus, qemu_vcpus, networks, active, \
        domains, pools = first
    caps = parse_capabilities(caps_xml)
    second = fanout.outcomes([partial(kvm_usable, conn, caps), *_pool_calls(pools)], width)
    if isinstance(second[0], fanout.Failure):
        raise second[0].error
    running = {net.name() for net in active}
    uri = conn.getURI()
    return HostFacts(
        uri=uri,
        local=not is_remote_uri(uri),
        caps=caps,
        memory_mib=memory_mib,
        cpus=cpus,
        max_vcpus={kind: count for kind, count in (("kvm", kvm_vcpus), ("qemu", qemu_vcpus))
                   if count is not None},
        kvm=second[0],
        existing_names=frozenset(dom.name() for dom in domains),
        pools=_pool_infos(pools, second[1:]),
        networks={net.name(): net.name() in running for net in networks},
    )


def read_domain_caps(
    conn: libvirt.virConnect, arch: str, machine: str, domain_type: str, emulator: str = ""
) -> DomainCaps | None:
    """The domain capabilities, or None where the driver has none (test driver, Xen…).
    Other libvirt errors (an unknown machine type, say) are raised."""
    try:
        xml = conn.getDomainCapabilities(emulator or None, arch, machine or None, domain_type, 0)
    except libvirt.libvirtError as exc:
        if _no_support(exc):
            return None
        raise
    return parse_domain_capabilities(xml)
