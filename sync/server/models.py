"""Request and response bodies, for the OpenAPI description devices and people read.

The endpoints parse bodies themselves (gzip, size limits, one clear 400 for any malformed push),
so these models document the format rather than check it. A batch's rows are lists of plain JSON
values under its columns (see sync.protocol).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str = Field(description="machine-readable code, e.g. update_required, unauthorized")
    message: str = ""


class UpdateRequired(ErrorBody):
    server_protocol: int


class OffsetMismatch(ErrorBody):
    received: int = Field(description="the bytes head office holds: continue from there")


class EnrolRequest(BaseModel):
    code: str = Field(
        max_length=64,
        pattern=r"^[ A-Za-z0-9-]*[A-Za-z0-9][ A-Za-z0-9-]*$",
        description="the one-time code, e.g. K7QM-2XHD-93TF (case, dashes ignored); an unknown or"
        " expired one is refused with 403 (bad_code, code_expired)",
    )
    device_id: str = Field(pattern=r"^[A-Za-z0-9_-]{4,64}$")
    label: str = Field("", max_length=200, description="what the administrator sees, e.g. a name")
    team: str = Field(
        "",
        max_length=200,
        description="the team whose records the device holds, if enrolled before: a code for "
        "another team is refused (409 other_team) and stays unused",
    )


class EnrolResponse(BaseModel):
    token: str = Field(description="send as `Authorization: Bearer <token>`")
    device_id: str
    team: str
    role: str = Field(description="field or supervisor")
    branch: str | None = Field(
        None, description="a supervisor's branch, whose teams it sees (null: every team)"
    )


class StatusResponse(BaseModel):
    protocol: int
    server_time: int = Field(description="milliseconds since the epoch")
    device_id: str
    team: str
    role: str
    branch: str | None = Field(
        None, description="a supervisor's branch, whose teams it sees (null: every team)"
    )


class Batch(BaseModel):
    kind: str
    columns: list[str]
    rows: list[list[Any]]


class IssueBody(BaseModel):
    field: str | None
    code: str
    params: dict[str, Any]


class Rejection(BaseModel):
    seq: int
    code: str = Field(description="invalid, forbidden or unknown_kind")
    message: str
    issues: list[IssueBody]


class PushResponse(BaseModel):
    accepted: list[int] = Field(description="seqs head office holds (also ones sent before)")
    rejected: list[Rejection]
    conflicts: int = Field(description="changes that met a concurrent version of their record")


class PullResponse(BaseModel):
    batches: list[Batch] = Field(description="rows start with the RECORD_META columns")
    last: int = Field(description="the cursor to pull after next time")
    more: bool


class PhotoState(BaseModel):
    received: int
    complete: bool


class RunScans(BaseModel):
    code: str = Field(description="the tracking code printed as <server>/q/<code>")
    team: str
    print_run: str = Field(description="uuid of the print run")
    design: str = Field(description="uuid of the leaflet design")
    design_title: str | None
    printed_on: str | None = Field(description="ISO date")
    copies: int | None
    scans: int = Field(description="how many times the code was scanned")
    last_scan: str | None = Field(description="ISO time (UTC) of the latest scan")


class ScansResponse(BaseModel):
    runs: list[RunScans] = Field(description="tracked print runs that are not deleted")


class OverruledField(BaseModel):
    field: str
    lost: Any = Field(description="the value this device sent")
    kept: Any = Field(description="the value of the later edit it gave way to")


class Overruled(BaseModel):
    id: int
    kind: str
    uuid: str
    at: str
    deleted: bool = Field(description="this device's version deleted the record")
    lost_to_deletion: bool = Field(False, description="a later version deleted the record")
    record: dict[str, Any] = Field(description="the fields of this device's version")
    fields: list[OverruledField]


class OverruledResponse(BaseModel):
    conflicts: list[Overruled]
    last: int = Field(description="pass as `after` next time")


#: Bodies the endpoints read themselves; the OpenAPI description names them (the push body's
#: schema comes from the record kinds: push.request_schema).
REQUEST_MODELS: tuple[type[BaseModel], ...] = (EnrolRequest,)


class TeamBranch(BaseModel):
    team: str
    branch: str


class TeamsResponse(BaseModel):
    teams: list[TeamBranch] = Field(description="the teams in this device's scope")


class RecordConflict(BaseModel):
    at: str = Field(description="ISO time (UTC) head office kept the losing version")
    loser_device: str | None
    loser_label: str | None = Field(description="the losing device's label")
    loser_author: str | None = Field(description="the officer named in the losing version")
    deleted: bool = Field(description="the losing version deleted the record")
    lost_to_deletion: bool = Field(description="it lost to a version that deleted the record")
    fields: list[OverruledField]


class RecordConflictsResponse(BaseModel):
    conflicts: list[RecordConflict] = Field(description="oldest first")
