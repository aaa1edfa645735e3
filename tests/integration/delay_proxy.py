"""A TCP relay that holds every chunk for a fixed time in each direction: a slow link.

The kernel here has no netem, so latency is made in user space: each chunk read from
one side is written to the other ``delay_ms`` later, in order (chunks are pipelined,
so this is latency, not a bandwidth limit).  Runs as its own process, so its work
never competes with the test's GUI thread for the GIL::

    with DelayProxy(("198.18.0.2", 16509), delay_ms=300) as proxy:
        uri = f"qemu+tcp://127.0.0.1:{proxy.port}/system"

As a script (stdlib only: it runs as ``python delay_proxy.py``)::

    delay_proxy.py TARGET_HOST TARGET_PORT DELAY_MS [LISTEN_HOST [LISTEN_PORT]]

prints ``LISTENING <port>`` once it accepts connections and relays until SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import selectors
import signal
import subprocess
import sys
from pathlib import Path

CHUNK = 65536
READY = "LISTENING"
START_TIMEOUT = 15.0


# --------------------------------------------------------------------------- the relay


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    """Copy reader -> writer, each chunk ``delay`` seconds after it was read."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:  # the reader saw EOF: pass the half-close on, as late as the data
                with contextlib.suppress(OSError):
                    if writer.can_write_eof():
                        writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    delivering = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(CHUNK)
            queue.put_nowait((loop.time() + delay, data))
            if not data:
                break
        await delivering
    finally:
        delivering.cancel()


async def _relay(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter,
                 target: tuple[str, int], delay: float) -> None:
    try:
        upstream_r, upstream_w = await asyncio.open_connection(*target)
    except OSError:
        client_w.close()
        return
    pumps = [asyncio.create_task(_pump(client_r, upstream_w, delay)),
             asyncio.create_task(_pump(upstream_r, client_w, delay))]
    try:
        # One side failing (reset) ends both; a clean half-close waits for the other side.
        _done, pending = await asyncio.wait(pumps, return_when=asyncio.FIRST_EXCEPTION)
        for task in pending:
            task.cancel()
    finally:
        for w in (client_w, upstream_w):
            with contextlib.suppress(OSError):
                w.close()


async def serve(target: tuple[str, int], delay_ms: float, listen: tuple[str, int]) -> None:
    delay = delay_ms / 1000.0
    server = await asyncio.start_server(
        lambda r, w: _relay(r, w, target, delay), listen[0], listen[1])
    port = server.sockets[0].getsockname()[1]
    print(f"{READY} {port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


# --------------------------------------------------------------------------- the handle


class DelayProxy:
    """The relay as a child process; stopped by pid (``stop()`` or the context manager)."""

    def __init__(self, target: tuple[str, int], delay_ms: float = 300.0,
                 listen_host: str = "127.0.0.1") -> None:
        self.target = target
        self.delay_ms = delay_ms
        self.listen_host = listen_host
        self.port: int | None = None
        self._proc: subprocess.Popen[str] | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    @property
    def address(self) -> tuple[str, int]:
        assert self.port is not None, "proxy not started"
        return self.listen_host, self.port

    def start(self) -> DelayProxy:
        if self._proc is not None:
            raise RuntimeError("proxy already started")
        argv = [sys.executable, str(Path(__file__).resolve()), self.target[0], str(self.target[1]),
                str(self.delay_ms), self.listen_host, "0"]
        self._proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True, start_new_session=True)
        line = _read_line(self._proc, START_TIMEOUT)
        if not line.startswith(READY):
            err = self._proc.stderr.read() if self._proc.poll() is not None and self._proc.stderr else ""
            self.stop()
            raise RuntimeError(f"delay proxy did not start: {line!r} {err}")
        self.port = int(line.split()[1])
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """First stdout line of ``proc``, or "" when it exits or says nothing in time."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            return ""
    return proc.stdout.readline().strip()


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    listen = (argv[3] if len(argv) > 3 else "127.0.0.1", int(argv[4]) if len(argv) > 4 else 0)
    asyncio.run(serve((argv[0], int(argv[1])), float(argv[2]), listen))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
