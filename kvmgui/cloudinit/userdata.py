"""The NoCloud files of a new VM: ``meta-data``, ``user-data``, ``network-config``.

``user-data`` is ``#cloud-config`` YAML made from the spec's fields:

* ``hostname`` (and ``fqdn`` when it has dots), also ``local-hostname`` in meta-data;
* the user (the one typed, else the OS's cloud user) with passwordless sudo, its
  ``$6$`` password hash (``lock_passwd: false``) and the SSH keys;
* root: ``disable_root`` true (locked) unless the root login choice is SSH key
  (the keys) or password (the keys and, through ``chpasswd``, the same hash);
* ``ssh_pwauth`` on when a password is set, so it works over SSH too.

The user's extra YAML is merged over that: mappings merge key by key, lists are
appended to ours (extra ``runcmd`` or ``packages`` add to what we wrote), other
values replace ours. ``chpasswd``'s ``users`` form needs cloud-init 22.3 or later.
"""

from __future__ import annotations

import hashlib
from typing import Any

import yaml

from kvmgui.xml.newvm_checks import hostname_from_name
from kvmgui.xml.newvm_spec import NewVmSpec, RootLogin

SUDO_ALL = "ALL=(ALL) NOPASSWD:ALL"


class _Dumper(yaml.SafeDumper):
    """Writes repeated lists out in full instead of as ``&id001`` anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def hostname(spec: NewVmSpec) -> str:
    return spec.cloud_init.hostname or hostname_from_name(spec.name)


def user_name(spec: NewVmSpec) -> str:
    return spec.cloud_init.user or spec.os.cloud_user


def merge(base: Any, extra: Any) -> Any:
    """``extra`` merged over ``base``: mappings key by key, lists appended, else ``extra``."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def user_data_dict(spec: NewVmSpec) -> dict[str, Any]:
    """What the fields ask for, before the extra YAML is merged."""
    ci = spec.cloud_init
    full = hostname(spec)
    data: dict[str, Any] = {"hostname": full.split(".")[0]}
    if "." in full:
        data["fqdn"] = full
    data["preserve_hostname"] = False
    keys = [key.strip() for key in ci.ssh_keys if key.strip()]
    user = user_name(spec)
    if user:
        entry: dict[str, Any] = {"name": user, "sudo": SUDO_ALL, "shell": "/bin/bash"}
        if ci.password_hash:
            entry["lock_passwd"] = False
            entry["passwd"] = ci.password_hash
        if keys:
            entry["ssh_authorized_keys"] = keys
        data["users"] = [entry]
    elif keys:
        data["ssh_authorized_keys"] = keys  # the image's default user gets them
    root = ci.root_login
    data["disable_root"] = root is RootLogin.DISABLED
    if root is not RootLogin.DISABLED and keys:
        data["ssh_authorized_keys"] = keys  # top-level keys go to root as well
    if ci.password_hash:
        data["ssh_pwauth"] = True
        if root is RootLogin.PASSWORD:
            data["chpasswd"] = {
                "expire": False,
                "users": [{"name": "root", "password": ci.password_hash, "type": "hash"}],
            }
    return data


def user_data(spec: NewVmSpec) -> str:
    """The ``#cloud-config`` text. Raises ``yaml.YAMLError`` on broken extra YAML
    (the validator reports it first)."""
    data: Any = user_data_dict(spec)
    extra = (
        yaml.safe_load(spec.cloud_init.extra_user_data) if spec.cloud_init.extra_user_data.strip() else None
    )
    if isinstance(extra, dict):
        data = merge(data, extra)
    return "#cloud-config\n" + yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=1000
    )


def network_config(spec: NewVmSpec) -> str | None:
    text = spec.cloud_init.network_config
    return text if text.strip() else None


def meta_data(spec: NewVmSpec, user_data_text: str, network_text: str | None) -> str:
    """``instance-id`` follows the content, so a changed seed counts as a new instance
    and cloud-init applies it again."""
    digest = hashlib.sha256((user_data_text + "\0" + (network_text or "")).encode()).hexdigest()[:16]
    data = {"instance-id": f"iid-{hostname_from_name(spec.name)}-{digest}", "local-hostname": hostname(spec)}
    return yaml.safe_dump(data, sort_keys=False)


def seed_files(spec: NewVmSpec) -> dict[str, bytes]:
    """File name → content for the NoCloud seed."""
    user_text = user_data(spec)
    network_text = network_config(spec)
    files = {
        "meta-data": meta_data(spec, user_text, network_text).encode(),
        "user-data": user_text.encode(),
    }
    if network_text is not None:
        files["network-config"] = network_text.encode()
    return files
