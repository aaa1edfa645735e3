"""The log's lines for stderr, written to its descriptor; :class:`kvmgui.utils.logwriter.Background`
runs it on the log's writer thread.

stderr may be a pipe nobody reads (``kvmgui 2>&1 | less`` stopped, a launcher whose
journal is stuck): once it is full a write waits, and a log call that wrote there itself,
the GUI thread's too, waited for good. On the writer thread only that thread waits. It
writes with ``os.write``, not through ``sys.stderr``: hung in the stream's write, it would
hold the stream's lock, and the flush of stderr at exit would wait on it (Python stops
with a fatal error when a daemon thread holds it then).
"""

from __future__ import annotations

import logging
import os
import sys


class RawStderr(logging.Handler):
    """Each record's line, and a newline, to stderr's descriptor (or to ``sys.stderr`` as
    a stream when it has none: a test's capture)."""

    def emit(self, record: logging.LogRecord) -> None:
        stream = sys.stderr
        if stream is None:  # started without one
            return
        line = self.format(record) + "\n"
        try:
            fd = stream.fileno()
        except (AttributeError, OSError, ValueError):
            stream.write(line)
            stream.flush()
            return
        data = memoryview(line.encode(getattr(stream, "encoding", None) or "utf-8",
                                      "backslashreplace"))
        while data:
            data = data[os.write(fd, data):]
