"""kvmgui's SSH_ASKPASS program: hands ssh's question to the running kvmgui, prints the answer.

ssh runs it as ``askpass PROMPT`` (SSH_ASKPASS_REQUIRE=force, set by the wrapper that
``askpass.AskpassServer`` writes for each connection) and reads the answer from its
stdout; exit status 1 means "cancelled". The question goes over the unix socket named in
KVMGUI_ASKPASS_SOCKET (in a directory only the user can enter) as one JSON line; the
reply is one JSON line, ``{"answer": "..."}`` or ``{"cancel": true}``. The answer is
written to ssh's pipe only: never to a file, an argument or the environment.

Standalone on purpose (standard library only, run with ``python -I -S``): it starts
for each question, so it imports nothing of kvmgui, Qt or libvirt.
"""

from __future__ import annotations

import json
import os
import socket
import sys

MAX_MESSAGE = 64 * 1024
PROTOCOL = 1


def request(prompt: str, env: dict[str, str]) -> dict[str, object]:
    """The question as sent: protocol version, connection key, ssh's pid, ssh's text."""
    return {"v": PROTOCOL, "key": env.get("KVMGUI_ASKPASS_KEY", ""), "ssh_pid": os.getppid(),
            "hint": env.get("SSH_ASKPASS_PROMPT", ""), "prompt": prompt}


def read_line(sock: socket.socket) -> bytes:
    """One newline-ended message (at most MAX_MESSAGE bytes); b"" if the peer went."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = sock.recv(4096)
        if not chunk:
            return b""
        data += chunk
        if len(data) > MAX_MESSAGE:
            return b""
    return data


def ask(path: str, message: dict[str, object]) -> str | None:
    """The answer kvmgui gives, or None (cancelled, or kvmgui is not there)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(path)
        sock.sendall(json.dumps(message).encode() + b"\n")
        line = read_line(sock)
    if not line:
        return None
    reply = json.loads(line)
    answer = reply.get("answer") if isinstance(reply, dict) else None
    return answer if isinstance(answer, str) else None


def main(argv: list[str]) -> int:
    env = dict(os.environ)
    if env.get("SSH_ASKPASS_PROMPT") == "none":
        return 0  # a notice ("touch your key"), not a question: ssh ends us when done
    path = env.get("KVMGUI_ASKPASS_SOCKET", "")
    if not path:
        print("kvmgui askpass: KVMGUI_ASKPASS_SOCKET is not set", file=sys.stderr)
        return 1
    try:
        answer = ask(path, request(argv[1] if len(argv) > 1 else "", env))
    except (OSError, ValueError) as exc:
        print(f"kvmgui askpass: {exc}", file=sys.stderr)
        return 1
    if answer is None:
        return 1
    sys.stdout.write(answer + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
