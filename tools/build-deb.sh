#!/usr/bin/env bash
# Builds kvmgui's Debian source and binary packages in a Debian 13 (trixie) chroot made
# with debootstrap, runs lintian on them, installs the .deb there with its dependencies
# and starts it offscreen.  Debian 12 has no PySide6, hence the chroot.
#   usage: tools/build-deb.sh [OUTDIR]      (root; default OUTDIR: dist/deb)
# The chroot is cached in $KVMGUI_DEB_CHROOT (default /var/tmp/kvmgui-deb/trixie).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${1:-$ROOT/dist/deb}
CHROOT=${KVMGUI_DEB_CHROOT:-/var/tmp/kvmgui-deb/trixie}
MIRROR=${KVMGUI_DEB_MIRROR:-http://deb.debian.org/debian}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kvmgui/__init__.py)
TOOLS=(build-essential lintian)  # the package's own Build-Depends come from debian/control

[[ $(id -u) -eq 0 ]] || { echo "build-deb: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "build-deb: apt-get install debootstrap" >&2; exit 2; }

in_chroot() { chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_fs() {
    mount -t proc proc "$CHROOT/proc"; mounted+=("$CHROOT/proc")
    mkdir -p "$CHROOT/dev/pts"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CHROOT/dev/pts"; mounted+=("$CHROOT/dev/pts")
}

READY="$CHROOT/.kvmgui-build-deps"  # written once the build dependencies are in
if [[ ! -e "$READY" ]]; then
    if [[ ! -x "$CHROOT/bin/sh" ]]; then
        echo "build-deb: debootstrap trixie into $CHROOT"
        mkdir -p "$(dirname "$CHROOT")"
        debootstrap --variant=buildd trixie "$CHROOT" "$MIRROR" >/dev/null
    fi
    mount_fs
    in_chroot apt-get update -q >/dev/null
    in_chroot apt-get install -y -q --no-install-recommends "${TOOLS[@]}" >/dev/null
    touch "$READY"
else
    mount_fs
fi

# The source tree as git has it (no venv, caches or build leftovers), debian/ at its top.
work="$CHROOT/build"
rm -rf "$work"; mkdir -p "$work/kvmgui-$VERSION"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/kvmgui-$VERSION"
cp -a packaging/debian "$work/kvmgui-$VERSION/debian"

in_chroot apt-get build-dep -y -q "/build/kvmgui-$VERSION" >/dev/null

echo "build-deb: dpkg-buildpackage"
in_chroot sh -c "cd /build/kvmgui-$VERSION && dpkg-buildpackage -us -uc" > "$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log"; exit 1; }

echo "build-deb: lintian"
lint=$(in_chroot runuser -u nobody -- env HOME=/tmp sh -c "cd /build && lintian --fail-on error,warning --display-info kvmgui_${VERSION}_*.changes" 2>&1) \
    || { echo "$lint"; echo "build-deb: lintian failed" >&2; exit 1; }
[[ -z "$lint" ]] || { echo "$lint"; echo "build-deb: lintian printed the above" >&2; exit 1; }

echo "build-deb: install and start"
in_chroot apt-get install -y -q --no-install-recommends "/build/kvmgui_${VERSION}_all.deb" >/dev/null
in_chroot kvmgui --version
in_chroot env QT_QPA_PLATFORM=offscreen python3 -c "$(cat tools/smoke-start.py)"

mkdir -p "$OUT"
cp "$work"/kvmgui_"${VERSION}"* "$OUT"/
in_chroot apt-get remove -y -q kvmgui >/dev/null
echo "build-deb: packages in $OUT"
