"""The host's VMs and networks as the New VM wizard checks a spec against them: built once
per change of the connection's tables (libvirt's events), not at each key typed — a host
may have thousands of VMs, and every edit revalidates."""

from __future__ import annotations

from dataclasses import dataclass, field

from kvmgui.libvirt.newvm_facts import HostFacts
from kvmgui.libvirt.records import DomainRecord, NetworkRecord

SETTLE_MS = 100  # a burst of the tables' events is checked against once, this long after its first


def uuid_key(uuid: str) -> str:
    """A UUID as libvirt compares them (it takes them with or without dashes, any case)."""
    return uuid.strip().replace("-", "").lower()


@dataclass(frozen=True)
class HostObjects:
    vm_names: frozenset[str] = frozenset()
    networks: dict[str, bool] = field(default_factory=dict)  # virtual network name → active
    vm_by_uuid: dict[str, str] = field(default_factory=dict)  # ``uuid_key`` → VM name

    def vm_with_uuid(self, uuid: str) -> str:
        """The name of the VM whose UUID ``uuid`` is (any spelling libvirt takes), or ""."""
        key = uuid_key(uuid)
        return self.vm_by_uuid.get(key, "") if key else ""


def host_objects(facts: HostFacts | None, listed: tuple[frozenset[str], frozenset[str]],
                 domains: list[DomainRecord], networks: list[NetworkRecord]) -> HostObjects:
    """The tables follow libvirt's events; the facts (read once, when the tables held the
    ``listed`` VM and network names) add only what the tables did not list yet, so a VM or
    network removed meanwhile is gone here too."""
    by_uuid = {uuid_key(r.uuid): r.name for r in domains}
    if facts is None:
        return HostObjects(vm_by_uuid=by_uuid)
    names, nets = listed
    return HostObjects(
        vm_names=(facts.existing_names - names) | frozenset(by_uuid.values()),
        networks={**{n: up for n, up in facts.networks.items() if n not in nets},
                  **{n.name: n.active for n in networks}},
        vm_by_uuid=by_uuid,
    )


def renamed(objects: HostObjects, records: list[DomainRecord]) -> bool:
    """Whether any of a VM's new ``records`` has a name ``objects`` do not give its UUID
    (a rename, or a VM they do not hold). A state change alters no name nor UUID."""
    by_uuid = objects.vm_by_uuid
    return any(by_uuid.get(uuid_key(r.uuid)) != r.name for r in records)
