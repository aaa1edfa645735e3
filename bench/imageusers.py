"""Who uses an image, asked of a far host: how long the check that Add hardware, the disk
page and the New VM wizard make before they ask "Image in use", and the storage tab
before it deletes, wipes or lists who uses a volume (``diskusers.find_users``), takes
over a slow link.

Usage (as root: the far host is an isolated libvirtd, ``bench/slowhost.py``):

    .venv/bin/python bench/imageusers.py [--vms 20] [--delay 300] [--runs 5] [--baseline DIR]
        [--check image|network]

``--check network``: which VMs use a network, the check before a network is stopped or
deleted (``netops.network_users``), instead.

Per run, on one far host of ``--vms`` defined VMs behind ``--delay`` ms each way:
  kvmgui     ``find_users`` of one path (or ``network_users``), as this checkout has it
  baseline   the same from ``--baseline``'s checkout (another process: its own imports)
  raw        raw libvirt-python: the VMs' XML read one by one (what a loop of
             ``virsh dumpxml`` does), the least a check that reads them in turn costs
Prints median and worst (s) per side.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PATH = "/var/lib/libvirt/images/asked-about.img"


def probe(uri: str, check: str = "image") -> None:
    """Child: one timing of the check with the checkout first on the path; prints JSON."""
    import libvirt  # noqa: PLC0415

    from kvmgui.libvirt import diskusers, netops  # noqa: PLC0415

    libvirt.registerErrorHandler(lambda _ctx, _err: None, None)  # "no such volume" is expected
    conn = libvirt.open(uri)
    try:
        start = time.monotonic()
        if check == "network":
            netops.network_users(conn, "default")
        else:
            diskusers.find_users(conn, [diskusers.VolumeRef(PATH)])
        took = time.monotonic() - start
        print(json.dumps({"s": took, "from": diskusers.__file__}))
    finally:
        conn.close()


def timed(checkout: Path, uri: str, check: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(checkout)!r}); "
         f"from bench.imageusers import probe; probe({uri!r}, {check!r})"],
        capture_output=True, text=True, check=True, cwd=checkout, timeout=600)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    if not got["from"].startswith(str(checkout)):  # the editable install's, not the checkout's
        raise SystemExit(f"{checkout}: kvmgui came from {got['from']}")
    return float(got["s"])


def raw(uri: str) -> float:
    import libvirt  # noqa: PLC0415

    conn = libvirt.open(uri)
    try:
        start = time.monotonic()
        for dom in conn.listAllDomains(0):
            dom.XMLDesc(0)
        return time.monotonic() - start
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vms", type=int, default=20)
    parser.add_argument("--delay", type=float, default=300.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--check", choices=("image", "network"), default="image")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from bench.slowhost import slow_host  # noqa: PLC0415

    sides: dict[str, list[float]] = {"kvmgui": [], "raw": []}
    if args.baseline:
        sides["baseline"] = []
    with slow_host(args.vms, args.delay) as slow:
        for run in range(args.runs):
            order = list(sides)
            order = order[run % len(order):] + order[:run % len(order)]  # each side first in turn
            for side in order:
                took = (raw(slow.uri) if side == "raw" else
                        timed(REPO if side == "kvmgui" else args.baseline, slow.uri, args.check))
                sides[side].append(took)
                print(f"run {run + 1} {side}: {took:.2f} s", flush=True)
    print(f"\n{args.check}: {args.vms} VMs behind {args.delay:.0f} ms, {args.runs} runs: "
          "median / worst (s)")
    for side, took in sides.items():
        print(f"  {side:9} {statistics.median(took):6.2f} / {max(took):6.2f}")


if __name__ == "__main__":
    main()
