#!/usr/bin/env python3
"""Stands in for opt/llc in fault tests: answers at once, but leaves a child in a session of its own
(out of reach of the tool's process group) that keeps creating files in the tool's temp dir, its
cwd, for two seconds, so that the directory fills up again while it is being removed."""

import os
import time

if os.fork() == 0:
    os.setsid()
    os.closerange(0, 3)
    deadline = time.monotonic() + 2.0
    count = 0
    while time.monotonic() < deadline:
        count += 1
        try:
            with open(f"w{count}", "w"):
                pass
        except OSError:
            time.sleep(0.001)  # the directory is gone: nothing more to fill
    os._exit(0)
