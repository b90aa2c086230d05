"""Why a data folder's store cannot be opened, in words the user reads (context "Store").

Opening checks before it changes anything, so the folder and its file are left as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP
from desktop.oserrors import OsReason

MESSAGES = {
    "folder": QT_TRANSLATE_NOOP("Store", "Cannot use the data folder {path}: {reason}"),
    "damaged": QT_TRANSLATE_NOOP(
        "Store",
        "{path} is not an Outreach Log store, or it is damaged. It was left as it is: put the "
        "app's daily copy in its place (outreach restore; the copies are in {backups}), or "
        "choose another data folder.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Store", "The store in {path} is busy in another program; close it and try again."
    ),
    "no_copy": QT_TRANSLATE_NOOP("Store", "There is no whole copy of the store in {path}."),
    "no_such_copy": QT_TRANSLATE_NOOP("Store", "There is no copy {path}."),
    "copy_damaged": QT_TRANSLATE_NOOP(
        "Store", "The copy {path} is damaged too: choose another one beside it."
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Store",
        "The data in {path} was written by a newer version of Outreach Log. Please update the app.",
    ),
}


class StoreUnavailable(Exception):
    """The data folder or its store cannot be used; `code` is a key of MESSAGES."""

    def __init__(self, code: str, path: Path, reason: str | OsReason = "") -> None:
        self.code = code
        self.path = path
        self.reason = reason
        super().__init__(f"{code}: {path}: {reason}" if reason else f"{code}: {path}")

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = MESSAGES[self.code]
        if translate is not None:
            template = translate("Store", template)
        reason = self.reason
        if isinstance(reason, OsReason):
            reason = reason.text(translate)
        from desktop.store import backups  # it raises these errors: imported when shown

        copies = backups.folder_of(self.path.parent)
        return template.format(path=self.path, reason=reason, backups=copies)
