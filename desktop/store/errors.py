"""Why a data folder's store cannot be opened, in words the user reads (context "Store").

Opening checks before it changes anything, so the folder and its file are left as they were.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP

MESSAGES = {
    "folder": QT_TRANSLATE_NOOP("Store", "Cannot use the data folder {path}: {reason}"),
    "damaged": QT_TRANSLATE_NOOP(
        "Store",
        "{path} is not an Outreach Log store, or it is damaged. It was left as it is: put a "
        "backup copy in its place, or choose another data folder.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Store", "The store in {path} is busy in another program; close it and try again."
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Store",
        "The data in {path} was written by a newer version of Outreach Log. Please update the app.",
    ),
}

#: Reasons the operating system gives, in our words (its own are English only).
REASONS = {
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Store", "a file of that name is in the way"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Store", "a file of that name is in the way"),
    errno.EACCES: QT_TRANSLATE_NOOP("Store", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("Store", "no permission to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("Store", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Store", "the disk is full"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Store", "the folder cannot be made there"),
}


class StoreUnavailable(Exception):
    """The data folder or its store cannot be used; `code` is a key of MESSAGES."""

    def __init__(self, code: str, path: Path, reason: str = "", errno_: int | None = None) -> None:
        self.code = code
        self.path = path
        self.reason = reason
        self.errno = errno_
        super().__init__(f"{code}: {path}: {reason}" if reason else f"{code}: {path}")

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        def tr(text: str) -> str:
            return translate("Store", text) if translate else text

        reason = REASONS.get(self.errno) if self.errno is not None else None
        return tr(MESSAGES[self.code]).format(
            path=self.path, reason=tr(reason) if reason else self.reason
        )
