"""Which export writes which file: by the file name's extension, so another format (the PDF)
is one more entry in EXPORTERS."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.report.errors import Translate, UnknownFormat, UnwritableOut
from desktop.report.export_csv import write_csv
from desktop.report.export_xlsx import write_xlsx
from desktop.report.figures import Report
from desktop.store.store import Store


def _xlsx(
    store: Store, report: Report, path: Path, translate: Translate, personal: bool
) -> list[Path]:
    write_xlsx(store, report, path, translate, personal)
    return [path]


def _pdf(
    store: Store, report: Report, path: Path, translate: Translate, personal: bool
) -> list[Path]:
    """The A4 PDF: figures only, so `personal` changes nothing. Qt is imported here, not at
    the top, so the report core stays Qt-free for the XLSX and CSV exports."""
    from desktop.report.export_pdf import write_pdf

    write_pdf(report, path, translate)
    return [path]


#: Per extension: writes the report to the path, returns the files written.
EXPORTERS: dict[str, Callable[[Store, Report, Path, Translate, bool], list[Path]]] = {
    ".xlsx": _xlsx,
    ".csv": write_csv,
    ".pdf": _pdf,
}


def check_out(path: Path) -> None:
    """Refuse, before any work, a file name of no known format or a folder not writable."""
    if path.suffix.lower() not in EXPORTERS:
        raise UnknownFormat(path=str(path), accepted=" / ".join(EXPORTERS))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UnwritableOut(path=str(path), reason=os.strerror(2))
    if not os.access(folder, os.W_OK) or path.is_dir():
        raise UnwritableOut(path=str(path), reason=os.strerror(13))


def export(
    store: Store, report: Report, path: Path, translate: Translate, include_personal: bool = False
) -> list[Path]:
    """Write the report to `path` in the format its extension names; returns the files."""
    check_out(path)
    try:
        return EXPORTERS[path.suffix.lower()](store, report, path, translate, include_personal)
    except OSError as error:
        raise UnwritableOut(path=str(path), reason=error.strerror or str(error)) from error
