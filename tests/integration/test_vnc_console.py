"""The graphical console on a real, isolated libvirtd + QEMU with the tiny guest's VGA screen:
the socket from openGraphicsFD, the framebuffer equal to ``virsh screenshot`` pixel for pixel
once the screen is still, keys typed through VNC reaching the guest's shell, and the VM's
destruction and restart followed without errors."""

from __future__ import annotations

import pytest

from kvmgui.widgets.vnc.console import GraphicalConsole
from kvmgui.widgets.vnc.controller import ConsoleState
from tests.guest.build import BOOT_MARKER
from tests.helpers import open_connection
from tests.integration.vnc_guest import rgb_bytes, screenshot, start_vnc_guest, type_text

pytestmark = pytest.mark.integration


def test_vnc_console_on_a_real_guest(isolated_host, guest_assets, tmp_path, registry, qtbot):
    guest = start_vnc_guest(isolated_host, "vnc", guest_assets, tmp_path)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    uuid = isolated_host.virsh("domuuid", "vnc").strip()
    console = GraphicalConsole(conn, uuid)
    qtbot.addWidget(console)
    console.resize(800, 520)
    console.show()
    qtbot.waitUntil(lambda: console.controller.state is ConsoleState.CONNECTED, timeout=60000)
    qtbot.waitUntil(lambda: BOOT_MARKER in guest.serial(), timeout=120000)

    def same_as_virsh() -> bool:
        w, h, theirs = screenshot(isolated_host, "vnc")
        image = console.view.image
        return image is not None and rgb_bytes(image) == (w, h, theirs)

    # The shell's prompt on tty1, then a still screen: what we show is what QEMU has.
    qtbot.waitUntil(lambda: console.view.image.width() == 720, timeout=60000)
    qtbot.waitUntil(same_as_virsh, timeout=60000)

    # Keys reach the guest: a command typed on its screen writes to its serial port.
    console.view.setFocus()
    type_text(console.view, "echo kvmgui-vnc-$((6*7)) >/dev/ttyS0\n")
    qtbot.waitUntil(lambda: "kvmgui-vnc-42" in guest.serial(), timeout=60000)
    qtbot.waitUntil(same_as_virsh, timeout=60000)  # and the echo on screen matches too
    w, h, pixels = rgb_bytes(console.view.image)
    assert (w, h) == (720, 400)
    assert len(set(pixels)) > 1  # not a blank screen: text is there

    # Destroyed: the console ends cleanly; started again: it comes back by itself.
    isolated_host.virsh("destroy", "vnc")
    qtbot.waitUntil(lambda: console.controller.state is ConsoleState.NOT_RUNNING, timeout=30000)
    # The stop may be heard from the VM's record before GVnc has closed the socket: the
    # view lets go of the session once its close comes.
    qtbot.waitUntil(lambda: console.view.session is None, timeout=10000)
    isolated_host.virsh("start", "vnc")
    qtbot.waitUntil(lambda: console.controller.state is ConsoleState.CONNECTED, timeout=60000)
    console.shutdown()
    qtbot.waitUntil(lambda: console.controller.session is None, timeout=10000)
