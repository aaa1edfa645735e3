#!/usr/bin/env python3
"""Prints the flatpak-builder `sources` entries (URL + sha256) of the Python packages the
Flatpak bundles, from PyPI's JSON API, so that the manifest's pins are easy to refresh:
    python3 tools/flatpak-pins.py lxml==6.0.2 qasync==0.28.0 ...
A pure-Python wheel is preferred; otherwise the sdist (built inside the Flatpak SDK)."""

from __future__ import annotations

import json
import re
import sys
import urllib.request


def pin(requirement: str) -> dict[str, str]:
    name, version = requirement.split("==")
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as r:
        files = json.load(r)["releases"][version]
    pure = [f for f in files if f["filename"].endswith("-none-any.whl")]
    sdist = [f for f in files if f["packagetype"] == "sdist"]
    chosen = (pure or sdist)[0]
    # A mirror may answer with URLs relative to itself; the manifest wants PyPI's own.
    tail = re.search(r"packages/([0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+/[^/]+)$", chosen["url"])
    if tail is None:
        raise SystemExit(f"unexpected URL {chosen['url']}")
    url = "https://files.pythonhosted.org/packages/" + tail.group(1)
    return {"type": "file", "url": url, "sha256": chosen["digests"]["sha256"]}


if __name__ == "__main__":
    for req in sys.argv[1:]:
        entry = pin(req)
        print(f"      - type: {entry['type']}\n        url: {entry['url']}\n"
              f"        sha256: {entry['sha256']}")
