"""Help → About: versions of kvmgui and its libraries, and each connected host's, read in a
worker (the guard in tests/conftest.py fails the test if that happened on the GUI thread)."""

import libvirt

import kvmgui
from kvmgui.dialogs.about import AboutDialog
from kvmgui.libvirt.hostinfo import version_words


def test_about_shows_versions_and_the_hosts(connected, registry, qtbot):
    dialog = AboutDialog(registry)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    assert dialog.findChild(QLabel, "aboutHeading").text() == f"kvmgui {kvmgui.__version__}"
    label = dialog.host_labels[connected.uri]
    assert label.text() == "Reading…"
    raw = libvirt.open(connected.uri)  # the test's own look, beside kvmgui's
    try:
        expected = (f"libvirt {version_words(raw.getLibVersion())}, {raw.getType()} "
                    f"{version_words(raw.getVersion())}")
    finally:
        raw.close()
    qtbot.waitUntil(lambda: label.text() == expected, timeout=10000)
    assert label.accessibleDescription() == connected.display_name  # its name: the value
    assert version_words(libvirt.getVersion()) in [
        dialog.form.itemAt(i).widget().text() for i in range(dialog.form.count())
        if dialog.form.itemAt(i).widget() is not None]


def test_about_lists_no_disconnected_host(registry, qtbot):
    conn = registry.add("test:///default", save=False)  # added, never opened
    dialog = AboutDialog(registry)
    qtbot.addWidget(dialog)
    assert conn.uri not in dialog.host_labels
