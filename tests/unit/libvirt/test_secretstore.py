"""The Secret Service store where none runs: it says so and keeps nothing anywhere else.
(tests/integration/test_ssh_login.py stores and reads back through a real one.)"""

from __future__ import annotations

import keyring.backends.SecretService

from kvmgui.libvirt.secretstore import SecretServiceStore, StoreState


def test_no_session_bus_means_no_service_and_nothing_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store = SecretServiceStore()
    assert store.state() is StoreState.NO_SERVICE
    store.set("password:root@h", "secret")  # not remembered: no error, no file
    assert store.get("password:root@h") is None
    store.delete("password:root@h")
    assert list(tmp_path.rglob("*")) == []


def test_without_the_keyring_package(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "keyring.backends.SecretService", None)
    monkeypatch.delattr(keyring.backends, "SecretService")
    assert SecretServiceStore().state() is StoreState.NO_PACKAGE
