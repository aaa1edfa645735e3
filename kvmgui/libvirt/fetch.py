"""Blocking readers that turn libvirt objects into records. Run only in workers."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import libvirt

from kvmgui.libvirt.records import DomainRecord, DomainState, NetworkRecord, PoolRecord

NO_SUCH = {
    libvirt.VIR_ERR_NO_DOMAIN,
    libvirt.VIR_ERR_NO_NETWORK,
    libvirt.VIR_ERR_NO_STORAGE_POOL,
    libvirt.VIR_ERR_NO_STORAGE_VOL,
}


def is_gone(exc: BaseException) -> bool:
    """True for the error libvirt gives when an object vanished (a normal race)."""
    return isinstance(exc, libvirt.libvirtError) and exc.get_error_code() in NO_SUCH


def domain_record(dom: libvirt.virDomain) -> DomainRecord | None:
    try:
        state, reason = dom.state()
        _, max_mem, mem, vcpus, _ = dom.info()
        return DomainRecord(
            uuid=dom.UUIDString(),
            name=dom.name(),
            state=DomainState(state),
            reason=reason,
            id=dom.ID(),
            persistent=bool(dom.isPersistent()),
            autostart=bool(dom.autostart()) if dom.isPersistent() else False,
            vcpus=vcpus,
            max_memory_kib=max_mem,
            memory_kib=mem,
        )
    except libvirt.libvirtError as exc:
        if is_gone(exc):
            return None
        raise


_STATES = {int(s): s for s in DomainState}
LIST_WANTED = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_BALLOON
               | libvirt.VIR_DOMAIN_STATS_VCPU)


def all_domains(
    conn: libvirt.virConnect,
) -> tuple[list[DomainRecord], dict[str, libvirt.virDomain]]:
    """Every domain, with as few round trips as the driver allows.

    One bulk stats call gives the handles, states, memory and vCPUs; the transient and
    autostart domains (usually few) come from two filtered listings. Only drivers whose
    bulk stats lack memory figures (the test driver) cost one ``info()`` per domain.
    """
    try:
        answer = conn.getAllDomainStats(LIST_WANTED, 0)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise
        doms = conn.listAllDomains(0)
        records = [r for d in doms if (r := domain_record(d)) is not None]
        return records, {d.UUIDString(): d for d in doms}
    transient = {d.UUIDString() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_TRANSIENT)}
    autostart = {d.UUIDString() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_AUTOSTART)}
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
        records.append(DomainRecord(
            uuid=uuid, name=dom.name(), state=_STATES.get(s.get("state.state", 0), DomainState.NOSTATE),
            reason=s.get("state.reason", 0), id=dom.ID(), persistent=uuid not in transient,
            autostart=uuid in autostart, vcpus=vcpus, max_memory_kib=max_kib, memory_kib=kib,
        ))
    return records, handles


def network_record(net: libvirt.virNetwork) -> NetworkRecord | None:
    try:
        persistent = bool(net.isPersistent())
        try:
            bridge = net.bridgeName()
        except libvirt.libvirtError:
            bridge = ""  # modes without a bridge (macvtap, hostdev)
        return NetworkRecord(
            uuid=net.UUIDString(),
            name=net.name(),
            active=bool(net.isActive()),
            persistent=persistent,
            autostart=bool(net.autostart()) if persistent else False,
            bridge=bridge,
            xml=net.XMLDesc(0),
        )
    except libvirt.libvirtError as exc:
        if is_gone(exc):
            return None
        raise


def all_networks(conn: libvirt.virConnect) -> list[NetworkRecord]:
    return [r for n in conn.listAllNetworks(0) if (r := network_record(n)) is not None]


def pool_record(pool: libvirt.virStoragePool) -> PoolRecord | None:
    try:
        state, capacity, allocation, available = pool.info()
        persistent = bool(pool.isPersistent())
        return PoolRecord(
            uuid=pool.UUIDString(),
            name=pool.name(),
            active=state in (libvirt.VIR_STORAGE_POOL_RUNNING, libvirt.VIR_STORAGE_POOL_DEGRADED),
            persistent=persistent,
            autostart=bool(pool.autostart()) if persistent else False,
            capacity=capacity,
            allocation=allocation,
            available=available,
            xml=pool.XMLDesc(0),
        )
    except libvirt.libvirtError as exc:
        if is_gone(exc):
            return None
        raise


def all_pools(conn: libvirt.virConnect) -> list[PoolRecord]:
    return [r for p in conn.listAllStoragePools(0) if (r := pool_record(p)) is not None]


@dataclass(frozen=True, slots=True)
class HostListing:
    """Everything a connection shows, read at once after it opened."""

    domains: list[DomainRecord]
    handles: dict[str, libvirt.virDomain]
    networks: list[NetworkRecord]
    pools: list[PoolRecord]
    hostname: str


def list_host(conn: libvirt.virConnect, uri: str) -> HostListing:
    domains, handles = all_domains(conn)
    networks = all_networks(conn)
    pools = all_pools(conn)
    try:
        hostname = conn.getHostname()
    except libvirt.libvirtError:
        hostname = urlsplit(uri).hostname or ""
    return HostListing(domains, handles, networks, pools, hostname)


@dataclass(frozen=True, slots=True)
class VolumeRecord:
    """One storage volume, as the volume list shows it."""

    name: str
    path: str
    format: str
    capacity: int
    allocation: int

    @property
    def key(self) -> str:
        return self.path or self.name


def pool_volumes(conn: libvirt.virConnect, pool_uuid: str) -> list[VolumeRecord]:
    """The volumes of an active pool (libvirt refuses an inactive one with its own words)."""
    # Imported here: keeps lxml off the start-up path, which opens connections first.
    from kvmgui.xml.pool import VolumeDoc  # noqa: PLC0415

    pool = conn.storagePoolLookupByUUIDString(pool_uuid)
    out = []
    for vol in pool.listAllVolumes(0):
        try:
            doc = VolumeDoc.from_string(vol.XMLDesc(0))
        except libvirt.libvirtError as exc:
            if is_gone(exc):
                continue  # deleted between the listing and this call
            raise
        out.append(VolumeRecord(name=vol.name(), path=doc.path or vol.path(),
                                format=doc.format or "", capacity=doc.capacity or 0,
                                allocation=doc.allocation or 0))
    return out
