"""The Secret Service store where none runs: it says so and keeps nothing anywhere else.
(tests/integration/test_ssh_login.py stores and reads back through a real one.)"""

from __future__ import annotations

import keyring.backends.SecretService
import keyring.errors

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


class FakeKeyring:
    """keyring's Secret Service backend once a service runs."""

    priority = 5
    secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, account):
        return self.secrets.get((service, account))

    def set_password(self, service, account, secret):
        self.secrets[(service, account)] = secret


def test_a_secret_store_started_later_is_noticed(monkeypatch, tmp_path):
    """No Secret Service when kvmgui started, one later (the user unlocked or started
    the keyring): 'Remember' becomes possible without restarting kvmgui."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    now = [1000.0]
    store = SecretServiceStore(clock=lambda: now[0])
    assert store.state() is StoreState.NO_SERVICE
    monkeypatch.setattr(keyring.backends.SecretService, "Keyring", FakeKeyring)
    assert store.state() is StoreState.NO_SERVICE  # not looked up again at once...
    now[0] += SecretServiceStore.RECHECK_S
    assert store.state() is StoreState.AVAILABLE  # ...but after a while
    store.set("password:root@h", "secret")
    assert store.get("password:root@h") == "secret"


class GoneKeyring(FakeKeyring):
    """The Secret Service found at first, whose daemon then ended."""

    gone = False

    def set_password(self, service, account, secret):
        if GoneKeyring.gone:
            raise RuntimeError("The name org.freedesktop.secrets was not provided")
        super().set_password(service, account, secret)


def test_a_secret_store_that_went_away_says_so(monkeypatch):
    """The keyring daemon ends after kvmgui found it: saving says it failed, and the
    store is looked up again, so the next dialog does not offer 'Remember' in vain."""
    monkeypatch.setattr(keyring.backends.SecretService, "Keyring", GoneKeyring)
    monkeypatch.setattr(GoneKeyring, "gone", False)
    store = SecretServiceStore()
    assert store.set("password:root@h", "one") is True
    GoneKeyring.gone = True
    broken = type("Gone", (), {"priority": property(lambda self: 1 / 0)})
    monkeypatch.setattr(keyring.backends.SecretService, "Keyring", broken)
    assert store.set("password:root@h", "two") is False
    assert store.state() is StoreState.NO_SERVICE


def test_keyring_without_secretstorage_is_a_missing_package(monkeypatch):
    """keyring is installed, its SecretStorage is not: keyring then says "SecretStorage
    required" where a service would be looked for; that is a package to install, not
    a secret store to start."""
    import sys

    monkeypatch.setitem(sys.modules, "secretstorage", None)  # import fails
    monkeypatch.delattr(keyring.backends.SecretService, "secretstorage")  # as keyring left it
    assert SecretServiceStore().state() is StoreState.NO_PACKAGE


class LockedKeyring(FakeKeyring):
    """A found Secret Service whose collection stays locked (the unlock was dismissed)."""

    def delete_password(self, service, account):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class EmptyKeyring(FakeKeyring):
    def delete_password(self, service, account):
        raise keyring.errors.PasswordDeleteError("No such password!")


def test_delete_says_whether_nothing_is_stored_any_more(monkeypatch):
    """Nothing stored counts as forgotten; a store that could not delete does not."""
    monkeypatch.setattr(keyring.backends.SecretService, "Keyring", EmptyKeyring)
    assert SecretServiceStore().delete("password:root@h") is True
    monkeypatch.setattr(keyring.backends.SecretService, "Keyring", LockedKeyring)
    assert SecretServiceStore().delete("password:root@h") is False


def test_a_secretstorage_too_old_for_keyring_is_a_package_problem(monkeypatch):
    """keyring refuses a SecretStorage older than 3.2 where it would look for a service
    ('SecretStorage 3.2 or newer required'): a package to update, not a secret store to
    start, and not worth looking up again every 30 s."""
    import secretstorage

    monkeypatch.setattr(secretstorage, "__version_tuple__", (3, 1, 2))  # keyring's real check
    assert SecretServiceStore().state() is StoreState.NO_PACKAGE
