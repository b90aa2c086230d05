"""The review log's detail pane: the selected record as its form shows it (labels and list
names, not codes), its photos, what changed since it was sent back, its review thread, its
history and any sync conflict head office kept for it.

Read when the selection settles on one record: a handful of primary-key lookups and the
record's thread and history (indexed by uuid), whatever the size of the store. Session photos
and conflicts are at head office, not on a supervisor's laptop: a worker asks for them (photos
are kept once fetched) and the pane fills them in when they come, if it still shows the record.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.kinds import KINDS
from desktop.domain.review import ACTION_LABELS, STATE_LABELS, ReviewState
from desktop.store import reviews
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.history import action_label, device_label, who_label
from desktop.ui.labels import display, field_label, kind_label, translate
from desktop.ui.workers import Progress, run_in_background
from sync.client import SyncClient, SyncError, is_enrolled

#: Personal data (a client's name, phone, address) is not shown in review: the check is of
#: the outreach work, and the history dialog masks it the same way.
MASK = "•••"


#: Photos shown this wide (points); a click opens the file at full size.
PHOTO_WIDTH = 240


def _when(stamp: str) -> str:
    return stamp[:19].replace("T", " ")


@dataclass
class HeadOffice:
    """What head office said about one record: which of its photos are now on this laptop,
    and the conflicts kept for it; `error` if it could not be asked."""

    uuid: str
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""


def ask_head_office(data_dir: Path, kind: str, uuid: str, digests: list[str]) -> HeadOffice:
    """Fetch the record's missing photos and its conflicts (in a worker: its own store)."""
    store = Store(data_dir)
    try:
        client = SyncClient(store, timeout=15)
        for digest in digests:
            client.session_photo(digest)
        return HeadOffice(uuid, client.record_conflicts(kind, uuid))
    finally:
        store.close()


