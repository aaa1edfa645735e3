"""The host window's tables show their rows whole at its default size, in every language."""

from __future__ import annotations

import time

import pytest

from kvmgui.libvirt import netops
from kvmgui.libvirt.netops import Lease
from kvmgui.utils import i18n
from kvmgui.utils.resources import resource
from tests.helpers import uuid_of


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_the_networks_and_their_leases_fit_the_host_window(app, language, connected, registry,
                                                           settings, qtbot, monkeypatch):
    """At the host window's default size (then 900 px) the DHCP leases of its Virtual
    networks tab scrolled sideways with a single lease: the networks' list left them 448 px,
    their columns need 588 in English. The window now opens 1,040 px wide, the leases' side
    of the tab wider: both tables show a usual row whole, without scrolling."""
    from kvmgui.window.mainwindow import MainWindow

    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    expiry = int(time.time()) + 59 * 60 + 30
    lease = Lease("52:54:00:6b:3c:58", "192.168.122.100", 24, "ubuntu-server", expiry, "ipv4")
    monkeypatch.setattr(netops, "dhcp_leases", lambda _conn, _uuid: [lease])
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    dialog = window.open_host_details(connected)
    dialog.tabs.setCurrentWidget(dialog.networks)
    dialog.show()
    qtbot.waitExposed(dialog)
    panel = dialog.networks
    assert panel.view.select_key(uuid_of(connected.networks, "default"))
    leases = panel.leases.view
    qtbot.waitUntil(lambda: leases.model().rowCount() == 1, timeout=5000)
    qtbot.wait(50)  # the fitted sections follow the row at the next layout
    for view in (panel.view, leases):
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width(), view.accessibleName()
        for col in range(header.count()):
            if not header.isSectionHidden(col):
                needed = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
                assert header.sectionSize(col) >= needed, (view.accessibleName(), col)
