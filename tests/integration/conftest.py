"""Fixtures for integration tests against real, isolated libvirt daemons.

Every test collected under tests/integration/ is marked ``integration`` and skipped (with
the reason) when the machine cannot run them (not root, no ``ip netns``, no libvirtd or
qemu-system-x86_64).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.guest.build import GuestAssets, ensure_guest_assets
from tests.integration.delay_proxy import DelayProxy
from tests.integration.faults import FaultPair, make_fault_pair
from tests.integration.helpers import create_nat_network, wait_for
from tests.integration.isolated_host import IsolatedHost, integration_skip_reason
from tests.integration.lag_probe import LagProbe
from tests.integration.remote_host import RemoteHost, remote_skip_reason

__all__ = ["create_nat_network", "wait_for"]

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = integration_skip_reason()
    for item in items:
        if _HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.integration)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


_FAILED = pytest.StashKey[bool]()


def _dump_logs_if_failed(request: pytest.FixtureRequest, hosts: Sequence[IsolatedHost]) -> None:
    """After a failed test, print the libvirtd logs (shown in the teardown section)."""
    if not request.node.stash.get(_FAILED, False):
        return
    for host in hosts:
        if host.tmpdir is not None:
            print(f"=== libvirtd logs of {host.name} ===\n{host.tail_logs()}")


def _stop_all(request: pytest.FixtureRequest, hosts: Sequence[IsolatedHost]) -> None:
    """Teardown of a host factory: the logs if the test failed, then every host stopped
    (newest first, each even when another failed; the first failure raised)."""
    _dump_logs_if_failed(request, hosts)
    errors = []
    for host in reversed(hosts):
        try:
            host.stop()
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


@pytest.fixture(scope="session")
def guest_assets() -> GuestAssets:
    """Kernel + initramfs of the tiny guest (built once, cached in .cache/guest/)."""
    reason = integration_skip_reason()
    if reason:
        pytest.skip(reason)
    return ensure_guest_assets()


@pytest.fixture
def isolated_host(request: pytest.FixtureRequest) -> Iterator[IsolatedHost]:
    """A started IsolatedHost, stopped after the test (even when it failed)."""
    host = IsolatedHost()
    try:
        host.start()
        yield host
    finally:
        try:
            _dump_logs_if_failed(request, [host])
        finally:
            host.stop()


@pytest.fixture
def host_factory(request: pytest.FixtureRequest) -> Iterator[Callable[..., IsolatedHost]]:
    """``host_factory(**IsolatedHost kwargs)`` starts a host; all are stopped at teardown."""
    hosts: list[IsolatedHost] = []

    def make(**kwargs: Any) -> IsolatedHost:
        host = IsolatedHost(**kwargs)
        hosts.append(host)
        return host.start()

    try:
        yield make
    finally:
        _stop_all(request, hosts)


# --------------------------------------------------------------------------- remote hosts


@pytest.fixture
def remote_host_factory(request: pytest.FixtureRequest) -> Iterator[Callable[..., RemoteHost]]:
    """``remote_host_factory(ssh=False, **IsolatedHost kwargs)`` starts a RemoteHost
    (qemu+tcp://, and qemu+ssh:// with ssh=True); all are stopped at teardown."""
    hosts: list[RemoteHost] = []

    def make(**kwargs: Any) -> RemoteHost:
        reason = remote_skip_reason(ssh=bool(kwargs.get("ssh")))
        if reason:
            pytest.skip(reason)
        host = RemoteHost(**kwargs)
        hosts.append(host)
        host.start()
        return host

    try:
        yield make
    finally:
        _stop_all(request, hosts)


@pytest.fixture
def remote_host(remote_host_factory: Callable[..., RemoteHost]) -> RemoteHost:
    """A started RemoteHost reachable as ``remote_host.tcp_uri``."""
    return remote_host_factory()


@pytest.fixture
def ssh_host(remote_host_factory: Callable[..., RemoteHost]) -> RemoteHost:
    """A started RemoteHost with an sshd: ``ssh_host.ssh_uri()`` (and ``tcp_uri``)."""
    return remote_host_factory(ssh=True)


@pytest.fixture
def proxy_factory() -> Iterator[Callable[..., DelayProxy]]:
    """``proxy_factory((host, port), delay_ms=300)`` starts a DelayProxy; stopped at teardown."""
    proxies: list[DelayProxy] = []

    def make(target: tuple[str, int], delay_ms: float = 300.0) -> DelayProxy:
        proxy = DelayProxy(target, delay_ms)
        proxies.append(proxy)
        return proxy.start()

    try:
        yield make
    finally:
        for proxy in proxies:
            proxy.stop()


@pytest.fixture
def fault_pair(remote_host_factory: Callable[..., RemoteHost],
               proxy_factory: Callable[..., DelayProxy]) -> FaultPair:
    """Two remote hosts: ``slow`` behind a 300 ms DelayProxy (``slow_uri``) and ``dead``
    (``dead_uri``), whose daemon the test kills (tests/integration/faults.py)."""
    return make_fault_pair(remote_host_factory, proxy_factory)


@pytest.fixture
def lag_probe(qapp: Any) -> Iterator[LagProbe]:
    """An event-loop lag probe (tests/integration/lag_probe.py): ``with lag_probe as lag:``."""
    probe = LagProbe()
    try:
        yield probe
    finally:
        probe.stop()
        probe.deleteLater()
