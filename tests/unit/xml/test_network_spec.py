"""network_spec: defaults and suggest_ipv4."""

from __future__ import annotations

from ipaddress import ip_network

from kvmgui.xml.network_spec import ForwardMode, NetworkSpec, suggest_ipv4
from kvmgui.xml.network_validate import validate_spec


def test_defaults_need_only_a_name():
    spec = NetworkSpec(name="new")
    assert spec.mode is ForwardMode.NAT and spec.autostart and spec.start
    assert validate_spec(spec) == []


def test_managed_modes():
    assert [mode.value for mode in ForwardMode if mode.managed] == ["nat", "route", "open", "isolated"]


def test_suggest_first_subnet():
    assert suggest_ipv4([]) == ("192.168.0.1", 24, "192.168.0.128", "192.168.0.254")


def test_suggest_skips_used_and_overlapping_subnets():
    used = [ip_network("192.168.0.0/24"), ip_network("192.168.1.128/25"), ip_network("192.168.2.0/23")]
    assert suggest_ipv4(used) == ("192.168.4.1", 24, "192.168.4.128", "192.168.4.254")


def test_suggest_ignores_default_routes_and_ipv6():
    used = [ip_network("0.0.0.0/0"), ip_network("fd00::/8"), ip_network("10.0.0.0/8")]
    assert suggest_ipv4(used)[0] == "192.168.0.1"


def test_suggest_gives_up_when_all_taken():
    assert suggest_ipv4([ip_network("192.168.0.0/16")]) is None
