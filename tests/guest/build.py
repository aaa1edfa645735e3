"""Build (and cache) a tiny real guest: Debian's cloud kernel + a busybox initramfs.

The guest boots by direct kernel boot (no disk), prints markers on ttyS0, loads the
virtio-net modules, and keeps running ``udhcpc`` on every NIC (including NICs
hot-added later), sending its name (``kvmgui.name=`` on the kernel cmdline) as DHCP
hostname.  The ACPI power button powers it off (busybox acpid), so graceful
shutdown / reboot work.

Serial console markers (one per line)::

    KVMGUI-GUEST-BOOT name=<name>
    KVMGUI-GUEST-IP iface=<eth0> ip=<a.b.c.d> name=<name>      (each bound/renewed lease)
    KVMGUI-GUEST-READY name=<name> iface=<eth0> ip=<a.b.c.d>   (first lease only)
    KVMGUI-GUEST-POWEROFF name=<name>

With ``kvmgui.shell=ttyS0`` on the kernel command line (``extra_cmdline``) a root shell
runs on ttyS0 (busybox getty, respawned), for tests that type into the serial console.

Assets are cached in ``<repo>/.cache/guest/`` (ignored by git).
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import lzma
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

REPO_ROOT = Path(__file__).resolve().parents[2]
GUEST_CACHE_DIR = REPO_ROOT / ".cache" / "guest"
KERNEL_METAPACKAGE = "linux-image-cloud-amd64"
BUSYBOX = "/bin/busybox"

BOOT_MARKER = "KVMGUI-GUEST-BOOT"
IP_MARKER = "KVMGUI-GUEST-IP"
READY_MARKER = "KVMGUI-GUEST-READY"
POWEROFF_MARKER = "KVMGUI-GUEST-POWEROFF"

# Load order matters (no modules.dep / modprobe in the initramfs).
MODULES = (
    "virtio_ring",
    "virtio",
    "virtio_pci_legacy_dev",
    "virtio_pci_modern_dev",
    "virtio_pci",
    "failover",
    "net_failover",
    "virtio_net",
    # ACPI power button -> /dev/input/event* -> acpid -> poweroff
    "evdev",
    "button",
)

INIT_SCRIPT = r"""#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /tmp /run /var/run /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
mount -t devtmpfs devtmpfs /dev 2>/dev/null
exec 0</dev/console 1>/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t tmpfs tmpfs /tmp
NAME=guest
for arg in $(cat /proc/cmdline); do
    case "$arg" in kvmgui.name=*) NAME="${arg#kvmgui.name=}" ;; esac
done
echo "$NAME" > /etc/guest-name
hostname "$NAME"
echo "@BOOT@ name=$NAME"
for m in @MODULES@; do
    insmod "/lib/modules/$m.ko" || echo "KVMGUI-GUEST-WARN insmod $m failed"
done
acpid -c /etc/acpi -l /tmp/acpid.log 2>/dev/null || true
# kvmgui.shell=<tty>: a root shell on that tty (serial console tests), respawned on exit.
SHELL_TTY=
for arg in $(cat /proc/cmdline); do
    case "$arg" in kvmgui.shell=*) SHELL_TTY="${arg#kvmgui.shell=}" ;; esac
done
if [ -n "$SHELL_TTY" ]; then
    (while true; do setsid getty -n -l /bin/sh 0 "$SHELL_TTY" vt100; sleep 1; done) &
fi
ip link set lo up
# One long-running udhcpc per NIC; new NICs (hot-plug) are picked up by the loop.
while true; do
    for dev in /sys/class/net/*; do
        i="${dev##*/}"
        [ "$i" = lo ] && continue
        pid=$(cat "/tmp/udhcpc.$i" 2>/dev/null)
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && continue
        ip link set "$i" up
        udhcpc -f -i "$i" -x "hostname:$NAME" -s /etc/udhcpc.sh \
            -t 5 -T 1 -A 2 >/dev/null 2>&1 &
        echo $! > "/tmp/udhcpc.$i"
    done
    sleep 1
done
"""

UDHCPC_SCRIPT = r"""#!/bin/sh
NAME=$(cat /etc/guest-name)
case "$1" in
    deconfig)
        ip addr flush dev "$interface"
        ip link set "$interface" up
        ;;
    bound|renew)
        ip addr flush dev "$interface"
        ip addr add "$ip/${mask:-24}" dev "$interface"
        if [ -n "$router" ]; then
            ip route replace default via "${router%% *}" dev "$interface" 2>/dev/null
        fi
        echo "@IP@ iface=$interface ip=$ip name=$NAME" > /dev/console
        if [ ! -e /tmp/ready ]; then
            touch /tmp/ready
            echo "@READY@ name=$NAME iface=$interface ip=$ip" > /dev/console
        fi
        ;;
