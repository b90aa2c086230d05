"""Sheet geometry in millimetres: cells, margins, cut and fold marks, sheets per run."""

from __future__ import annotations

import itertools

import pytest

from desktop.domain.kinds import LEAFLET_DESIGN, PRINT_RUN
from desktop.leaflets import layout
from desktop.leaflets.layout import A4_LONG, A4_SHORT, MARK_OFFSET, SHEETS, Rect


def test_layouts_are_the_ones_a_design_can_choose() -> None:
    assert set(SHEETS) == set(LEAFLET_DESIGN.field("layout").choice_codes())
    assert set(SHEETS) == set(PRINT_RUN.field("layout").choice_codes())


@pytest.mark.parametrize(
    ("code", "landscape", "per_sheet", "cell_w", "cell_h"),
    [
        ("a4", False, 1, 210.0, 297.0),
        ("a5x2", True, 2, 148.5, 210.0),  # two A5 portrait side by side
        ("a6x4", False, 4, 105.0, 148.5),  # four A6 portrait, two by two
        ("trifold", True, 1, 297.0, 210.0),
    ],
)
def test_every_layout_is_on_a4_with_cells_of_its_paper_size(
    code: str, landscape: bool, per_sheet: int, cell_w: float, cell_h: float
) -> None:
    s = SHEETS[code]
    assert sorted((s.width, s.height)) == [A4_SHORT, A4_LONG]
    assert s.landscape is landscape
    assert s.per_sheet == per_sheet == len(s.cells())
    for cell in s.cells():
        assert (cell.w, cell.h) == pytest.approx((cell_w, cell_h))
        assert s.page.contains(cell)


@pytest.mark.parametrize("code", list(SHEETS))
def test_cells_tile_the_page_and_content_keeps_its_margin(code: str) -> None:
    s = SHEETS[code]
    cells = s.cells()
    assert sum(c.w * c.h for c in cells) == pytest.approx(s.width * s.height)
    for a, b in itertools.combinations(cells, 2):
        assert not a.overlaps(b)
    for cell in cells:
        content = s.content(cell)
        assert cell.contains(content)
        assert content.x - cell.x == pytest.approx(s.margin)
        assert cell.bottom - content.bottom == pytest.approx(s.margin)
        # Office printers cannot print the outer 5 mm or so.
        assert min(content.x, content.y) >= 5
        assert s.width - content.right >= 5 and s.height - content.bottom >= 5


def test_a5_cut_marks_sit_on_the_cut_line_in_the_margins() -> None:
    s = SHEETS["a5x2"]
    assert s.cut_positions() == ([148.5], [])
    marks = s.cut_marks()
    assert len(marks) == 2
    for m in marks:
        assert m.x1 == m.x2 == 148.5
    assert sorted(min(m.y1, m.y2) for m in marks) == [MARK_OFFSET, s.height - MARK_OFFSET - 6.0]


def test_a6_cut_marks_ticks_at_each_edge_and_a_cross_in_the_middle() -> None:
    s = SHEETS["a6x4"]
    assert s.cut_positions() == ([105.0], [148.5])
    marks = s.cut_marks()
    middles = sorted((round((m.x1 + m.x2) / 2, 6), round((m.y1 + m.y2) / 2, 6)) for m in marks)
    edge = MARK_OFFSET + 3.0
    assert middles == (
        [
            (edge, 148.5),
            (105.0, edge),
            (105.0, 148.5),  # the cross: one horizontal and one vertical arm
            (105.0, 148.5),
            (105.0, s.height - edge),
            (s.width - edge, 148.5),
        ]
    )


@pytest.mark.parametrize("code", ["a5x2", "a6x4", "trifold"])
def test_marks_stay_on_the_paper_and_off_every_leaflet_text(code: str) -> None:
    s = SHEETS[code]
    marks = s.cut_marks() + s.fold_marks()
    assert marks
    contents = (
        [r for cell in s.cells() for r in s.panel_rects(cell)]
        if s.panels > 1
        else [s.content(c) for c in s.cells()]
    )
    for m in marks:
        box = Rect(min(m.x1, m.x2), min(m.y1, m.y2), abs(m.x2 - m.x1), abs(m.y2 - m.y1))
        assert s.page.contains(box)
        assert min(box.x, box.y) >= MARK_OFFSET - 1e-9
        for content in contents:
            assert not content.overlaps(Rect(box.x, box.y, max(box.w, 1e-6), max(box.h, 1e-6)))


def test_one_up_layouts_have_no_cut_marks_and_trifold_folds_in_thirds() -> None:
    assert SHEETS["a4"].cut_marks() == []
    assert SHEETS["trifold"].cut_marks() == []
    assert SHEETS["trifold"].fold_positions() == pytest.approx([99.0, 198.0])
    panels = SHEETS["trifold"].panel_rects(SHEETS["trifold"].cells()[0])
    assert len(panels) == 3
    assert [round(p.x, 3) for p in panels] == [8.0, 107.0, 206.0]
    assert all(p.w == pytest.approx(99 - 16) for p in panels)


@pytest.mark.parametrize(
    ("code", "copies", "sheets", "last"),
    [
        ("a4", 3, 3, 1),
        ("a5x2", 3, 2, 1),
        ("a6x4", 8, 2, 4),
        ("a6x4", 9, 3, 1),
        ("trifold", 1, 1, 1),
    ],
)
def test_copies_make_whole_sheets_with_the_rest_on_the_last(
    code: str, copies: int, sheets: int, last: int
) -> None:
    s = SHEETS[code]
    assert s.sheets_for(copies) == sheets
    assert s.copies_on_sheet(sheets - 1, copies) == last
    assert sum(s.copies_on_sheet(i, copies) for i in range(sheets)) == copies
    with pytest.raises(ValueError):
        s.sheets_for(0)


def test_unknown_layout_is_refused_and_none_means_a4() -> None:
    assert layout.sheet(None).code == "a4"
    with pytest.raises(ValueError):
        layout.sheet("a3")
