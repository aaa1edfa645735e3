"""What one emulator offers for one arch, machine and domain type
(``virConnectGetDomainCapabilities``): firmware and its auto-selection, Secure
Boot, graphics, video, TPM, disk buses, vCPU maximum.

``parse_domain_capabilities`` is a pure function over the XML text.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import parse_xml


@dataclass(frozen=True, slots=True)
class DomainCaps:
    emulator: str = ""
    domain_type: str = ""
    machine: str = ""  # canonical, e.g. pc-q35-7.2
    arch: str = ""
    max_vcpus: int | None = None
    firmware_auto: tuple[str, ...] = ()  # values of <os firmware=…> libvirt can select: efi, bios
    loaders: tuple[str, ...] = ()  # firmware images an explicit <loader> may name
    loader_types: tuple[str, ...] = ()  # rom, pflash
    secure_boot: bool = False  # a loader with secure='yes' is possible
    cpu_modes: tuple[str, ...] = ()  # supported: host-passthrough, host-model, maximum, custom
    disk_devices: tuple[str, ...] = ()
    disk_buses: tuple[str, ...] = ()
    graphics_types: tuple[str, ...] = ()
    video_models: tuple[str, ...] = ()
    tpm_models: tuple[str, ...] = ()
    tpm_backends: tuple[str, ...] = ()
    tpm_versions: tuple[str, ...] = ()  # empty when libvirt does not say (older than 8.6)
    rng_models: tuple[str, ...] = ()
    hyperv: bool = False

    @property
    def uefi(self) -> bool:
        """UEFI is possible, auto-selected or through an explicit loader."""
        return "efi" in self.firmware_auto or bool(self.loaders)

    @property
    def tpm_emulated(self) -> bool:
        """An emulated TPM 2.0 (swtpm) is possible."""
        return "emulator" in self.tpm_backends and (not self.tpm_versions or "2.0" in self.tpm_versions)

    @property
    def spice(self) -> bool:
        return "spice" in self.graphics_types


def _supported(el: etree._Element | None) -> bool:
    return el is not None and el.get("supported") == "yes"


def _enum(parent: etree._Element | None, name: str) -> tuple[str, ...]:
    """Values of ``<enum name=name>`` directly below ``parent`` (empty if unsupported)."""
    if parent is None or parent.get("supported", "yes") != "yes":
        return ()
    enum = parent.find(f"enum[@name='{name}']")
    if enum is None:
        return ()
    return tuple((v.text or "").strip() for v in enum.iterfind("value") if (v.text or "").strip())


def parse_domain_capabilities(xml: str) -> DomainCaps:
    """Raises ``XMLParseError`` when ``xml`` is not XML."""
    root = parse_xml(xml)
    os_el = root.find("os")
    loader = os_el.find("loader") if _supported(os_el) and os_el is not None else None
    max_vcpus = root.find("vcpu")

    def dev(tag: str) -> etree._Element | None:
        return root.find(f"devices/{tag}")

    return DomainCaps(
        emulator=(root.findtext("path") or "").strip(),
        domain_type=(root.findtext("domain") or "").strip(),
        machine=(root.findtext("machine") or "").strip(),
        arch=(root.findtext("arch") or "").strip(),
        max_vcpus=int(max_vcpus.get("max", ""))
        if max_vcpus is not None and max_vcpus.get("max", "").isdecimal()
        else None,
        firmware_auto=_enum(os_el, "firmware"),
        loaders=tuple((v.text or "").strip() for v in loader.iterfind("value") if (v.text or "").strip())
        if _supported(loader) and loader is not None
        else (),
        loader_types=_enum(loader, "type"),
        secure_boot="yes" in _enum(loader, "secure"),
        cpu_modes=tuple(m.get("name", "") for m in root.iterfind("cpu/mode") if _supported(m)),
        disk_devices=_enum(dev("disk"), "diskDevice"),
        disk_buses=_enum(dev("disk"), "bus"),
        graphics_types=_enum(dev("graphics"), "type"),
        video_models=_enum(dev("video"), "modelType"),
        tpm_models=_enum(dev("tpm"), "model"),
        tpm_backends=_enum(dev("tpm"), "backendModel"),
        tpm_versions=_enum(dev("tpm"), "backendVersion"),
        rng_models=_enum(dev("rng"), "model"),
        hyperv=_supported(root.find("features/hyperv")),
    )
