"""Blocking readers that turn libvirt objects into records. Run only in workers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import libvirt

from kvmgui.libvirt import fanout
from kvmgui.libvirt.records import DomainRecord, DomainState, NetworkRecord, PoolRecord
from kvmgui.utils.uris import uri_host
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.network import NetworkDoc, NetworkSummary
from kvmgui.xml.network_validate import HostNetwork
from kvmgui.xml.pool import PoolDoc

NO_SUCH = {
    libvirt.VIR_ERR_NO_DOMAIN,
    libvirt.VIR_ERR_NO_NETWORK,
    libvirt.VIR_ERR_NO_STORAGE_POOL,
    libvirt.VIR_ERR_NO_STORAGE_VOL,
}


def is_gone(exc: BaseException) -> bool:
    """True for the error libvirt gives when an object vanished (a normal race)."""
    return isinstance(exc, libvirt.libvirtError) and exc.get_error_code() in NO_SUCH


def _domain_reads(dom: libvirt.virDomain) -> list[Callable[[], object]]:
    return [dom.state, dom.info, dom.isPersistent, dom.autostart]


def _domain_from_reads(dom: libvirt.virDomain, values: list[Any]) -> DomainRecord | None:
    if _gone_or_raise(values, optional=frozenset({3})):
        return None
    (state, reason), (_, max_mem, mem, vcpus, _), persistent, autostart = values
    persistent = bool(persistent)
    return DomainRecord(
        uuid=dom.UUIDString(),
        name=dom.name(),
        state=DomainState(state),
        reason=reason,
        id=dom.ID(),
        persistent=persistent,
        autostart=persistent and not isinstance(autostart, fanout.Failure) and bool(autostart),
        vcpus=vcpus,
        max_memory_kib=max_mem,
        memory_kib=mem,
    )


def domain_record(dom: libvirt.virDomain) -> DomainRecord | None:
    """One domain read again (its four reads at once); None if it vanished."""
    return _domain_from_reads(dom, fanout.outcomes(_domain_reads(dom)))


def domain_records(doms: list[libvirt.virDomain]) -> list[DomainRecord | None]:
    """Several domains read at once: every read of every one side by side."""
    return _each(doms, _domain_reads, _domain_from_reads)


def _gone_or_raise(values: list[Any], optional: frozenset[int] = frozenset()) -> bool:
    """True when a read found the object gone; raises any other failure (but those of
    the reads at ``optional`` positions, which the caller replaces)."""
    for i, value in enumerate(values):
        if isinstance(value, fanout.Failure):
            if is_gone(value.error):
                return True
            if i not in optional:
                raise value.error
    return False


Obj = TypeVar("Obj")
Rec = TypeVar("Rec")
_STATES = {int(s): s for s in DomainState}
LIST_WANTED = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_BALLOON
               | libvirt.VIR_DOMAIN_STATS_VCPU)


def _bulk(conn: libvirt.virConnect,
          stats: Callable[[], Any]) -> tuple[Any, set[str], set[str]] | None:
    """(bulk stats answer, transient UUIDs, autostart UUIDs), the three asked side by
    side (one round trip); None when the driver has no bulk stats."""
    answer, transient, autostart = fanout.outcomes([
        stats,
        lambda: conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_TRANSIENT),
        lambda: conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_AUTOSTART),
    ])
    if isinstance(answer, fanout.Failure):
        exc = answer.error
        if isinstance(exc, libvirt.libvirtError) and exc.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT:
            return None
        raise exc
    for listed in (transient, autostart):
        if isinstance(listed, fanout.Failure):
            raise listed.error
    return answer, {d.UUIDString() for d in transient}, {d.UUIDString() for d in autostart}


def _stats_records(answer: Any, transient: set[str], autostart: set[str],
                   ) -> tuple[list[DomainRecord], dict[str, libvirt.virDomain]]:
    """Records from a bulk stats answer. Only drivers whose bulk stats lack memory
    figures (the test driver) cost one ``info()`` per domain."""
    records = []
    handles = {}
    for dom, s in answer:
        uuid = dom.UUIDString()
        handles[uuid] = dom
        if "balloon.maximum" in s:
            max_kib, kib, vcpus = s["balloon.maximum"], s.get("balloon.current", 0), s.get("vcpu.current", 0)
        else:
            try:
                _state, max_kib, kib, vcpus, _cpu = dom.info()
            except libvirt.libvirtError as exc:
                if is_gone(exc):
                    continue  # undefined between the two calls
                raise
        persistent = uuid not in transient
        records.append(DomainRecord(
            uuid=uuid, name=dom.name(), state=_STATES.get(s.get("state.state", 0), DomainState.NOSTATE),
            reason=s.get("state.reason", 0), id=dom.ID(), persistent=persistent,
            # A VM undefined while running keeps its autostart flag in some drivers' listing
            # (the test driver's); like the one-by-one read, autostart counts if persistent.
            autostart=persistent and uuid in autostart, vcpus=vcpus, max_memory_kib=max_kib,
            memory_kib=kib,
        ))
    return records, handles


def all_domains(
    conn: libvirt.virConnect,
) -> tuple[list[DomainRecord], dict[str, libvirt.virDomain]]:
    """Every domain, with as few round trips as the driver allows: one bulk stats call
    gives the handles, states, memory and vCPUs; the transient and autostart domains
    (usually few) come from two filtered listings, asked at the same time."""
    listed = _bulk(conn, lambda: conn.getAllDomainStats(LIST_WANTED, 0))
    if listed is None:
        doms = conn.listAllDomains(0)
        records = [r for r in domain_records(doms) if r is not None]
        return records, {d.UUIDString(): d for d in doms}
    return _stats_records(*listed)


def some_domains(conn: libvirt.virConnect, doms: list[libvirt.virDomain],
                 ) -> tuple[list[DomainRecord], list[libvirt.virDomain]]:
    """Records of ``doms`` in one round trip (``domainListGetStats`` and the two
    listings side by side), and the domains it did not answer for (vanished, or a
    driver without bulk stats): the caller reads those one by one."""
    if not doms:
        return [], []
    listed = _bulk(conn, lambda: conn.domainListGetStats(doms, LIST_WANTED, 0))
    if listed is None:
        return [], list(doms)
    records, _handles = _stats_records(*listed)
    answered = {r.uuid for r in records}
    return records, [d for d in doms if d.UUIDString() not in answered]


# The reads of one network or pool, all asked at once (then built by *_from_reads). The
# autostart flag is read for every object; it is shown for persistent ones only.
def _network_reads(net: libvirt.virNetwork) -> list[Callable[[], object]]:
    return [net.isPersistent, net.isActive, net.autostart, lambda: _bridge(net),
            lambda: net.XMLDesc(0)]


def _bridge(net: libvirt.virNetwork) -> str:
    try:
        return str(net.bridgeName())
    except libvirt.libvirtError as exc:
        if is_gone(exc):
            raise
        return ""  # modes without a bridge (macvtap, hostdev)


def _network_from_reads(net: libvirt.virNetwork, values: list[Any]) -> NetworkRecord | None:
    if _gone_or_raise(values, optional=frozenset({2})):
        return None
    persistent, active, autostart, bridge, xml = values
    persistent = bool(persistent)
    name = net.name()
    host_network, summary = _network_facts(name, bridge, xml)
    return NetworkRecord(
        uuid=net.UUIDString(),
        name=name,
        active=bool(active),
        persistent=persistent,
        autostart=persistent and not isinstance(autostart, fanout.Failure) and bool(autostart),
        bridge=bridge,
        xml=xml,
        host_network=host_network,
        summary=summary,
    )


def _network_facts(name: str, bridge: str, xml: str) -> tuple[HostNetwork, NetworkSummary]:
    try:
        doc = NetworkDoc.from_string(xml)
    except XMLParseError:
        doc = NetworkDoc.new()
        doc.name = name
        return HostNetwork(name, bridge or None), doc.summary
    return HostNetwork.from_doc(doc), doc.summary


def network_record(net: libvirt.virNetwork) -> NetworkRecord | None:
    return _network_from_reads(net, fanout.outcomes(_network_reads(net)))


def all_networks(conn: libvirt.virConnect) -> list[NetworkRecord]:
    return _records(conn.listAllNetworks(0), _network_reads, _network_from_reads)


def _pool_reads(pool: libvirt.virStoragePool) -> list[Callable[[], object]]:
    return [pool.info, pool.isPersistent, pool.autostart, lambda: pool.XMLDesc(0)]


def _pool_from_reads(pool: libvirt.virStoragePool, values: list[Any]) -> PoolRecord | None:
    if _gone_or_raise(values, optional=frozenset({2})):
        return None
    (state, capacity, allocation, available), persistent, autostart, xml = values
    persistent = bool(persistent)
    pool_type, target_path = _pool_facts(xml)
    return PoolRecord(
        uuid=pool.UUIDString(),
        name=pool.name(),
        active=state in (libvirt.VIR_STORAGE_POOL_RUNNING, libvirt.VIR_STORAGE_POOL_DEGRADED),
        persistent=persistent,
        autostart=persistent and not isinstance(autostart, fanout.Failure) and bool(autostart),
        capacity=capacity,
        allocation=allocation,
        available=available,
        xml=xml,
        pool_type=pool_type,
        target_path=target_path,
    )


def _pool_facts(xml: str) -> tuple[str, str]:
    """The pool's type and target path ('' for what the XML does not say)."""
    try:
        doc = PoolDoc.from_string(xml)
    except XMLParseError:
        return "", ""
    return doc.type or "", doc.target_path or ""


