"""The shipped ledger templates: generated from the session fields, documented, importable."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.domain.kinds import SESSION
from desktop.importer import columns, template
from desktop.importer.ledger import import_file
from desktop.store.store import Store

SHIPPED = template.TEMPLATES_DIR


def cells(path: Path) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def test_every_session_field_has_a_template_column_that_leads_back_to_it() -> None:
    by_header = columns.field_by_header()
    assert [by_header[columns.fold(h)] for h in template.headers()] == list(SESSION.field_names)


def test_shipped_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    template.write_templates(tmp_path)
    shipped_csv = (SHIPPED / template.CSV_NAME).read_bytes()
    assert shipped_csv.startswith(b"\xef\xbb\xbf")
    assert shipped_csv == (tmp_path / template.CSV_NAME).read_bytes()
    shipped_cells = cells(SHIPPED / template.XLSX_NAME)
    assert shipped_cells[0] == tuple(template.headers())
    assert shipped_cells == cells(tmp_path / template.XLSX_NAME)


def test_both_templates_import_cleanly_as_the_same_sessions(store: Store) -> None:
    report = import_file(store, SHIPPED / template.CSV_NAME)
    assert (report.rows, report.added, report.warning_count) == (2, 2, 0)
    again = import_file(store, SHIPPED / template.XLSX_NAME)
    assert (again.rows, again.unchanged) == (2, 2)
    places = sorted(s["place"] for s in store.query("session"))
    assert places == sorted(e["place"] for e in template.EXAMPLES)


def test_readme_documents_every_column() -> None:
    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    for f in SESSION.fields:
        assert f"`{columns.template_header(f)}`" in readme, f.name
        assert f"`{f.name}`" in readme, f.name
    for prefix in columns.LEAFLET_PREFIXES:
        assert f"`{prefix}:" in readme
