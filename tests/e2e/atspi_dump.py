"""Prints the accessibility tree of one application as JSON.

Run with Debian's /usr/bin/python3 (python3-pyatspi), not the venv:
    atspi_dump.py APP_NAME [MAX_DEPTH]
Each node: {"role": ..., "name": ..., "text": ..., "description": ..., "children": [...]};
table cells carry their text so tests can read rows as a screen reader would. Read with
every question in flight (``atspi_bus.py``).
"""

import json
import sys

from atspi_bus import BusReader


def main():
    name = sys.argv[1]
    max_depth = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    try:
        tree = BusReader().tree(name, max_depth)
    except LookupError as exc:
        print(json.dumps({"error": str(exc)}))
        return 1
    print(json.dumps(tree))
    return 0


if __name__ == "__main__":
    sys.exit(main())
