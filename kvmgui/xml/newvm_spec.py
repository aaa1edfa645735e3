"""What the "new virtual machine" wizard collects: plain dataclasses, no XML.

``newvm_build.domain_xml`` turns a :class:`NewVmSpec` into domain XML and
``newvm_validate.validate_new_vm`` says what is wrong with one. Parts the chosen
install method or storage kind does not use are kept (and ignored), so switching
back and forth in the wizard loses nothing the user typed.

Sizes are MiB for memory and bytes for disks; "" means "not given" for text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from kvmgui.xml.words import QT_TRANSLATE_NOOP

GIB = 1024**3
MIB = 1024**2

DiskFormat = Literal["qcow2", "raw"]


class InstallMethod(StrEnum):
    ISO_FILE = "iso-file"  # an ISO image file on the host
    ISO_VOLUME = "iso-volume"  # an ISO image volume in a storage pool
    HOST_CDROM = "host-cdrom"  # the host's optical drive (/dev/sr0)
    IMPORT_DISK = "import"  # boot an existing disk image
    KERNEL = "kernel"  # direct kernel boot: kernel, initrd, command line, DTB
    PXE = "pxe"  # network boot
    CLOUD_IMAGE = "cloud-image"  # a qcow2/raw base image as backing file, plus cloud-init

    @property
    def uses_cdrom_media(self) -> bool:
        return self in (InstallMethod.ISO_FILE, InstallMethod.ISO_VOLUME, InstallMethod.HOST_CDROM)


class DomainType(StrEnum):
    KVM = "kvm"  # hardware acceleration through /dev/kvm
    QEMU = "qemu"  # plain emulation (TCG): 10–50× slower


class CpuMode(StrEnum):
    """The guest CPU under KVM (plain emulation always gets QEMU's default model)."""

    HOST_PASSTHROUGH = "host-passthrough"  # the host's CPU as it is: fastest
    HOST_MODEL = "host-model"  # the closest named model with the host's features
    DEFAULT = "default"  # the hypervisor's default model: no <cpu>; works where the others do not


class OsFamily(StrEnum):
    """What the builder needs to know of an OS family (libosinfo's are finer)."""

    LINUX = "linux"
    WINDOWS = "windows"
    BSD = "bsd"
    OTHER = "other"


class Firmware(StrEnum):
    BIOS = "bios"
    UEFI = "efi"


class GraphicsType(StrEnum):
    VNC = "vnc"
    SPICE = "spice"
    NONE = "none"  # serial console only


class StorageKind(StrEnum):
    NEW_VOLUME = "new-volume"  # create a volume in a pool
    EXISTING_VOLUME = "existing-volume"  # a volume already in a pool
    FILE = "file"  # an existing image file on the host (local hosts)
    NONE = "none"


class NetworkKind(StrEnum):
    """The value is the ``<interface type>``."""

    VIRTUAL = "network"  # a libvirt virtual network
    BRIDGE = "bridge"  # a host bridge
    MACVTAP = "direct"  # macvtap on a host device
    NONE = "none"


class RootLogin(StrEnum):
    """How root may log in to a cloud image."""

    DISABLED = "disabled"  # cloud-init's default: root is locked
    SSH_KEY = "ssh-key"  # root gets the same SSH keys as the user
    PASSWORD = "password"  # root gets the user's password hash (and the keys)


@dataclass(frozen=True)
class OsSpec:
    """An operating system as far as defaults and devices go.

    Filled from libosinfo (``kvmgui.osinfo``) or one of the generic profiles
    below. ``name`` is shown through ``QCoreApplication.translate("OsName", name)``:
    the generic names have translations, libosinfo's proper names pass unchanged.
    Resource fields are None when the OS does not say.
    """

    short_id: str
    name: str
    family: OsFamily
    osinfo_id: str = ""  # libosinfo URI, e.g. http://microsoft.com/win/11; "" for generic ones
    osinfo_family: str = ""  # libosinfo's own family: linux, winnt, freebsd, …
    distro: str = ""
    version: str = ""
    release_date: str = ""  # ISO date, for sorting
    virtio_disk: bool = False
    virtio_net: bool = False
    virtio_rng: bool = False
    virtio_balloon: bool = False
    virtio_serial: bool = False  # a virtio-serial port for the guest agent
    virtio_gpu: bool = False
    q35: bool = True  # False: the OS needs the i440fx ("pc") chipset
    usb_tablet: bool = True
    needs_tpm: bool = False  # installs refuse to go on without a TPM 2.0 (Windows 11)
    needs_uefi: bool = False  # boots only with UEFI firmware
    cloud_init: bool = False  # its cloud images read a cloud-init NoCloud seed
    cloud_user: str = ""  # the default user of its cloud images ("ubuntu", "fedora"), if known
    min_memory_mib: int | None = None
    rec_memory_mib: int | None = None
    min_vcpus: int | None = None
    rec_vcpus: int | None = None
    min_disk_bytes: int | None = None
    rec_disk_bytes: int | None = None

    @property
    def is_generic(self) -> bool:
        return not self.osinfo_id


GENERIC_LINUX = OsSpec(
    short_id="generic-linux",
    name=QT_TRANSLATE_NOOP("OsName", "Generic Linux"),
    family=OsFamily.LINUX,
    osinfo_family="linux",
    virtio_disk=True, virtio_net=True, virtio_rng=True, virtio_balloon=True,
    virtio_serial=True, virtio_gpu=True, cloud_init=True,
    min_memory_mib=128, rec_memory_mib=2048, min_vcpus=1, rec_vcpus=2,
    min_disk_bytes=2 * GIB, rec_disk_bytes=20 * GIB,
)  # fmt: skip
GENERIC_WINDOWS = OsSpec(
    short_id="generic-windows",
    name=QT_TRANSLATE_NOOP("OsName", "Generic Windows"),
    family=OsFamily.WINDOWS,
    osinfo_family="winnt",
    min_memory_mib=1024, rec_memory_mib=4096, min_vcpus=1, rec_vcpus=2,
    min_disk_bytes=32 * GIB, rec_disk_bytes=64 * GIB,
)  # fmt: skip
GENERIC_OTHER = OsSpec(
    short_id="generic-other",
    name=QT_TRANSLATE_NOOP("OsName", "Other operating system"),
    family=OsFamily.OTHER,
    min_memory_mib=16, rec_memory_mib=1024, min_vcpus=1, rec_vcpus=1,
    min_disk_bytes=None, rec_disk_bytes=10 * GIB,
)  # fmt: skip
GENERIC_OSES = (GENERIC_LINUX, GENERIC_WINDOWS, GENERIC_OTHER)


@dataclass
class InstallSpec:
    """Where the OS comes from; only the fields of ``method`` are used."""

    method: InstallMethod = InstallMethod.ISO_FILE
    iso_path: str = ""  # ISO_FILE
    iso_pool: str = ""  # ISO_VOLUME
    iso_volume: str = ""
    cdrom_device: str = "/dev/sr0"  # HOST_CDROM
    kernel: str = ""  # KERNEL: paths on the host
    initrd: str = ""
    cmdline: str = ""
    dtb: str = ""
    base_path: str = ""  # CLOUD_IMAGE: the base image, a file …
    base_pool: str = ""  # … or a pool volume
    base_volume: str = ""
    base_format: DiskFormat = "qcow2"


@dataclass
class StorageSpec:
    """The VM's disk. For a cloud image, the new volume is a qcow2 overlay on the base."""

    kind: StorageKind = StorageKind.NEW_VOLUME
    pool: str = "default"  # NEW_VOLUME, EXISTING_VOLUME
    volume: str = ""  # the volume's name; NEW_VOLUME: "" → "<vm name>.qcow2" / ".img"
    capacity_bytes: int = 20 * GIB  # NEW_VOLUME
    format: DiskFormat = "qcow2"  # of the new or existing image
    path: str = ""  # FILE


@dataclass
class NicChoice:
    kind: NetworkKind = NetworkKind.VIRTUAL
    source: str = "default"  # network name, bridge name or host device
    macvtap_mode: str = "bridge"  # bridge, vepa, private, passthrough
    model: str = ""  # "": follows the OS (virtio, e1000e or e1000)
    mac: str = ""  # "": libvirt picks one


@dataclass
class FirmwareSpec:
    kind: Firmware = Firmware.BIOS
    secure_boot: bool = False  # UEFI only
    loader: str = ""  # UEFI: an explicit loader path from the domain capabilities; "": auto-select


@dataclass
class GraphicsSpec:
    type: GraphicsType = GraphicsType.VNC
    listen: str = "127.0.0.1"  # an address; never all interfaces unless chosen


@dataclass
class CloudInitSpec:
    """The NoCloud seed. The password goes into it only as its SHA-512 crypt hash
    (``kvmgui.cloudinit.crypt.hash_password``), made by the Finish job in its worker
    (15-50 ms): till then the spec holds the password typed, in memory only."""

    enabled: bool = False  # always used for CLOUD_IMAGE; optional for ISO installs
    hostname: str = ""  # "": derived from the VM name
    user: str = ""  # "": the OS's cloud user (OsSpec.cloud_user), if known
    password_hash: str = ""  # "$6$…"; "": no password (SSH keys only)
    ssh_keys: list[str] = field(default_factory=list)
    root_login: RootLogin = RootLogin.DISABLED
    extra_user_data: str = ""  # YAML mapping, merged over what the fields above make
    network_config: str = ""  # YAML (network config v1/v2); "": DHCP, cloud-init's default
    pool: str = ""  # where the seed volume goes; "": the disk's pool
    volume: str = ""  # "": "<vm name>-cidata.iso"
    password: str = field(default="", repr=False)  # typed, not hashed yet

    @property
    def has_password(self) -> bool:
        return bool(self.password or self.password_hash)


@dataclass
class NewVmSpec:
    name: str = ""
    install: InstallSpec = field(default_factory=InstallSpec)
    arch: str = "x86_64"
    machine: str = ""  # "": q35 on x86 unless the OS needs i440fx; the arch's usual one elsewhere
    domain_type: DomainType = DomainType.KVM
    emulator: str = ""  # "": libvirt's default for the arch and type
    os: OsSpec = GENERIC_LINUX
    cpu: CpuMode = CpuMode.HOST_PASSTHROUGH
    memory_mib: int = 2048
    vcpus: int = 2
    storage: StorageSpec = field(default_factory=StorageSpec)
    network: NicChoice = field(default_factory=NicChoice)
    firmware: FirmwareSpec = field(default_factory=FirmwareSpec)
    graphics: GraphicsSpec = field(default_factory=GraphicsSpec)
    cloud_init: CloudInitSpec = field(default_factory=CloudInitSpec)
    uuid: str = ""  # "": libvirt makes one
    # Not XML: what the finish job does after defining.
    start: bool = True
    autostart: bool = False

    @property
    def uses_cloud_init(self) -> bool:
        # Offered only for OSes that read it: the choice stays, unused, for another OS.
        offered = self.cloud_init.enabled and self.os.cloud_init
        return self.install.method is InstallMethod.CLOUD_IMAGE or offered


def apply_os_defaults(spec: NewVmSpec, os_spec: OsSpec, *, keep_firmware: bool = False) -> None:
    """Set ``spec.os`` and take the OS's recommended memory, vCPUs, disk size and firmware
    (UEFI, with Secure Boot where it needs a TPM, else BIOS; ``keep_firmware``: the
    user chose it). An ARM VM's UEFI is the caller's (``newvm_build.UEFI_ONLY``)."""
    spec.os = os_spec
    spec.memory_mib = os_spec.rec_memory_mib or os_spec.min_memory_mib or spec.memory_mib
    spec.vcpus = os_spec.rec_vcpus or os_spec.min_vcpus or spec.vcpus
    disk = os_spec.rec_disk_bytes or os_spec.min_disk_bytes
    if disk:
        spec.storage.capacity_bytes = disk
    if keep_firmware:
        return
    if os_spec.needs_uefi:
        spec.firmware.kind = Firmware.UEFI
        spec.firmware.secure_boot = os_spec.needs_tpm  # Windows 11 wants both
    else:
        spec.firmware.kind, spec.firmware.secure_boot, spec.firmware.loader = Firmware.BIOS, False, ""
