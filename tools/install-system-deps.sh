#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages kvmgui needs to build, run and test.
# Idempotent and quiet when everything is present: dpkg is asked first, apt only when something is missing.
set -euo pipefail

runtime=(
    # the VNC console: GVnc's introspection data (PyGObject itself: the 'gi' extra);
    # virt-viewer for SPICE displays (and VNC where GVnc is missing)
    gir1.2-gtk-vnc-2.0 virt-viewer
    python3 python3-venv python3-dev libvirt-dev pkg-config gcc libvirt-clients
    # Qt's xcb platform plugin on a bare machine
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libegl1
    libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core openssh-client
    # Chinese glyphs for the zh_Hant / zh_Hans translations
    fonts-noto-cjk
    # PyGObject and pycairo build from source (pip) against these; libosinfo's typelib and data
    libgirepository1.0-dev libcairo2-dev gir1.2-libosinfo-1.0 osinfo-db
)
testing=(
    # a real libvirtd + QEMU in a network namespace, and the tiny guest
    libvirt-daemon-system qemu-system-x86 qemu-utils dnsmasq-base iproute2 busybox-static cpio
    # an LVM storage pool on a loop device (tests/integration/test_storage_pools.py)
    lvm2
    # remote hosts in the test rig: qemu+ssh:// (an sshd in the host's namespaces, nc on the
    # far side), nsenter and taskset (util-linux), ss (iproute2), refusing clients (iptables)
    openssh-server netcat-openbsd util-linux iptables
    # a Secret Service on a private session bus: "remember password" for ssh logins
    # (tests/integration/test_ssh_login.py)
    gnome-keyring
    # the window on a virtual screen, screenshots, and the accessibility stack
    xvfb imagemagick at-spi2-core python3-pyatspi dbus dbus-x11 xauth
    # packaging checks: validators, the man page linter, rpmspec, and the Debian 13 chroot
    desktop-file-utils appstream appstream-util mandoc rpm debootstrap
    # reading back the cloud-init seed ISO (isoinfo)
    genisoimage p7zip-full
    # the new-VM wizard's XML beside virt-install --print-xml (tests/integration/test_newvm_virt_install.py)
    virtinst
    # Windows 11's needs on the test host: a TPM 2.0 emulator (libvirt refuses the TPM
    # without it: the golden specs in tests/integration/test_newvm_job.py) and UEFI
    # firmware (virt-install --boot uefi); only recommended or suggested by QEMU's packages
    swtpm swtpm-tools ovmf
)

case "${1:-all}" in
    runtime) wanted=("${runtime[@]}") ;;
    all) wanted=("${runtime[@]}" "${testing[@]}") ;;
    *) echo "usage: $0 [runtime|all]" >&2; exit 2 ;;
esac

if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get here. On Fedora: sudo dnf install python3 libvirt-devel pkgconf gcc libvirt-client" \
         "libvirt-daemon-kvm qemu-system-x86 qemu-img dnsmasq iproute busybox cpio xorg-x11-server-Xvfb" \
         "ImageMagick at-spi2-core python3-pyatspi desktop-file-utils appstream xcb-util-cursor" \
         "gobject-introspection-devel cairo-devel libosinfo osinfo-db genisoimage google-noto-sans-cjk-fonts" \
         "openssh-server nmap-ncat util-linux iptables" >&2
    exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
