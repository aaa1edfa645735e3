"""Where kvmgui's resource files are: the source tree, or share/kvmgui when installed."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    candidates = [
        Path(__file__).resolve().parents[2] / "resources",  # source checkout / editable install
        Path(sys.prefix) / "share" / "kvmgui" / "resources",
        Path("/usr/share/kvmgui/resources"),
    ]
    for path in candidates:
        if (path / "demo" / "host.xml").exists():
            return path
    raise FileNotFoundError("kvmgui resources not found; looked in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def demo_host_uri() -> str:
    return "test://" + str(resource("demo", "host.xml"))