def pool_record(pool: libvirt.virStoragePool) -> PoolRecord | None:
    return _pool_from_reads(pool, fanout.outcomes(_pool_reads(pool)))


def all_pools(conn: libvirt.virConnect) -> list[PoolRecord]:
    return _records(conn.listAllStoragePools(0), _pool_reads, _pool_from_reads)


def _each(objs: list[Obj], reads: Callable[[Obj], list[Callable[[], object]]],
          build: Callable[[Obj, list[Any]], Rec | None]) -> list[Rec | None]:
    """Every read of every object at once (one round trip), then their records (None
    for an object that vanished meanwhile)."""
    per_object = [reads(obj) for obj in objs]
    flat = fanout.outcomes([call for calls in per_object for call in calls])
    out, at = [], 0
    for obj, calls in zip(objs, per_object, strict=True):
        out.append(build(obj, flat[at:at + len(calls)]))
        at += len(calls)
    return out


def _records(objs: list[Obj], reads: Callable[[Obj], list[Callable[[], object]]],
             build: Callable[[Obj, list[Any]], Rec | None]) -> list[Rec]:
    return [r for r in _each(objs, reads, build) if r is not None]


@dataclass(frozen=True, slots=True)
class HostListing:
    """Everything a connection shows, read at once after it opened."""

    domains: list[DomainRecord]
    handles: dict[str, libvirt.virDomain]
    networks: list[NetworkRecord]
    pools: list[PoolRecord]
    hostname: str


def _hostname(conn: libvirt.virConnect, uri: str) -> str:
    try:
        return str(conn.getHostname())
    except libvirt.libvirtError:  # the URI's host as libvirt dialled it ([127.0.0.1] too)
        return uri_host(uri)


def list_host(conn: libvirt.virConnect, uri: str) -> HostListing:
    """Domains, networks, pools and the host name, read side by side: about two round
    trips (the lists, then each network's and pool's details) whatever their number."""
    (domains, handles), networks, pools, hostname = fanout.gather([
        lambda: all_domains(conn), lambda: all_networks(conn), lambda: all_pools(conn),
        lambda: _hostname(conn, uri)])
    return HostListing(domains, handles, networks, pools, hostname)
