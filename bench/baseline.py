"""The raw libvirt-python baseline: open + listAllDomains + getAllDomainStats, nothing else.

Prints one JSON line: {"done": wall-clock time when the listing was complete, "count": n}.
"""

from __future__ import annotations

import json
import sys
import time

import libvirt


def main(uri: str) -> None:
    conn = libvirt.open(uri)
    doms = conn.listAllDomains(0)
    stats = conn.getAllDomainStats(0)
    done = time.time()
    print(json.dumps({"done": done, "count": len(doms), "stats": len(stats)}), flush=True)
    conn.close()


if __name__ == "__main__":
    main(sys.argv[1])
