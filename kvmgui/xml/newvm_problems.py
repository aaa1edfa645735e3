"""What can be wrong with a new VM: codes, their sentences, and :class:`Problem`.

Logic and tests compare :class:`Code`; the user reads ``problem.words``, whose
source text is marked here for ``pyside6-lupdate`` (context ``NewVm``) and
translated by the GUI (see ``kvmgui.xml.words``). ``%n`` marks a plural count.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Words

CONTEXT = "NewVm"


class Severity(StrEnum):
    ERROR = "error"  # Finish stays disabled
    WARNING = "warning"  # shown; the user may go on


class Code(StrEnum):
    NAME_EMPTY = "name-empty"
    NAME_TOO_LONG = "name-too-long"
    NAME_CHARS = "name-chars"
    NAME_TAKEN = "name-taken"
    ARCH_UNSUPPORTED = "arch-unsupported"
    MACHINE_UNSUPPORTED = "machine-unsupported"
    KVM_UNAVAILABLE = "kvm-unavailable"
    CPU_MODE_UNAVAILABLE = "cpu-mode-unavailable"
    MEMORY_BELOW_OS = "memory-below-os"
    MEMORY_ABOVE_HOST = "memory-above-host"
    VCPUS_BELOW_OS = "vcpus-below-os"
    VCPUS_ABOVE_MAX = "vcpus-above-max"
    VCPUS_ABOVE_HOST = "vcpus-above-host"
    ISO_PATH_EMPTY = "iso-path-empty"
    ISO_VOLUME_EMPTY = "iso-volume-empty"
    CDROM_DEVICE_EMPTY = "cdrom-device-empty"
    KERNEL_EMPTY = "kernel-empty"
    BASE_EMPTY = "base-empty"
    DISK_PATH_EMPTY = "disk-path-empty"
    PATH_MISSING = "path-missing"
    PATH_UNREADABLE = "path-unreadable"
    PATH_UNUSABLE = "path-unusable"
    PATH_NOT_FILE = "path-not-file"
    PATH_NOT_DEVICE = "path-not-device"
    PATH_NOT_ABSOLUTE = "path-not-absolute"
    TEXT_CONTROL_CHARACTER = "text-control-character"
    POOL_EMPTY = "pool-empty"
    POOL_MISSING = "pool-missing"
    POOL_INACTIVE = "pool-inactive"
    POOL_NO_NEW_VOLUMES = "pool-no-new-volumes"
    CLOUD_NEEDS_FILE_POOL = "cloud-needs-file-pool"
    VOLUME_NAME_INVALID = "volume-name-invalid"
    VOLUME_EXISTS = "volume-exists"
    VOLUME_MISSING = "volume-missing"
    VOLUME_SAME_AS_SEED = "volume-same-as-seed"
    DISK_SIZE_ZERO = "disk-size-zero"
    DISK_BELOW_OS = "disk-below-os"
    DISK_BELOW_IMAGE = "disk-below-image"
    DISK_BEYOND_POOL = "disk-beyond-pool"
    DISK_BEYOND_POOL_SPARSE = "disk-beyond-pool-sparse"
    IMPORT_NEEDS_DISK = "import-needs-disk"
    CLOUD_NEEDS_NEW_VOLUME = "cloud-needs-new-volume"
    PXE_NEEDS_NETWORK = "pxe-needs-network"
    NETWORK_SOURCE_EMPTY = "network-source-empty"
    NETWORK_SOURCE_INVALID = "network-source-invalid"
    NETWORK_MISSING = "network-missing"
    NETWORK_INACTIVE = "network-inactive"
    MAC_INVALID = "mac-invalid"
    MAC_MULTICAST = "mac-multicast"
    UEFI_UNAVAILABLE = "uefi-unavailable"
    SECURE_BOOT_UNAVAILABLE = "secure-boot-unavailable"
    LOADER_UNKNOWN = "loader-unknown"
    OS_NEEDS_UEFI = "os-needs-uefi"
    GRAPHICS_UNAVAILABLE = "graphics-unavailable"
    TPM_UNAVAILABLE = "tpm-unavailable"
    BUS_UNAVAILABLE = "bus-unavailable"
    CLOUD_NO_NETWORK = "cloud-no-network"
    CLOUD_NO_LOGIN = "cloud-no-login"
    HOSTNAME_INVALID = "hostname-invalid"
    USER_INVALID = "user-invalid"
    USER_ROOT = "user-root"
    PASSWORD_HASH_INVALID = "password-hash-invalid"
    PASSWORD_WITHOUT_USER = "password-without-user"
    ROOT_PASSWORD_WITHOUT_PASSWORD = "root-password-without-password"
    ROOT_KEY_WITHOUT_KEYS = "root-key-without-keys"
    SSH_KEY_INVALID = "ssh-key-invalid"
    SSH_KEY_PRIVATE = "ssh-key-private"
    SSH_KEY_TWO = "ssh-key-two"
    USER_DATA_SYNTAX = "user-data-syntax"
    USER_DATA_NOT_MAPPING = "user-data-not-mapping"
    USER_DATA_RECURSIVE = "user-data-recursive"
    USER_DATA_TOO_LARGE = "user-data-too-large"
    NETWORK_CONFIG_SYNTAX = "network-config-syntax"
    NETWORK_CONFIG_NOT_MAPPING = "network-config-not-mapping"


# Problems that only say a required value has not been given yet. They block like errors,
# but a form asks for the value in the normal tone instead of marking the empty field as
# wrong: a wizard that opens on a blank field should not greet the user in red.
ASKS_FOR_A_VALUE = frozenset({
    Code.NAME_EMPTY, Code.ISO_PATH_EMPTY, Code.ISO_VOLUME_EMPTY, Code.CDROM_DEVICE_EMPTY,
    Code.KERNEL_EMPTY, Code.BASE_EMPTY, Code.DISK_PATH_EMPTY, Code.POOL_EMPTY,
    Code.NETWORK_SOURCE_EMPTY,
})


TEXTS: dict[Code, str] = {
    Code.NAME_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Enter a name for the virtual machine."),
    Code.NAME_TOO_LONG: QT_TRANSLATE_NOOP("NewVm", "The name is too long: use at most %1 characters."),
    Code.NAME_CHARS: QT_TRANSLATE_NOOP(
        "NewVm",
        "Use only letters, digits, '_', '.' and '-' in the name, and do not start it with '.' or '-'.",
    ),
    Code.NAME_TAKEN: QT_TRANSLATE_NOOP("NewVm", "This host already has a virtual machine named '%1'."),
    Code.ARCH_UNSUPPORTED: QT_TRANSLATE_NOOP("NewVm", "This host cannot run %1 guests."),
    Code.MACHINE_UNSUPPORTED: QT_TRANSLATE_NOOP("NewVm", "This host has no machine type '%1' for %2 guests."),
    Code.KVM_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "NewVm", "This host cannot use KVM for %1 guests; choose QEMU emulation instead."
    ),
    Code.CPU_MODE_UNAVAILABLE: QT_TRANSLATE_NOOP("NewVm", "This host does not offer the CPU mode %1."),
    Code.MEMORY_BELOW_OS: QT_TRANSLATE_NOOP("NewVm", "The operating system needs at least %1 of memory."),
    Code.MEMORY_ABOVE_HOST: QT_TRANSLATE_NOOP("NewVm", "The host has only %1 of memory."),
    Code.VCPUS_BELOW_OS: QT_TRANSLATE_NOOP("NewVm", "The operating system needs %n or more virtual CPUs."),
    Code.VCPUS_ABOVE_MAX: QT_TRANSLATE_NOOP(
        "NewVm", "This host gives a virtual machine no more virtual CPUs than %n."
    ),
    Code.VCPUS_ABOVE_HOST: QT_TRANSLATE_NOOP(
        "NewVm", "More virtual CPUs than the host has (%n) make the guest slower, not faster."
    ),
    Code.ISO_PATH_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the ISO image to install from."),
    Code.ISO_VOLUME_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the ISO volume to install from."),
    Code.CDROM_DEVICE_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the host's CD-ROM drive."),
    Code.KERNEL_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the kernel to boot."),
    Code.BASE_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the cloud image to start from."),
    Code.DISK_PATH_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose the disk image."),
    Code.PATH_MISSING: QT_TRANSLATE_NOOP("NewVm", "%1 does not exist."),
    Code.PATH_UNREADABLE: QT_TRANSLATE_NOOP("NewVm", "%1 cannot be read (permission denied)."),
    Code.PATH_UNUSABLE: QT_TRANSLATE_NOOP("NewVm", "%1 cannot be used: %2."),
    Code.PATH_NOT_FILE: QT_TRANSLATE_NOOP("NewVm", "%1 is not a file."),
    Code.PATH_NOT_DEVICE: QT_TRANSLATE_NOOP("NewVm", "%1 is not a device."),
    Code.PATH_NOT_ABSOLUTE: QT_TRANSLATE_NOOP("NewVm", "'%1' is not a full path: it must start with '/'."),
    Code.TEXT_CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "NewVm", "This holds a control character (%1), which libvirt cannot store; remove it."
    ),
    Code.POOL_EMPTY: QT_TRANSLATE_NOOP("NewVm", "Choose a storage pool."),
    Code.POOL_MISSING: QT_TRANSLATE_NOOP("NewVm", "This host has no storage pool named '%1'."),
    Code.POOL_INACTIVE: QT_TRANSLATE_NOOP("NewVm", "Storage pool '%1' is not running; start it first."),
    Code.POOL_NO_NEW_VOLUMES: QT_TRANSLATE_NOOP(
        "NewVm", "Storage pool '%1' (%2) cannot make new volumes: its volumes come from the "
        "storage itself. Choose another pool."
    ),
    Code.CLOUD_NEEDS_FILE_POOL: QT_TRANSLATE_NOOP(
        "NewVm", "A cloud image needs a pool of image files (a directory, file system or network "
        "file system): its disk is a qcow2 overlay, which cannot be a volume of storage pool "
        "'%1' (%2)."
    ),
    Code.VOLUME_NAME_INVALID: QT_TRANSLATE_NOOP(
        "NewVm", "'%1' cannot be a volume name: it must not be empty or contain '/'."
    ),
    Code.VOLUME_EXISTS: QT_TRANSLATE_NOOP("NewVm", "Storage pool '%1' already has a volume named '%2'."),
    Code.VOLUME_MISSING: QT_TRANSLATE_NOOP("NewVm", "Storage pool '%1' has no volume named '%2'."),
    Code.VOLUME_SAME_AS_SEED: QT_TRANSLATE_NOOP(
        "NewVm", "The cloud-init seed volume is named '%1' too; give the disk volume another name."
    ),
    Code.DISK_SIZE_ZERO: QT_TRANSLATE_NOOP("NewVm", "Give the new disk a size."),
    Code.DISK_BELOW_OS: QT_TRANSLATE_NOOP("NewVm", "The operating system needs a disk of at least %1."),
    Code.DISK_BELOW_IMAGE: QT_TRANSLATE_NOOP(
        "NewVm", "The cloud image is %1: the new disk gets that size, not less."
    ),
    Code.DISK_BEYOND_POOL: QT_TRANSLATE_NOOP(
        "NewVm", "The disk needs %1 but storage pool '%2' has only %3 free."
    ),
    Code.DISK_BEYOND_POOL_SPARSE: QT_TRANSLATE_NOOP(
        "NewVm",
        "The disk may grow to %1 but storage pool '%2' has only %3 free; "
        "the guest's writes will fail once the pool is full.",
    ),
    Code.IMPORT_NEEDS_DISK: QT_TRANSLATE_NOOP("NewVm", "Choose the existing disk image or volume to import."),
    Code.CLOUD_NEEDS_NEW_VOLUME: QT_TRANSLATE_NOOP(
        "NewVm", "A cloud image needs a new volume for its disk; the image itself stays unchanged."
    ),
    Code.PXE_NEEDS_NETWORK: QT_TRANSLATE_NOOP("NewVm", "Network boot needs a network connection."),
    Code.NETWORK_SOURCE_EMPTY: QT_TRANSLATE_NOOP(
        "NewVm", "Choose the network, bridge or device to connect to."
    ),
    Code.NETWORK_SOURCE_INVALID: QT_TRANSLATE_NOOP(
        "NewVm", "'%1' is not a host interface name: at most 15 characters, without spaces, '/' or ':'."
    ),
    Code.NETWORK_MISSING: QT_TRANSLATE_NOOP("NewVm", "This host has no virtual network named '%1'."),
    Code.NETWORK_INACTIVE: QT_TRANSLATE_NOOP(
        "NewVm", "Virtual network '%1' is not running; the virtual machine cannot start until it is."
    ),
    Code.MAC_INVALID: QT_TRANSLATE_NOOP("NewVm", "'%1' is not a MAC address like 52:54:00:12:34:56."),
    Code.MAC_MULTICAST: QT_TRANSLATE_NOOP(
        "NewVm", "%1 is a multicast or all-zero address; use a unicast one."
    ),
    Code.UEFI_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "NewVm", "This host has no UEFI firmware for this machine type."
    ),
    Code.SECURE_BOOT_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "NewVm", "This host has no Secure Boot firmware for this machine type."
    ),
    Code.LOADER_UNKNOWN: QT_TRANSLATE_NOOP("NewVm", "This host does not offer the firmware %1."),
    Code.OS_NEEDS_UEFI: QT_TRANSLATE_NOOP("NewVm", "The operating system starts only with UEFI firmware."),
    Code.GRAPHICS_UNAVAILABLE: QT_TRANSLATE_NOOP("NewVm", "This host does not offer %1 graphics."),
    Code.TPM_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "NewVm", "The operating system needs a TPM 2.0, but this host cannot emulate one (swtpm is missing)."
    ),
    Code.BUS_UNAVAILABLE: QT_TRANSLATE_NOOP("NewVm", "This machine type has no %1 disk bus."),
    Code.CLOUD_NO_NETWORK: QT_TRANSLATE_NOOP(
        "NewVm",
        "Without a network, cloud-init cannot reach anything and nobody can reach the guest over SSH.",
    ),
    Code.CLOUD_NO_LOGIN: QT_TRANSLATE_NOOP(
        "NewVm", "Nobody will be able to log in: give a password or an SSH key."
    ),
    Code.HOSTNAME_INVALID: QT_TRANSLATE_NOOP(
        "NewVm", "'%1' is not a host name: use letters, digits and '-', at most 63 between dots."
    ),
    Code.USER_INVALID: QT_TRANSLATE_NOOP(
        "NewVm",
        "'%1' is not a user name: start with a lower-case letter or '_', "
        "then use lower-case letters, digits, '_' or '-' (at most 32).",
    ),
    Code.USER_ROOT: QT_TRANSLATE_NOOP(
        "NewVm", "Choose a user other than root; root's login is set separately."
    ),
    Code.PASSWORD_HASH_INVALID: QT_TRANSLATE_NOOP("NewVm", "The password is not stored as a SHA-512 hash."),
    Code.PASSWORD_WITHOUT_USER: QT_TRANSLATE_NOOP(
        "NewVm", "Enter the name of the user the password is for."
    ),
    Code.ROOT_PASSWORD_WITHOUT_PASSWORD: QT_TRANSLATE_NOOP(
        "NewVm", "Root login with a password needs a password."
    ),
    Code.ROOT_KEY_WITHOUT_KEYS: QT_TRANSLATE_NOOP("NewVm", "Root login with an SSH key needs an SSH key."),
    Code.SSH_KEY_INVALID: QT_TRANSLATE_NOOP(
        "NewVm", "SSH key %1 is not a public key like 'ssh-ed25519 AAAA… comment'."
    ),
    Code.SSH_KEY_PRIVATE: QT_TRANSLATE_NOOP(
        "NewVm", "SSH key %1 is a private key; paste the public key (the .pub file) instead."
    ),
    Code.SSH_KEY_TWO: QT_TRANSLATE_NOOP(
        "NewVm", "SSH key %1 holds two keys: put each key on a line of its own."
    ),
    Code.USER_DATA_SYNTAX: QT_TRANSLATE_NOOP("NewVm", "The extra user-data is not valid YAML (line %1): %2"),
    Code.USER_DATA_NOT_MAPPING: QT_TRANSLATE_NOOP(
        "NewVm", "The extra user-data must be a YAML mapping of keys to values."
    ),
    Code.USER_DATA_RECURSIVE: QT_TRANSLATE_NOOP(
        "NewVm", "The extra user-data has an alias (*name) inside its own anchor (&name); "
        "cloud-init user-data cannot hold a value that contains itself."
    ),
    Code.USER_DATA_TOO_LARGE: QT_TRANSLATE_NOOP(
        "NewVm", "The extra user-data is too large to write out: spelt in full (each alias "
        "*name as its anchor) it would hold more than %1 values, or it is nested too deep."
    ),
    Code.NETWORK_CONFIG_SYNTAX: QT_TRANSLATE_NOOP(
        "NewVm", "The network configuration is not valid YAML (line %1): %2"
    ),
    Code.NETWORK_CONFIG_NOT_MAPPING: QT_TRANSLATE_NOOP(
        "NewVm", "The network configuration must be a YAML mapping of keys to values."
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a spec. ``field`` names the spec field with a stable
    key (``name``, ``memory``, ``install.kernel``, ``cloud_init.ssh_keys[0]``…)."""

    field: str
    code: Code
    args: tuple[Arg, ...] = ()
    severity: Severity = Severity.ERROR
    n: int | None = None  # for %n plurals

    @property
    def words(self) -> Words:
        return Words(CONTEXT, TEXTS[self.code], self.args, self.n)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def warning(field: str, code: Code, *args: Arg, n: int | None = None) -> Problem:
    return Problem(field, code, args, Severity.WARNING, n)


def error(field: str, code: Code, *args: Arg, n: int | None = None) -> Problem:
    return Problem(field, code, args, Severity.ERROR, n)