esac
exit 0
"""

POWER_SCRIPT = r"""#!/bin/sh
echo "@POWEROFF@ name=$(cat /etc/guest-name)" > /dev/console
poweroff -f
"""


@dataclass(frozen=True)
class GuestAssets:
    kernel: Path
    initrd: Path


def _render(text: str) -> str:
    return (
        text.replace("@BOOT@", BOOT_MARKER)
        .replace("@IP@", IP_MARKER)
        .replace("@READY@", READY_MARKER)
        .replace("@POWEROFF@", POWEROFF_MARKER)
        .replace("@MODULES@", " ".join(MODULES))
    )


def _recipe_hash() -> str:
    h = hashlib.sha256()
    for part in (INIT_SCRIPT, UDHCPC_SCRIPT, POWER_SCRIPT, " ".join(MODULES)):
        h.update(part.encode())
        h.update(b"\0")
    busybox = Path(BUSYBOX)
    if busybox.exists():
        st = busybox.stat()
        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _run(argv: list[str], cwd: Path | None = None) -> str:
    r = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def _resolve_kernel_package() -> str:
    """linux-image-cloud-amd64 is a metapackage: return the real linux-image-6.x package."""

    def depends() -> str | None:
        r = subprocess.run(["apt-cache", "depends", KERNEL_METAPACKAGE], capture_output=True, text=True)
        m = re.search(r"Depends:\s*(linux-image-\S+-cloud-amd64)", r.stdout)
        return m.group(1) if m else None

    pkg = depends()
    if pkg is None:
        _run(["apt-get", "update"])
        pkg = depends()
    if pkg is None:
        raise RuntimeError(f"cannot resolve the real kernel package of {KERNEL_METAPACKAGE}")
    return pkg


def _download_deb(pkg: str, dest: Path) -> Path:
    existing = sorted(dest.glob(f"{pkg}_*.deb"))
    if existing:
        return existing[-1]
    try:
        _run(["apt-get", "download", pkg], cwd=dest)
    except RuntimeError:
        _run(["apt-get", "update"])
        _run(["apt-get", "download", pkg], cwd=dest)
    debs = sorted(dest.glob(f"{pkg}_*.deb"))
    if not debs:
        raise RuntimeError(f"apt-get download {pkg} produced no .deb in {dest}")
    return debs[-1]


def _read_module(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.endswith(".ko.xz"):
        return lzma.decompress(data)
    if path.name.endswith(".ko.gz"):
        return gzip.decompress(data)
    if path.name.endswith(".ko.zst"):
        return subprocess.run(["zstd", "-dc", str(path)], capture_output=True, check=True).stdout
    return data


def _find_modules(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for p in root.rglob("*.ko*"):
        name = re.sub(r"\.ko(\.(xz|gz|zst))?$", "", p.name)
        if name in MODULES:
            found[name] = p
    missing = [m for m in MODULES if m not in found]
    if missing:
        raise RuntimeError(f"kernel modules not found under {root}: {missing}")
    return found


def _build_initramfs(modules_root: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="kvmgui-initramfs-") as tmp:
        root = Path(tmp) / "root"
        for d in (
            "bin",
            "sbin",
            "etc/acpi/PWRF",
            "lib/modules",
            "proc",
            "sys",
            "dev",
            "tmp",
            "run",
            "usr/bin",
            "usr/sbin",
        ):
            (root / d).mkdir(parents=True, exist_ok=True)
        shutil.copy2(BUSYBOX, root / "bin" / "busybox")
        (root / "bin" / "sh").symlink_to("busybox")
        files = {
            "init": INIT_SCRIPT,
            "etc/udhcpc.sh": UDHCPC_SCRIPT,
            # busybox acpid maps the power button to /etc/acpi/PWRF/00000080
            "etc/acpi/PWRF/00000080": POWER_SCRIPT,
        }
        for rel, text in files.items():
            p = root / rel
            p.write_text(_render(text))
            p.chmod(0o755)
        for name, path in _find_modules(modules_root).items():
            (root / "lib" / "modules" / f"{name}.ko").write_bytes(_read_module(path))
        if os.geteuid() == 0:
            # Lets the kernel open an initial console before devtmpfs is mounted.
            os.mknod(root / "dev" / "console", 0o600 | 0o020000, os.makedev(5, 1))
        names = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        listing = "\n".join([".", *names]) + "\n"
        cpio = subprocess.run(
            ["cpio", "--quiet", "-o", "-H", "newc", "-R", "0:0"],
            cwd=root,
            input=listing.encode(),
            capture_output=True,
            check=True,
        )
        out.write_bytes(gzip.compress(cpio.stdout, compresslevel=6, mtime=0))


def ensure_guest_assets(cache_dir: Path = GUEST_CACHE_DIR) -> GuestAssets:
    """Return the cached kernel + initramfs, building them first if needed (idempotent).

    Fast path: the ``current.json`` manifest points to files built with the current
    recipe -> no apt, no subprocess.  Builds are serialised with a file lock.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    recipe = _recipe_hash()
    manifest = cache_dir / "current.json"

    def cached() -> GuestAssets | None:
        try:
            data = json.loads(manifest.read_text())
        except (OSError, ValueError):
            return None
        if data.get("recipe") != recipe:
            return None
        assets = GuestAssets(cache_dir / data["kernel"], cache_dir / data["initrd"])
        if assets.kernel.is_file() and assets.initrd.is_file():
            return assets
        return None

    if (assets := cached()) is not None:
        return assets
    with open(cache_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (assets := cached()) is not None:
            return assets
        debs = cache_dir / "debs"
        debs.mkdir(exist_ok=True)
        # A cached kernel .deb is reused as is (works offline); apt only on first use.
        cached_debs = sorted(debs.glob("linux-image-*-cloud-amd64_*.deb"))
        deb = cached_debs[-1] if cached_debs else _download_deb(_resolve_kernel_package(), debs)
        with tempfile.TemporaryDirectory(prefix=".extract-", dir=cache_dir) as tmp:
            tree = Path(tmp)
            _run(["dpkg-deb", "-x", str(deb), str(tree)])
            vmlinuz = sorted(tree.glob("boot/vmlinuz-*"))
            if not vmlinuz:
                raise RuntimeError(f"no vmlinuz found in {deb}")
            kernel = cache_dir / vmlinuz[-1].name
            tmp_kernel = cache_dir / f".{kernel.name}.tmp"
            shutil.copyfile(vmlinuz[-1], tmp_kernel)
            tmp_kernel.replace(kernel)
            initrd = cache_dir / f"initrd-{kernel.name.removeprefix('vmlinuz-')}-{recipe}.img"
            tmp_initrd = cache_dir / f".{initrd.name}.tmp"
            _build_initramfs(tree / "lib" / "modules", tmp_initrd)
            tmp_initrd.replace(initrd)
        for old in (*cache_dir.glob("initrd-*.img"), *cache_dir.glob("vmlinuz-*")):
            if old not in (initrd, kernel):
                old.unlink()
        manifest.write_text(json.dumps({"recipe": recipe, "kernel": kernel.name, "initrd": initrd.name}))
        return GuestAssets(kernel, initrd)


def tiny_guest_xml(
    name: str,
    assets: GuestAssets,
    network: str | None = None,
    serial_log: str | os.PathLike[str] | None = None,
    memory_mib: int = 128,
    *,
    mac: str | None = None,
    uuid: str | None = None,
    extra_cmdline: str = "",
    vnc: bool = False,
) -> str:
    """Domain XML of the tiny guest: TCG (type='qemu'), machine 'pc', direct kernel boot.

    ``network``: name of a libvirt network for one virtio NIC (none when None).
    ``serial_log``: file receiving the serial console (ttyS0) output.
    ``vnc``: a VGA card and a VNC display (the screen shows tty1, in VGA text mode).
    """
    E = etree.Element
    S = etree.SubElement
    dom = E("domain", type="qemu")
    S(dom, "name").text = name
    if uuid:
        S(dom, "uuid").text = uuid
    S(dom, "memory", unit="MiB").text = str(memory_mib)
    S(dom, "currentMemory", unit="MiB").text = str(memory_mib)
    S(dom, "vcpu", placement="static").text = "1"
    os_el = S(dom, "os")
    S(os_el, "type", arch="x86_64", machine="pc").text = "hvm"
    S(os_el, "kernel").text = str(assets.kernel)
    S(os_el, "initrd").text = str(assets.initrd)
    cmdline = f"console=ttyS0 quiet panic=-1 kvmgui.name={name}"
    if extra_cmdline:
        cmdline += " " + extra_cmdline
    S(os_el, "cmdline").text = cmdline
    features = S(dom, "features")
    S(features, "acpi")
    S(dom, "on_poweroff").text = "destroy"
    S(dom, "on_reboot").text = "restart"
    S(dom, "on_crash").text = "destroy"
    devices = S(dom, "devices")
    if network is not None:
        iface = S(devices, "interface", type="network")
        if mac:
            S(iface, "mac", address=mac)
        S(iface, "source", network=network)
        S(iface, "model", type="virtio")
    if serial_log is not None:
        serial = S(devices, "serial", type="file")
        S(serial, "source", path=str(serial_log))
        S(serial, "target", port="0")
    else:
        serial = S(devices, "serial", type="pty")
        S(serial, "target", port="0")
    if vnc:
        S(devices, "graphics", type="vnc", autoport="yes")
        video = S(devices, "video")
        S(video, "model", type="vga", heads="1", primary="yes")
    S(devices, "memballoon", model="none")
    return etree.tostring(dom, pretty_print=True, encoding="unicode")


if __name__ == "__main__":  # pragma: no cover - manual use: python -m tests.guest.build
    a = ensure_guest_assets()
    print(f"kernel: {a.kernel}\ninitrd: {a.initrd}")