class ReviewDetail(QTextBrowser):
    """Shows one record (`show_record`) or a hint (`clear`)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("review_detail")
        self.setOpenLinks(False)
        self.uuid: str | None = None
        self.pool = QThreadPool.globalInstance()
        #: The last answer of head office for the record shown (None: not asked or waiting).
        self.head_office: HeadOffice | None = None
        self.anchorClicked.connect(self._open_link)
        self.clear_record()

    def _open_link(self, url: QUrl) -> None:
        if url.isLocalFile():
            QDesktopServices.openUrl(url)

    def clear_record(self, many: int = 0) -> None:
        self.uuid = None
        if many > 1:
            text = translate("Review", "%n record(s) selected: A approves them all.", None, many)
        else:
            text = translate("Review", "Select a record to see it, its history and its thread.")
        self.setHtml(f"<p style='color:#666'>{html.escape(text)}</p>")

    def _value(self, f: Any, value: Any) -> str:
        if f.personal and value not in (None, "", []):
            return MASK
        return display(self.ctx.store, f, value, self.ctx.lang)

    def show_record(self, kind: str, uuid: str) -> None:
        """Show the record now from the laptop, and ask head office for the rest."""
        self.head_office = None
        self._render(kind, uuid)
        if self.uuid != uuid or not is_enrolled(self.ctx.store):
            return
        photos = self.ctx.store.photos(uuid) if kind == "session" else []
        digests = [
            p["sha256"]
            for p in photos
            if p["sha256"] and not self.ctx.store.photo_path(p["sha256"]).is_file()
        ]
        data_dir = self.ctx.store.data_dir

        def work(_report: Progress) -> HeadOffice:
            return ask_head_office(data_dir, kind, uuid, digests)

        def answered(found: Any) -> None:
            if self.uuid == found.uuid:
                self.head_office = found
                self._render(kind, uuid)

        def failed(error: Exception) -> None:
            if self.uuid == uuid:
                message = error.message(translate) if isinstance(error, SyncError) else ""
                self.head_office = HeadOffice(uuid, error=message or str(error))
                self._render(kind, uuid)

        self.worker = run_in_background(
            work, answered, failed, pool=self.pool, expected=(SyncError,)
        )

    def _render(self, kind: str, uuid: str) -> None:
        store, k = self.ctx.store, KINDS[kind]
        record = store.get(kind, uuid, include_deleted=True)
        self.uuid = uuid
        if record is None:
            self.setHtml(html.escape(translate("Review", "This record is not on this laptop.")))
            return
        state = reviews.state(store, kind, uuid)
        e = html.escape
        title = kind_label(k)
        if record["deleted"]:
            title += " · " + translate("Review", "deleted")
        parts = [
            f"<h3>{e(title)}</h3>",
            f"<p><b>{e(translate('Review', 'Review state'))}:</b>"
            f" {e(translate('Review', STATE_LABELS[state]))}"
            f" &nbsp; <b>{e(translate('Review', 'Team'))}:</b> {e(record['team'] or '')}"
            f" &nbsp; <b>{e(translate('Review', 'Officer'))}:</b>"
            f" {e(who_label(record['author']))}</p>",
            "<table cellspacing='0' cellpadding='2'>",
        ]
        for f in k.fields:
            value = self._value(f, record[f.name])
            if value:
                parts.append(
                    f"<tr><td style='color:#555;padding-right:12px'>{e(field_label(f))}</td>"
                    f"<td>{e(value).replace(chr(10), '<br>')}</td></tr>"
                )
        parts.append("</table>")
        if kind == "session":
            parts.extend(self._photos(uuid))
        changes = reviews.changed_since_send_back(store, kind, uuid)
        if changes and state is ReviewState.CORRECTED:
            heading = translate("Review", "Changed since it was sent back")
            parts.append(f"<h4>{e(heading)}</h4>")
            parts.append("<ul>")
            for name, old, new in changes:
                f = k.field(name)
                parts.append(
                    f"<li>{e(field_label(f))}: {e(self._value(f, old))} → "
                    f"<b>{e(self._value(f, new))}</b></li>"
                )
            parts.append("</ul>")
        heading = translate("Review", "Review thread")
        parts.append(f"<h4>{e(heading)}</h4>")
        entries = reviews.thread(store, kind, uuid)
        if not entries:
            none_yet = translate("Review", "No review yet.")
            parts.append(f"<p style='color:#666'>{e(none_yet)}</p>")
        for entry in entries:
            action = translate("Review", ACTION_LABELS[entry.action])
            if entry.deleted:
                action += " · " + translate("Review", "withdrawn")
            parts.append(
                f"<p><b>{e(who_label(entry.who))}</b> · {e(_when(entry.at))} · {e(action)}"
                + (f"<br>{e(entry.comment)}" if entry.comment else "")
                + "</p>"
            )
        heading = translate("Review", "History")
        parts.append(f"<h4>{e(heading)}</h4><ul>")
        for item in store.history(uuid):
            names = [field_label(k.field(n)) for n in item["changes"] if n in k.field_names]
            where = device_label(item["device_id"], store.device_id)
            parts.append(
                f"<li>{e(_when(item['at']))} · <b>{e(who_label(item['author']))}</b>"
                f" <span style='color:#888'>({e(where)})</span> · "
                f"{e(action_label(item['action']))}"
                + (
                    f": {e('、'.join(names) if self.ctx.chinese else ', '.join(names))}"
                    if names
                    else ""
                )
                + "</li>"
            )
        parts.append("</ul>")
        parts.extend(self._conflicts(k))
        self.setHtml("".join(parts))

    def _waiting_line(self) -> str:
        """Why head office's part is not shown (yet), or '' once it answered."""
        if not is_enrolled(self.ctx.store):
            return translate("Review", "This laptop is not connected to head office.")
        if self.head_office is None:
            return translate("Review", "Asking head office…")
        if self.head_office.error:
            return translate("Review", "Head office could not be asked: {error}").format(
                error=self.head_office.error
            )
        return ""

    def _photos(self, session: str) -> list[str]:
        e = html.escape
        photos = self.ctx.store.photos(session)
        if not photos:
            return []
        heading = translate("Review", "Photos")
        parts = [f"<h4>{e(heading)}</h4><p>"]
        missing = 0
        for photo in photos:
            path = self.ctx.store.photo_path(photo["sha256"] or "")
            if photo["sha256"] and path.is_file():
                url = QUrl.fromLocalFile(str(path)).toString()
                caption = e(photo["caption"] or photo["file_name"] or "")
                parts.append(
                    f"<a href='{e(url)}'><img src='{e(url)}' width='{PHOTO_WIDTH}'></a>"
                    f"<br><span style='color:#555'>{caption}</span><br>"
                )
            else:
                missing += 1
        if missing:
            waiting = self._waiting_line()
            if not waiting:
                waiting = translate("Review", "Head office does not hold it yet.")
            parts.append(
                "<span style='color:#666'>"
                + e(translate("Review", "%n photo(s) not on this laptop.", None, missing))
                + " "
                + e(waiting)
                + "</span>"
            )
        parts.append("</p>")
        return parts

    def _conflicts(self, k: Any) -> list[str]:
        e = html.escape
        heading = translate("Review", "Sync conflicts kept at head office")
        parts = [f"<h4>{e(heading)}</h4>"]
        waiting = self._waiting_line()
        if waiting:
            return [*parts, f"<p style='color:#666'>{e(waiting)}</p>"]
        assert self.head_office is not None
        if not self.head_office.conflicts:
            none = translate("Review", "None.")
            return [*parts, f"<p style='color:#666'>{e(none)}</p>"]
        parts.append("<ul>")
        for c in self.head_office.conflicts:
            who = who_label(c.get("loser_author"))
            device = c.get("loser_label") or c.get("loser_device") or ""
            line = translate("Review", "{when}: a version by {who} ({device}) gave way").format(
                when=_when(c.get("at") or ""), who=who, device=device
            )
            if c.get("deleted"):
                line += " · " + translate("Review", "it deleted the record")
            if c.get("lost_to_deletion"):
                line += " · " + translate("Review", "to a version that deleted the record")
            items = []
            for change in c.get("fields", []):
                if change["field"] not in k.field_names:
                    continue
                f = k.field(change["field"])
                items.append(
                    f"<li>{e(field_label(f))}: {e(self._value(f, change['lost']))} → "
                    f"<b>{e(self._value(f, change['kept']))}</b></li>"
                )
            parts.append(
                f"<li>{e(line)}" + (f"<ul>{''.join(items)}</ul>" if items else "") + "</li>"
            )
        parts.append("</ul>")
        return parts
