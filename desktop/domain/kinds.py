"""The record kinds: the one place that says what is recorded and in which fields.

Everything else (store tables, forms, validation, import template, sync checks) reads these.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from desktop.domain.fields import QT_TRANSLATE_NOOP, Choice, Field, FieldType
from desktop.domain.refdata import REF_LISTS

T = FieldType


@dataclass(frozen=True)
class RecordKind:
    name: str
    label: str
    plural: str
    fields: tuple[Field, ...]
    #: The date the list is sorted and filtered by (newest first).
    date_field: str | None = None
    #: Fields a free-text search looks in.
    search_fields: tuple[str, ...] = ()
    #: Field shown when another record links to this one.
    title_field: str = ""

    @property
    def table(self) -> str:
        return self.name + "s"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @functools.cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @functools.cached_property
    def listed_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.listed)

    @functools.cached_property
    def personal_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.personal)


SESSION = RecordKind(
    name="session",
    label=QT_TRANSLATE_NOOP("Kind", "Outreach session"),
    plural=QT_TRANSLATE_NOOP("Kind", "Outreach sessions"),
    date_field="held_on",
    search_fields=("place", "area", "notes", "staff"),
    title_field="place",
    fields=(
        Field(
            "held_on",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Date"),
            required=True,
            not_future=True,
            listed=True,
            aliases=("日期", "活动日期", "date"),
        ),
        Field(
            "start_time",
            T.TIME,
            QT_TRANSLATE_NOOP("Field", "Start time"),
            listed=True,
            aliases=("开始时间", "时间"),
        ),
        Field("end_time", T.TIME, QT_TRANSLATE_NOOP("Field", "End time"), aliases=("结束时间",)),
        Field(
            "place",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Place"),
            required=True,
            listed=True,
            remember_last=True,
            max_length=120,
            aliases=("地点", "活动地点", "place"),
        ),
        Field(
            "area",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Township / county"),
            listed=True,
            remember_last=True,
            max_length=120,
            aliases=("乡镇", "地区", "区域"),
        ),
        Field(
            "venue_kind",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Venue kind"),
            required=True,
            ref_list="venue_kinds",
            listed=True,
            remember_last=True,
            aliases=("场所类型", "活动场所", "venue"),
        ),
        Field(
            "campaign",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Campaign"),
            ref_list="campaigns",
            listed=True,
            remember_last=True,
            aliases=("活动名称", "专项活动", "campaign"),
        ),
        Field(
            "topics",
            T.REFS,
            QT_TRANSLATE_NOOP("Field", "Topics"),
            required=True,
            ref_list="topics",
            listed=True,
            aliases=("宣传主题", "主题", "topics"),
        ),
        Field(
            "partners",
            T.REFS,
            QT_TRANSLATE_NOOP("Field", "Partner organisations"),
            ref_list="partners",
            aliases=("合作单位", "partners"),
        ),
        Field(
            "staff",
            T.TEXT_LIST,
            QT_TRANSLATE_NOOP("Field", "Staff present"),
            remember_last=True,
            aliases=("参与人员", "工作人员", "经办人", "宣讲人员", "宣讲人", "staff"),
        ),
        Field(
            "audience",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Audience"),
            required=True,
            minimum=0,
            maximum=1_000_000,
            listed=True,
            aliases=("受众人数", "参与人数", "覆盖人数", "audience"),
        ),
        Field(
            "consultation_count",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Consultations answered"),
            minimum=0,
            maximum=1_000_000,
            listed=True,
            aliases=("咨询人数", "现场咨询", "consultations"),
        ),
        Field(
            "online", T.BOOL, QT_TRANSLATE_NOOP("Field", "Held online"), aliases=("线上", "online")
        ),
        Field(
            "notes",
            T.LONG_TEXT,
            QT_TRANSLATE_NOOP("Field", "Notes"),
            max_length=4000,
            aliases=("备注", "notes"),
        ),
    ),
)

CONSULTATION = RecordKind(
    name="consultation",
    label=QT_TRANSLATE_NOOP("Kind", "Consultation"),
    plural=QT_TRANSLATE_NOOP("Kind", "Consultations"),
    date_field="asked_on",
    search_fields=("question", "answer"),
    title_field="question",
    fields=(
        Field("session", T.LINK, QT_TRANSLATE_NOOP("Field", "Session"), link_kind="session"),
        Field(
            "asked_on",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Date"),
            required=True,
            not_future=True,
            listed=True,
        ),
        Field(
            "category",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Business category"),
            required=True,
            ref_list="consultation_categories",
            listed=True,
            remember_last=True,
        ),
        Field(
            "topic",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Topic"),
            ref_list="topics",
            listed=True,
            remember_last=True,
        ),
        Field(
            "question",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Question"),
            required=True,
            listed=True,
            max_length=300,
        ),
        Field("answer", T.LONG_TEXT, QT_TRANSLATE_NOOP("Field", "Answer given"), max_length=2000),
        Field(
            "resolution",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Resolution"),
            listed=True,
            choices=(
                Choice("answered", QT_TRANSLATE_NOOP("Choice", "Answered on the spot")),
                Choice("referred", QT_TRANSLATE_NOOP("Choice", "Referred onward")),
            ),
        ),
        Field(
            "special_group",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Special group"),
            ref_list="special_groups",
            listed=True,
        ),
        Field("follow_up", T.BOOL, QT_TRANSLATE_NOOP("Field", "Follow-up needed"), listed=True),
        Field(
            "consent", T.BOOL, QT_TRANSLATE_NOOP("Field", "Person agreed to leave contact details")
        ),
        Field(
            "contact_name",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Contact name"),
            personal=True,
            max_length=60,
        ),
        Field(
            "contact_phone",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Contact phone"),
            personal=True,
            max_length=30,
        ),
    ),
)

VISIT = RecordKind(
    name="visit",
    label=QT_TRANSLATE_NOOP("Kind", "Special-group visit"),
    plural=QT_TRANSLATE_NOOP("Kind", "Special-group visits"),
    date_field="visited_on",
    search_fields=("village", "client_name", "notes"),
    title_field="village",
    fields=(
        Field(
            "visited_on",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Date"),
            required=True,
            not_future=True,
            listed=True,
        ),
        Field(
            "village",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Village / community"),
            required=True,
            listed=True,
            remember_last=True,
            max_length=120,
        ),
        Field(
            "group",
            T.REF,
            QT_TRANSLATE_NOOP("Field", "Special group"),
            required=True,
            ref_list="special_groups",
            listed=True,
        ),
        Field(
            "services",
            T.REFS,
            QT_TRANSLATE_NOOP("Field", "Services given"),
            required=True,
            ref_list="service_kinds",
            listed=True,
        ),
        Field(
            "outcome",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Outcome"),
            required=True,
            listed=True,
            choices=(
                Choice("done", QT_TRANSLATE_NOOP("Choice", "Done")),
                Choice("partly", QT_TRANSLATE_NOOP("Choice", "Partly done")),
                Choice("not_done", QT_TRANSLATE_NOOP("Choice", "Could not be done")),
            ),
        ),
        Field("follow_up_on", T.DATE, QT_TRANSLATE_NOOP("Field", "Follow-up date"), listed=True),
        Field(
            "staff", T.TEXT_LIST, QT_TRANSLATE_NOOP("Field", "Staff present"), remember_last=True
        ),
        Field(
            "consent", T.BOOL, QT_TRANSLATE_NOOP("Field", "Client agreed to keep personal details")
        ),
        Field(
            "client_name",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Client name"),
            personal=True,
            max_length=60,
        ),
        Field(
            "client_phone",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Client phone"),
            personal=True,
            max_length=30,
        ),
        Field(
            "client_address",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Client address"),
            personal=True,
            max_length=200,
        ),
        Field("notes", T.LONG_TEXT, QT_TRANSLATE_NOOP("Field", "Notes"), max_length=4000),
    ),
)

LEAFLET_DESIGN = RecordKind(
    name="leaflet_design",
    label=QT_TRANSLATE_NOOP("Kind", "Leaflet design"),
    plural=QT_TRANSLATE_NOOP("Kind", "Leaflet designs"),
    search_fields=("title", "body"),
    title_field="title",
    fields=(
        Field(
            "title",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            listed=True,
            max_length=80,
        ),
        Field("topic", T.REF, QT_TRANSLATE_NOOP("Field", "Topic"), ref_list="topics", listed=True),
        Field("body", T.LONG_TEXT, QT_TRANSLATE_NOOP("Field", "Body text"), max_length=4000),
        Field("qr_target", T.TEXT, QT_TRANSLATE_NOOP("Field", "QR code link"), max_length=500),
        Field(
            "language",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Language"),
            listed=True,
            choices=(
                Choice("zh_CN", QT_TRANSLATE_NOOP("Choice", "Chinese")),
                Choice("en", QT_TRANSLATE_NOOP("Choice", "English")),
            ),
        ),
        Field(
            "layout",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Layout"),
            choices=(
                Choice("a4", QT_TRANSLATE_NOOP("Choice", "A4, one per sheet")),
                Choice("a5x2", QT_TRANSLATE_NOOP("Choice", "A5, two per A4 sheet")),
                Choice("a6x4", QT_TRANSLATE_NOOP("Choice", "A6, four per A4 sheet")),
                Choice("trifold", QT_TRANSLATE_NOOP("Choice", "Tri-fold A4 landscape")),
            ),
        ),
        Field(
            "low_stock",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Warn when stock falls below"),
            minimum=0,
            maximum=1_000_000,
        ),
        Field("active", T.BOOL, QT_TRANSLATE_NOOP("Field", "In use")),
        #: Content address (sha256) of a picture in the data dir's content-addressed file store.
        Field(
            "image",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Picture (checksum)"),
            max_length=64,
            editable=False,
        ),
        #: Printed at the bottom of every leaflet: the bank, its hotline, the campaign.
        Field("footer", T.TEXT, QT_TRANSLATE_NOOP("Field", "Footer line"), max_length=200),
        Field(
            "qr_mode",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "QR code leads to"),
            choices=(
                Choice("direct", QT_TRANSLATE_NOOP("Choice", "The link itself")),
                Choice("tracked", QT_TRANSLATE_NOOP("Choice", "Head office's counted short link")),
            ),
        ),
    ),
)

PRINT_RUN = RecordKind(
    name="print_run",
    label=QT_TRANSLATE_NOOP("Kind", "Print run"),
    plural=QT_TRANSLATE_NOOP("Kind", "Print runs"),
    date_field="printed_on",
    fields=(
        Field(
            "design",
            T.LINK,
            QT_TRANSLATE_NOOP("Field", "Leaflet design"),
            required=True,
            link_kind="leaflet_design",
            listed=True,
        ),
        Field(
            "printed_on",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Printed on"),
            required=True,
            not_future=True,
            listed=True,
        ),
        Field(
            "copies",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Copies"),
            required=True,
            minimum=1,
            maximum=1_000_000,
            listed=True,
        ),
        Field("notes", T.LONG_TEXT, QT_TRANSLATE_NOOP("Field", "Notes"), max_length=1000),
        Field(
            "layout",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Layout"),
            choices=LEAFLET_DESIGN.field("layout").choices,
        ),
        Field(
            "qr_mode",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "QR code leads to"),
            listed=True,
            choices=LEAFLET_DESIGN.field("qr_mode").choices,
        ),
        #: Made on the device when the run is printed (short, URL-safe, unguessable); head office
        #: learns it from this record at the next sync and counts scans of /q/<code> against it.
        Field(
            "tracking_code",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Tracking code"),
            listed=True,
            max_length=16,
            editable=False,
        ),
        #: Exactly what the printed QR code says.
        Field(
            "qr_url",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Printed QR link"),
            max_length=500,
            editable=False,
        ),
        #: The design's own link when the run was printed: where a tracked code should lead.
        Field(
            "target",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "QR code link"),
            max_length=500,
            editable=False,
        ),
    ),
)

HANDOUT = RecordKind(
    name="handout",
    label=QT_TRANSLATE_NOOP("Kind", "Leaflets handed out"),
    plural=QT_TRANSLATE_NOOP("Kind", "Leaflets handed out"),
    fields=(
        Field(
            "session",
            T.LINK,
            QT_TRANSLATE_NOOP("Field", "Session"),
            required=True,
            link_kind="session",
        ),
        Field(
            "design",
            T.LINK,
            QT_TRANSLATE_NOOP("Field", "Leaflet design"),
            required=True,
            link_kind="leaflet_design",
        ),
        Field(
            "count",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Leaflets handed out"),
            required=True,
            minimum=0,
            maximum=1_000_000,
        ),
    ),
)

PHOTO = RecordKind(
    name="photo",
    label=QT_TRANSLATE_NOOP("Kind", "Photo"),
    plural=QT_TRANSLATE_NOOP("Kind", "Photos"),
    fields=(
        Field(
            "session",
            T.LINK,
            QT_TRANSLATE_NOOP("Field", "Session"),
            required=True,
            link_kind="session",
        ),
        #: Content address of the file in the data dir's photo folder.
        Field(
            "sha256",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Checksum"),
            required=True,
            max_length=64,
            editable=False,
        ),
        Field("file_name", T.TEXT, QT_TRANSLATE_NOOP("Field", "File name"), max_length=255),
        Field("caption", T.TEXT, QT_TRANSLATE_NOOP("Field", "Caption"), max_length=200),
    ),
)

REF_ITEM = RecordKind(
    name="ref_item",
    label=QT_TRANSLATE_NOOP("Kind", "Reference list entry"),
    plural=QT_TRANSLATE_NOOP("Kind", "Reference lists"),
    search_fields=("label_zh", "label_en"),
    title_field="label_zh",
    fields=(
        Field(
            "list",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "List"),
            required=True,
            listed=True,
            choices=tuple(Choice(code, label) for code, label in REF_LISTS.items()),
        ),
        Field(
            "code",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Code"),
            required=True,
            listed=True,
            max_length=40,
        ),
        Field(
            "label_zh",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Chinese name"),
            required=True,
            listed=True,
            max_length=80,
        ),
        Field(
            "label_en",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "English name"),
            required=True,
            listed=True,
            max_length=80,
        ),
        Field("active", T.BOOL, QT_TRANSLATE_NOOP("Field", "In use"), listed=True),
        Field("sort", T.INT, QT_TRANSLATE_NOOP("Field", "Order"), minimum=0, maximum=100_000),
    ),
)

#: A field officer of a team: who records, named on every record and history line. A laptop
#: not enrolled keeps its own officers; once enrolled, the team's roster is head office's
#: (`outreach-server officers`), and a laptop adds one only while the roster is empty. The
#: team is the record's meta team. Officers are never deleted, only taken out of use: the
#: records they made still name them.
OFFICER = RecordKind(
    name="officer",
    label=QT_TRANSLATE_NOOP("Kind", "Officer"),
    plural=QT_TRANSLATE_NOOP("Kind", "Officers"),
    search_fields=("name",),
    title_field="name",
    fields=(
        Field(
            "name",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Name"),
            required=True,
            listed=True,
            max_length=60,
        ),
        Field("active", T.BOOL, QT_TRANSLATE_NOOP("Field", "In use"), listed=True),
    ),
)

_REVIEWED_LABELS = {k.name: k.label for k in (SESSION, CONSULTATION, VISIT, PRINT_RUN)}

#: The kinds a supervisor reviews (a review's target is one of these).
REVIEWED_KINDS = ("session", "consultation", "visit", "print_run")

#: One action in a record's review thread (desktop.domain.review): a supervisor's approval or
#: send-back, or an answer (the officer's reply). A record of its own, so it syncs, has history
#: and never changes the officer's fields; its team is the target's team.
REVIEW = RecordKind(
    name="review",
    label=QT_TRANSLATE_NOOP("Kind", "Review"),
    plural=QT_TRANSLATE_NOOP("Kind", "Reviews"),
    search_fields=("comment",),
    title_field="comment",
    fields=(
        Field(
            "target_kind",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Kind of record"),
            required=True,
            choices=tuple(Choice(name, _REVIEWED_LABELS[name]) for name in REVIEWED_KINDS),
            editable=False,
        ),
        Field(
            "target",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Record"),
            required=True,
            max_length=64,
            editable=False,
        ),
        Field(
            "action",
            T.CHOICE,
            QT_TRANSLATE_NOOP("Field", "Action"),
            required=True,
            listed=True,
            choices=(
                Choice("approve", QT_TRANSLATE_NOOP("Choice", "Approve")),
                Choice("send_back", QT_TRANSLATE_NOOP("Choice", "Send back for correction")),
                Choice("answer", QT_TRANSLATE_NOOP("Choice", "Answer")),
            ),
            editable=False,
        ),
        Field(
            "comment",
            T.LONG_TEXT,
            QT_TRANSLATE_NOOP("Field", "Comment"),
            listed=True,
            max_length=2000,
        ),
        #: The stamp of the target's version the action was taken on.
        Field(
            "seen_hlc",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Version seen"),
            required=True,
            max_length=100,
            editable=False,
        ),
    ),
)

#: A period report a supervisor filed (报送): what went to the regulator, kept so that it can
#: always be explained. Its figures as filed, and (in its parts) every record counted with the
#: version counted, so that a later change to one of them shows against the filed figures.
FILED_REPORT = RecordKind(
    name="filed_report",
    label=QT_TRANSLATE_NOOP("Kind", "Filed report"),
    plural=QT_TRANSLATE_NOOP("Kind", "Filed reports"),
    date_field="filed_on",
    title_field="title",
    search_fields=("title",),
    fields=(
        Field(
            "title",
            T.TEXT,
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            listed=True,
            max_length=200,
        ),
        Field(
            "filed_on",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Filed on"),
            required=True,
            listed=True,
            editable=False,
        ),
        Field(
            "period_from",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Period from"),
            required=True,
            listed=True,
            editable=False,
        ),
        Field(
            "period_to",
            T.DATE,
            QT_TRANSLATE_NOOP("Field", "Period to"),
            required=True,
            listed=True,
            editable=False,
        ),
        #: The scope asked for: a branch, some teams, or neither (the whole bank).
        Field(
            "branch", T.TEXT, QT_TRANSLATE_NOOP("Field", "Branch"), max_length=120, editable=False
        ),
        Field(
            "teams",
            T.TEXT_LIST,
            QT_TRANSLATE_NOOP("Field", "Teams"),
            max_length=20_000,
            editable=False,
        ),
        Field(
            "approved_only",
            T.BOOL,
            QT_TRANSLATE_NOOP("Field", "Approved records only"),
            editable=False,
        ),
        #: The figures as filed: JSON {"figures": {key: value}, "breakdowns": {key: [[code,
        #: value], ...]}, "months": [[first, {key: value}], ...]}.
        Field(
            "figures",
            T.LONG_TEXT,
            QT_TRANSLATE_NOOP("Field", "Figures"),
            required=True,
            max_length=200_000,
            editable=False,
        ),
        Field(
            "records_count",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Records counted"),
            minimum=0,
            editable=False,
        ),
        #: How many filed_report_part records list them, and a SHA-256 over their lines in
        #: order: a report whose parts have not all arrived is told apart from a changed one.
        Field("parts", T.INT, QT_TRANSLATE_NOOP("Field", "Parts"), minimum=0, editable=False),
        Field(
            "digest", T.TEXT, QT_TRANSLATE_NOOP("Field", "Checksum"), max_length=64, editable=False
        ),
    ),
)

#: A slice of a filed report's list of counted records: one line per record, "kind uuid hlc".
FILED_REPORT_PART = RecordKind(
    name="filed_report_part",
    label=QT_TRANSLATE_NOOP("Kind", "Filed report part"),
    plural=QT_TRANSLATE_NOOP("Kind", "Filed report parts"),
    fields=(
        Field(
            "report",
            T.LINK,
            QT_TRANSLATE_NOOP("Field", "Filed report"),
            required=True,
            link_kind="filed_report",
            editable=False,
        ),
        Field(
            "number",
            T.INT,
            QT_TRANSLATE_NOOP("Field", "Part"),
            required=True,
            minimum=0,
            editable=False,
        ),
        Field(
            "entries",
            T.LONG_TEXT,
            QT_TRANSLATE_NOOP("Field", "Records"),
            required=True,
            max_length=100_000,
            editable=False,
        ),
    ),
)

#: Kinds only a supervisor's laptop writes (head office refuses them from field laptops).
SUPERVISOR_KINDS = ("filed_report", "filed_report_part")

KINDS: dict[str, RecordKind] = {
    k.name: k
    for k in (
        SESSION,
        CONSULTATION,
        VISIT,
        LEAFLET_DESIGN,
        PRINT_RUN,
        HANDOUT,
        PHOTO,
        REF_ITEM,
        OFFICER,
        REVIEW,
        FILED_REPORT,
        FILED_REPORT_PART,
    )
}


def officer_key(name: str) -> str:
    """What makes two officers' names the same name: case and spacing do not count."""
    return " ".join(name.split()).casefold()


def kind(name: str) -> RecordKind:
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown record kind {name!r}") from None
