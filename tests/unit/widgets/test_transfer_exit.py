"""The application's end while a download's partial file was just opened."""

from __future__ import annotations

import os
import time

from kvmgui import app
from kvmgui.libvirt import localfiles, workers
from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.unit.libvirt.storage_fakes import HOME


def test_the_exit_just_after_a_downloads_partial_file_opened_removes_it(connected, qtbot, tmp_path,
                                                                        monkeypatch):
    """A download's partial file is opened on its mount's thread and handed to its window on
    the GUI thread's next turn. A SIGTERM in between (the window cancelled, the main loop
    ended) left no turn to hand it over, and nothing else knew of the file: ``<dest>.part``
    stayed in the folder. The exit now removes a partial file no transfer took."""
    monkeypatch.setattr(localfiles, "_ending", False, raising=False)  # for the tests after
    folder = tmp_path / "downloads"
    folder.mkdir()
    dest = folder / "out.img"
    dialog = TransferDialog(connected, Direction.DOWNLOAD, HOME, "build.qcow2", str(dest))
    qtbot.addWidget(dialog)
    dialog.start()
    deadline = time.monotonic() + 10
    while not (folder / "out.img.part").exists() and time.monotonic() < deadline:
        time.sleep(0.01)  # no Qt events: the window is not told
    assert workers.drain(10)  # opened, its window to be told on the next turn
    dialog.reject()  # the quit cancels it
    app.wind_down()  # what app.main does once its loop ended
    assert os.listdir(folder) == []
