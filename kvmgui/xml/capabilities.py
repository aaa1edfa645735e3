"""The host's capabilities (``virConnectGetCapabilities``): which guest
architectures, machine types and domain types (kvm, qemu) it can run.

``parse_capabilities`` is a pure function over the XML text.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import parse_xml


@dataclass(frozen=True, slots=True)
class Machine:
    name: str  # "q35", "pc-q35-7.2", "virt", …
    canonical: str = ""  # what an alias stands for ("q35" → "pc-q35-7.2")
    max_cpus: int | None = None
    deprecated: bool = False


@dataclass(frozen=True, slots=True)
class GuestDomain:
    """One domain type (kvm, qemu, …) of a guest arch; emulator/machines override the arch's."""

    type: str
    emulator: str = ""
    machines: tuple[Machine, ...] = ()


@dataclass(frozen=True, slots=True)
class GuestArch:
    arch: str
    os_type: str  # hvm, xen, exe, …
    wordsize: int | None
    emulator: str
    machines: tuple[Machine, ...]
    domains: tuple[GuestDomain, ...]

    def domain(self, domain_type: str) -> GuestDomain | None:
        return next((d for d in self.domains if d.type == domain_type), None)


@dataclass(frozen=True, slots=True)
class HostCaps:
    host_arch: str
    guests: tuple[GuestArch, ...]

    def guest(self, arch: str, os_type: str = "hvm") -> GuestArch | None:
        return next((g for g in self.guests if g.arch == arch and g.os_type == os_type), None)

    def arches(self, os_type: str = "hvm") -> list[str]:
        """Guest architectures, the host's own first, then by name."""
        names = {g.arch for g in self.guests if g.os_type == os_type}
        return sorted(names, key=lambda a: (a != self.host_arch, a))

    def domain_types(self, arch: str, os_type: str = "hvm") -> list[str]:
        guest = self.guest(arch, os_type)
        return [d.type for d in guest.domains] if guest else []

    def machines(self, arch: str, domain_type: str | None = None, os_type: str = "hvm") -> list[Machine]:
        """Machine types of ``arch`` (for ``domain_type`` if it has its own list), in
        the host's order; aliases such as ``q35`` and ``pc`` are included."""
        guest = self.guest(arch, os_type)
        if guest is None:
            return []
        dom = guest.domain(domain_type) if domain_type else None
        return list(dom.machines if dom and dom.machines else guest.machines)

    def emulator(self, arch: str, domain_type: str, os_type: str = "hvm") -> str:
        guest = self.guest(arch, os_type)
        if guest is None:
            return ""
        dom = guest.domain(domain_type)
        return (dom.emulator if dom and dom.emulator else "") or guest.emulator

    def has_machine(self, arch: str, machine: str, domain_type: str | None = None) -> bool:
        return any(m.name == machine for m in self.machines(arch, domain_type))


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _machines(parent: etree._Element) -> tuple[Machine, ...]:
    return tuple(
        Machine(
            name=(m.text or "").strip(),
            canonical=m.get("canonical", ""),
            max_cpus=_int(m.get("maxCpus")),
            deprecated=m.get("deprecated") == "yes",
        )
        for m in parent.iterfind("machine")
        if (m.text or "").strip()
    )


def parse_capabilities(xml: str) -> HostCaps:
    """Raises ``XMLParseError`` when ``xml`` is not XML."""
    root = parse_xml(xml)
    guests = []
    for guest in root.iterfind("guest"):
        arch = guest.find("arch")
        if arch is None:
            continue
        domains = tuple(
            GuestDomain(
                type=d.get("type", ""),
                emulator=(d.findtext("emulator") or "").strip(),
                machines=_machines(d),
            )
            for d in arch.iterfind("domain")
        )
        guests.append(
            GuestArch(
                arch=arch.get("name", ""),
                os_type=(guest.findtext("os_type") or "").strip(),
                wordsize=_int(arch.findtext("wordsize")),
                emulator=(arch.findtext("emulator") or "").strip(),
                machines=_machines(arch),
                domains=domains,
            )
        )
    return HostCaps(host_arch=(root.findtext("host/cpu/arch") or "").strip(), guests=tuple(guests))
