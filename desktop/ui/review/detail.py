"""The review log's detail pane: the selected record as its form shows it (labels and list
names, not codes), what changed since it was sent back, its review thread and its history.

Read when the selection settles on one record: a handful of primary-key lookups and the
record's thread and history (indexed by uuid), whatever the size of the store.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.kinds import KINDS
from desktop.domain.review import ACTION_LABELS, STATE_LABELS, ReviewState
from desktop.store import reviews
from desktop.ui.context import UiContext
from desktop.ui.history import action_label, device_label, who_label
from desktop.ui.labels import display, field_label, kind_label, translate

#: Personal data (a client's name, phone, address) is not shown in review: the check is of
#: the outreach work, and the history dialog masks it the same way.
MASK = "•••"


def _when(stamp: str) -> str:
    return stamp[:19].replace("T", " ")


class ReviewDetail(QTextBrowser):
    """Shows one record (`show_record`) or a hint (`clear`)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("review_detail")
        self.setOpenLinks(False)
        self.uuid: str | None = None
        self.clear_record()

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
        self.setHtml("".join(parts))
