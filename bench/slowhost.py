"""A real far host behind a slow link, for the benches that measure a client during a
burst on it (bench/remote.py from inside the client, bench/a11y_remote.py from outside).

An isolated libvirtd (tests/integration/remote_host.py) with ``vms`` tiny guests, reached
over ``qemu+tcp`` through the delaying proxy; ``far`` is a second client on the far side
of the link, which starts the guests. Run as root.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import libvirt

from bench.fargroup import IdleGroup
from tests.guest.build import ensure_guest_assets, tiny_guest_xml
from tests.integration.delay_proxy import DelayProxy
from tests.integration.helpers import define_domain
from tests.integration.remote_host import RemoteHost, remote_skip_reason


@dataclass
class SlowHost:
    host: RemoteHost
    uri: str  # through the proxy: what the measured client opens
    far: libvirt.virConnect  # the other client, without the delay
    names: list[str]
    kvm: bool
    group: IdleGroup | None  # the far side on idle CPU time (--far-idle)

    @property
    def far_idle(self) -> str:
        return self.group.how if self.group is not None else ""

    def hang(self) -> None:
        """Drop the host's traffic (its veth down): nothing is closed, nothing answers."""
        self.host.hang()

    def kill(self) -> None:
        """SIGKILL the host's libvirtd (its guests keep running)."""
        self.host.kill_daemon()

    def recover(self) -> None:
        """Undo ``hang`` or ``kill``: the host answers again, with a fresh ``far``."""
        if self.host.hung:
            self.host.unhang()
        else:
            self.host.restart_daemon()
            if self.group is not None:
                assert self.host.pid is not None
                self.group.add(self.host.pid)
        with contextlib.suppress(libvirt.libvirtError):
            self.far.close()
        self.far = libvirt.open(self.host.uri)

    def renice_guest(self, name: str, nice: int) -> None:
        """Put a started guest's QEMU (its own session, so its own scheduling autogroup) at
        ``nice``: the guests stand for another machine's load, which would not compete
        with the client for this machine's CPUs."""
        with contextlib.suppress(OSError, ValueError):
            pid = int(self.host.state_path(f"/run/libvirt/qemu/{name}.pid").read_text().strip())
            Path(f"/proc/{pid}/autogroup").write_text(str(nice))

    def destroy_all(self, names: list[str]) -> None:
        for name in names:
            with contextlib.suppress(libvirt.libvirtError):
                self.far.lookupByName(name).destroy()


@contextlib.contextmanager
def slow_host(vms: int, delay_ms: float, *, tcg: bool = False,
              far_idle: bool = False) -> Iterator[SlowHost]:
    reason = remote_skip_reason()
    if reason:
        raise SystemExit(f"cannot run: {reason}")
    assets = ensure_guest_assets()
    kvm = not tcg and os.access("/dev/kvm", os.R_OK | os.W_OK)
    host = RemoteHost()
    proxy = None
    far = None
    group = IdleGroup() if far_idle else None
    try:
        host.start()
        if group is not None:
            assert host.pid is not None
            group.start().add(host.pid)
        names = [f"vm{i:02d}" for i in range(vms)]
        for name in names:
            xml = tiny_guest_xml(name, assets)  # 128 MiB: with 64 it panics and reboots for ever
            if kvm:
                xml = xml.replace('type="qemu"', 'type="kvm"', 1)
            define_domain(host, xml)
        proxy = DelayProxy(host.tcp_address, delay_ms).start()
        far = libvirt.open(host.uri)
        slow = SlowHost(host, host.tcp_uri_via(proxy.address), far, names, kvm, group)
        yield slow
        far = slow.far
    finally:
        if far is not None:
            with contextlib.suppress(libvirt.libvirtError):
                far.close()
        if proxy is not None:
            proxy.stop()
        host.stop()
        if group is not None:
            group.stop()
