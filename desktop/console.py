"""Running a command whose output may go to a pipe that closes early (`… | head`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def run_to_stdout(command: Callable[[], int]) -> int:
    """`command`'s exit status; 1, quietly, if the reader of its output went away.

    Nothing is wrong then, and Python must not try to flush to the closed pipe again on exit
    (which would print a traceback).
    """
    try:
        status = command()
        sys.stdout.flush()  # here, so that a closed pipe is met inside the try
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status
