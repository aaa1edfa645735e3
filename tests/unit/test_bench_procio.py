"""bench/procio.py: the benches' reading of a probe process's lines."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.procio import read_line

# Three lines in one write: they reach the reader in one chunk.
_CHILD = ("import sys, time; sys.stdout.write('log line\\nREADY 1\\n{\"a\": 1}\\n'); "
          "sys.stdout.flush(); time.sleep(60)")


@pytest.fixture
def child():
    proc = subprocess.Popen([sys.executable, "-c", _CHILD], stdout=subprocess.PIPE, text=True)
    yield proc
    proc.kill()
    proc.wait()


def test_lines_that_arrived_in_one_chunk_are_each_read(child):
    # select() on the pipe did not see the lines left in the file object's buffer:
    # READY came back as "" once the timeout ran out.
    assert read_line(child, 20) == "READY 1"
    assert read_line(child, 20) == '{"a": 1}'


def test_a_probe_that_exits_gives_an_empty_line_every_time():
    proc = subprocess.Popen([sys.executable, "-c", "print('READY')"], stdout=subprocess.PIPE,
                            text=True)
    assert read_line(proc, 20) == "READY"
    assert read_line(proc, 20) == ""
    assert read_line(proc, 20) == ""
    proc.wait()
