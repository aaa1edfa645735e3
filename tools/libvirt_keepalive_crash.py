"""Reproduce, without kvmgui, the crash of libvirt 9.0's client after a hung host
(docs/reliability.md, "The hung-host crash"): N threads call on one connection, the host stops
answering until keepalive closes the connection, then answers again.

Run by hand as root (the host is tests/integration/remote_host.py behind the 300 ms
proxy, see bench/slowhost.py):

    .venv/bin/python tools/libvirt_keepalive_crash.py [--attempts 3] [--threads 2]
        [--shutdown-after 12]

Each attempt is a fresh bare libvirt-python process (libvirt's default event loop on a
thread of its own, keepalive 5 s × 3, as kvmgui sets it), reported by its exit code
(-11: SIGSEGV) and its last words (GLib's "g_main_loop_quit: assertion … failed" is
the same fault without the segfault). On 2026-11-29: 2 threads 4 of 4 segfaults,
3 threads 3 of 3 assertions, 1 thread 2 of 2 clean.

``--shutdown-after S``: the way out this tests. S seconds into the hang, before
keepalive would close the connection, the client shuts its socket down itself
(``shutdown(2)`` on the TCP socket to the host, found and cut by kvmgui's
``linkwatch``, as kvmgui does), so the connection ends through end of file, as with a
killed daemon. 2 threads, 12 s: 4 of 4 clean.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.slowhost import slow_host  # noqa: E402

HUNG_S = 25.0  # longer than keepalive's 5 s × 3 + 5 s

CLIENT = r"""
import sys, threading, time, libvirt
from kvmgui.libvirt import linkwatch
libvirt.virEventRegisterDefaultImpl()
def loop():
    while True:
        libvirt.virEventRunDefaultImpl()
threading.Thread(target=loop, daemon=True).start()
before = linkwatch.socket_fds()
conn = libvirt.open(sys.argv[1])
conn.setKeepAlive(5, 3)
def work(dom):
    while True:
        try:
            dom.XMLDesc(0)
        except libvirt.libvirtError as error:
            print("call failed:", error, flush=True)
            return
for dom in conn.listAllDomains(0)[: int(sys.argv[2])]:
    threading.Thread(target=work, args=(dom,), daemon=True).start()
print("busy", flush=True)
if sys.stdin.readline().strip() == "SHUT":  # the connection's socket: shut down
    link = linkwatch.find(sys.argv[1], before)
    if link is not None and link.cut():
        print("shut down our socket", flush=True)
time.sleep(float(sys.argv[3]))
print("alive", flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--shutdown-after", type=float, metavar="S",
                        help="S s into the hang the client shuts its socket down (< 20)")
    args = parser.parse_args()
    with slow_host(max(args.threads, 1), 300.0) as slow:
        for attempt in range(args.attempts):
            client = subprocess.Popen(
                [sys.executable, "-c", CLIENT, slow.uri, str(args.threads), str(HUNG_S + 20)],
                cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True)
            assert client.stdin is not None and client.stdout is not None
            if client.stdout.readline().strip() != "busy":
                sys.exit("the client did not start")
            time.sleep(1.0)
            slow.hang()
            if args.shutdown_after is not None:
                time.sleep(args.shutdown_after)
                client.stdin.write("SHUT\n")
                client.stdin.flush()
                time.sleep(HUNG_S - args.shutdown_after)
            else:
                client.stdin.write("WAIT\n")
                client.stdin.flush()
                time.sleep(HUNG_S)
            slow.recover()
            try:
                out, _ = client.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                client.kill()
                out, _ = client.communicate()
            words = " | ".join(line for line in out.splitlines() if line.strip())
            print(f"attempt {attempt + 1}: {args.threads} threads, exit {client.returncode}: "
                  f"{words[-400:]}", flush=True)


if __name__ == "__main__":
    main()
