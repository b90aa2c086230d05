"""Why a file or folder cannot be used, in our words: the system's own are English only.

A reason is kept untranslated (`OsReason`) until it is shown, like every other message.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.fields import QT_TRANSLATE_NOOP

CONTEXT = "System"

REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("System", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("System", "no permission"),
    errno.EPERM: QT_TRANSLATE_NOOP("System", "no permission"),
    errno.EISDIR: QT_TRANSLATE_NOOP("System", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("System", "a file of that name is in the way"),
    errno.EEXIST: QT_TRANSLATE_NOOP("System", "a file of that name is in the way"),
    errno.EROFS: QT_TRANSLATE_NOOP("System", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("System", "the disk is full"),
    errno.EIO: QT_TRANSLATE_NOOP("System", "the disk cannot be read (damaged, or taken out?)"),
}


@dataclass(frozen=True)
class OsReason:
    """An OSError's reason, to be put in words when shown."""

    errno: int | None
    strerror: str

    @classmethod
    def of(cls, error: OSError) -> OsReason:
        return cls(error.errno, error.strerror or str(error))

    def known(self) -> bool:
        """Whether the reason has words of ours (else it is the system's English)."""
        return self.errno in REASONS

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        known = REASONS.get(self.errno) if self.errno is not None else None
        if known is None:
            return self.strerror
        return translate(CONTEXT, known) if translate else known
