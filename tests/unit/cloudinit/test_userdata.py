"""The NoCloud files made from a spec: read back as YAML, key by key."""

from __future__ import annotations

import yaml

from kvmgui.cloudinit.crypt import hash_password
from kvmgui.cloudinit.userdata import merge, meta_data, seed_files, user_data, user_data_dict
from kvmgui.xml.newvm_spec import NewVmSpec, RootLogin
from tests.unit.xml.newvm_cases import KEY, UBUNTU

HASH = hash_password("correct horse")


def spec(**ci) -> NewVmSpec:
    s = NewVmSpec(name="web_01", os=UBUNTU)
    s.cloud_init.enabled = True
    for key, value in ci.items():
        setattr(s.cloud_init, key, value)
    return s


def load(text: str):
    assert text.startswith("#cloud-config\n")
    return yaml.safe_load(text)


def test_user_with_password_and_key():
    data = load(user_data(spec(user="alice", password_hash=HASH, ssh_keys=[KEY, "  "])))
    assert data["hostname"] == "web-01"  # made from the VM name: '_' is not allowed in host names
    assert data["users"] == [{
        "name": "alice", "sudo": "ALL=(ALL) NOPASSWD:ALL", "shell": "/bin/bash",
        "lock_passwd": False, "passwd": HASH, "ssh_authorized_keys": [KEY],
    }]  # fmt: skip
    assert data["disable_root"] is True
    assert data["ssh_pwauth"] is True
    assert "chpasswd" not in data
    assert "ssh_authorized_keys" not in data  # root stays without keys


def test_the_plain_password_never_appears():
    text = b"".join(seed_files(spec(user="alice", password_hash=hash_password("correct horse"))).values())
    assert b"correct horse" not in text


def test_default_user_of_the_os():
    data = load(user_data(spec(ssh_keys=[KEY])))
    assert data["users"][0]["name"] == "ubuntu"
    assert "lock_passwd" not in data["users"][0]
    generic = spec(ssh_keys=[KEY])
    generic.os = NewVmSpec().os  # Generic Linux: no known user
    data = load(user_data(generic))
    assert "users" not in data
    assert data["ssh_authorized_keys"] == [KEY]  # the image's default user gets them


def test_root_login_choices():
    keys = load(user_data(spec(user="alice", ssh_keys=[KEY], root_login=RootLogin.SSH_KEY)))
    assert keys["disable_root"] is False and keys["ssh_authorized_keys"] == [KEY]
    pw = load(user_data(spec(user="alice", password_hash=HASH, root_login=RootLogin.PASSWORD)))
    assert pw["disable_root"] is False
    assert pw["chpasswd"] == {"expire": False, "users": [{"name": "root", "password": HASH, "type": "hash"}]}


def test_fqdn_hostname():
    data = load(user_data(spec(hostname="web.example.org")))
    assert (data["hostname"], data["fqdn"]) == ("web", "web.example.org")


def test_extra_yaml_is_merged():
    extra = "packages: [htop]\nusers:\n  - name: bob\nssh_pwauth: false\nruncmd:\n  - [touch, /ok]\n"
    data = load(user_data(spec(user="alice", password_hash=HASH, extra_user_data=extra)))
    assert [u["name"] for u in data["users"]] == ["alice", "bob"]  # lists append
    assert data["ssh_pwauth"] is False  # scalars replace
    assert data["packages"] == ["htop"] and data["runcmd"] == [["touch", "/ok"]]


def test_merge():
    assert merge({"a": {"b": 1, "c": [1]}}, {"a": {"c": [2], "d": 3}}) == {"a": {"b": 1, "c": [1, 2], "d": 3}}
    assert merge([1], {"x": 1}) == {"x": 1}
    assert merge({"a": 1}, None) is None


def test_no_yaml_anchors():
    text = user_data(spec(user="alice", ssh_keys=[KEY], root_login=RootLogin.SSH_KEY))
    assert "&id" not in text and "*id" not in text


def test_meta_data_and_network_config():
    s = spec(user="alice", network_config="version: 2\nethernets:\n  eth0: {dhcp4: true}\n")
    files = seed_files(s)
    assert set(files) == {"meta-data", "user-data", "network-config"}
    meta = yaml.safe_load(files["meta-data"])
    assert meta["local-hostname"] == "web-01"
    assert meta["instance-id"].startswith("iid-web-01-")
    assert yaml.safe_load(files["network-config"])["ethernets"]["eth0"]["dhcp4"] is True
    # the instance id follows the content, so cloud-init re-runs on a changed seed
    assert meta_data(s, "a", None) != meta_data(s, "b", None)
    assert meta_data(s, "a", None) == meta_data(s, "a", None)
    assert "network-config" not in seed_files(spec(user="alice"))


def test_user_data_dict_without_extra():
    data = user_data_dict(spec(user="alice", extra_user_data="packages: [x]"))
    assert "packages" not in data
