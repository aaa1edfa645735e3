"""Blocking readers that turn libvirt objects into records. Run only in workers."""

from __future__ import annotations

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


def all_domains(
    conn: libvirt.virConnect,
) -> tuple[list[DomainRecord], dict[str, libvirt.virDomain]]:
    """Every domain, with as few round trips as the driver allows."""
    doms = conn.listAllDomains(0)
    handles = {d.UUIDString(): d for d in doms}
    persistent = {d.UUIDString() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_PERSISTENT)}
    autostart = {d.UUIDString() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_AUTOSTART)}
    stats: dict[str, dict] = {}
    try:
        wanted = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_BALLOON
                  | libvirt.VIR_DOMAIN_STATS_VCPU)
        stats = {d.UUIDString(): s for d, s in conn.getAllDomainStats(wanted)}
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise
    records = []
    for uuid, dom in handles.items():
        s = stats.get(uuid)
        if s is None or "balloon.maximum" not in s:
            rec = domain_record(dom)
            if rec is not None:
                records.append(rec)
            continue
        records.append(
            DomainRecord(
                uuid=uuid,
                name=dom.name(),
                state=DomainState(s.get("state.state", 0)),
                reason=s.get("state.reason", 0),
                id=dom.ID(),
                persistent=uuid in persistent,
                autostart=uuid in autostart,
                vcpus=s.get("vcpu.current", 0),
                max_memory_kib=s.get("balloon.maximum", 0),
                memory_kib=s.get("balloon.current", 0),
            )
        )
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
