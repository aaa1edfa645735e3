"""Screenshots saved to a network mount that stopped answering hold that mount's thread
only, never the shared pool's every other job."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kvmgui.widgets.vnc import screenshots as screenshots_module
from kvmgui.widgets.vnc.console import GraphicalConsole
from tests.helpers import BUILD
from tests.unit.deadmount import others_answer


def hang_the_file(monkeypatch, dead_mount):
    """The screenshot's file, opened on the dead mount, hangs (the PNG is made in memory)."""
    monkeypatch.setattr(screenshots_module, "open", dead_mount.hang(open), raising=False)


def test_screenshots_to_a_hung_mount_hold_only_that_mount(qtbot, connected, monkeypatch, tmp_path,
                                                          dead_mount):
    """Each screenshot saved to a NFS/SSHFS mount that stopped answering held a thread of
    the shared pool: four (tried again, as nothing was said) held them all, and the XML
    editor's schema check, exports and the wizards' checks waited for the mount."""
    hang_the_file(monkeypatch, dead_mount)
    console = GraphicalConsole(connected, BUILD)  # shut off: its screen is not needed here
    qtbot.addWidget(console)
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    saved: list[str] = []
    console.screenshotSaved.connect(saved.append)
    shots = [str(dead_mount.path / f"shot{n}.png") for n in range(4)]
    for shot in shots:
        console.save_screenshot(shot, image)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    others_answer(qtbot, tmp_path)
    local = str(tmp_path / "shot.png")
    console.save_screenshot(local, image)  # another mount's file is written meanwhile
    qtbot.waitUntil(lambda: saved == [local], timeout=5000)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: saved == [local, *shots], timeout=5000)
    assert QImage(shots[-1]).pixel(1, 1) & 0xFFFFFF == 0x336699
    console.shutdown()


def test_a_screenshot_still_being_written_is_said(qtbot, connected, monkeypatch, tmp_path,
                                                  dead_mount):
    """Saved to a mount that stopped answering, a screenshot said nothing until it was
    written (never, while the mount is down): the click looked lost, and a save elsewhere
    meanwhile said only that one was saved. The console now says which file it is still
    writing."""
    hang_the_file(monkeypatch, dead_mount)
    console = GraphicalConsole(connected, BUILD)
    qtbot.addWidget(console)
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    hung, local = str(dead_mount.path / "shot.png"), str(tmp_path / "shot.png")
    saved: list[str] = []
    console.screenshotSaved.connect(saved.append)
    console.save_screenshot(hung, image)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert console.screenshot_status.text() == f"Saving the screenshot to {hung}…"
    console.save_screenshot(local, image)
    qtbot.waitUntil(lambda: saved == [local], timeout=5000)
    assert console.screenshot_status.text() == (f"Screenshot saved to {local}.\n"
                                                f"Saving the screenshot to {hung}…")
    dead_mount.release.set()
    qtbot.waitUntil(lambda: saved == [local, hung], timeout=5000)
    assert console.screenshot_status.text() == f"Screenshot saved to {hung}."
    console.shutdown()


def test_a_screenshot_that_fails_after_its_window_closed_is_told(qtbot, connected, monkeypatch,
                                                                 dead_mount):
    """A screenshot's outcome went to its console only: a details window closed while the
    file was written dropped its failure, and the user took the screenshot as saved."""
    import shiboken6

    from kvmgui.widgets.notifications import late_news

    hang_the_file(monkeypatch, dead_mount)
    console = GraphicalConsole(connected, BUILD)
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    path = str(dead_mount.path / "gone" / "shot.png")  # no such directory once it answers
    told: list[str] = []
    late_news().error.connect(told.append)
    try:
        console.save_screenshot(path, image)
        qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
        console.shutdown()
        shiboken6.delete(console)  # the details window closed while the file is written
        dead_mount.release.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert told[0].startswith(f"Could not save the screenshot to {path}: ")
    finally:
        dead_mount.release.set()
        late_news().error.disconnect(told.append)
