"""Fixtures for the VNC client tests: a fake RFB server and a session connected to it."""

from __future__ import annotations

import pytest

from kvmgui.widgets.vnc import gvnc
from tests.unit.widgets.vnc.fake_rfb import UPDATE_REQUEST, FakeRfbServer


@pytest.fixture
def rfb():
    if gvnc.missing() is not None:  # make test installs it: a missing GVnc is a failure here
        pytest.fail(f"GVnc is not usable ({gvnc.missing()}): run tools/install-system-deps.sh",
                    pytrace=False)
    server = FakeRfbServer(width=64, height=48)
    yield server
    server.close()
    assert server.error is None, server.error


@pytest.fixture
def session(qtbot, rfb):
    """A VncSession past its handshake, with the first full update requested."""
    from kvmgui.widgets.vnc.session import VncSession

    s = VncSession()
    with qtbot.waitSignal(s.initialized, timeout=5000):
        s.open_fd(rfb.client_fd())
    qtbot.waitUntil(lambda: bool(rfb.received(UPDATE_REQUEST)), timeout=5000)
    yield s
    if s._conn is not None:
        with qtbot.waitSignal(s.closed, timeout=5000):
            s.close()
    s.deleteLater()
