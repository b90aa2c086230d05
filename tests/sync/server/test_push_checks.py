"""The push's checks on meta values: the quick test on a row agrees with the itemised one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.clock import HybridClock
from sync import protocol
from sync.server import push

_STAMP = str(HybridClock("laptop-a1").now())
_GOOD = {
    "seq": st.just(1),
    "base_hlc": st.sampled_from([None, _STAMP]),
    "uuid": st.sampled_from(["0192d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", "u"]),
    "revision": st.sampled_from([1, 7]),
    "hlc": st.just(_STAMP),
    "deleted": st.booleans(),
    "created_at": st.sampled_from([None, "2026-11-23T08:00:00.000+00:00"]),
    "updated_at": st.sampled_from([None, "2026-11-23T08:00:00.000+00:00"]),
    "author": st.sampled_from([None, "王芳"]),
    "device_id": st.sampled_from([None, "laptop-a1"]),
    "team": st.sampled_from([None, "", "城关一队"]),
}
_ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=3),
    st.floats(allow_nan=False),
    st.text(max_size=4),
    st.sampled_from(["", " ", "\u3000", "x" * 65, "x" * 201, _STAMP + "x" * 80, _STAMP[:-1]]),
    st.lists(st.text(max_size=2), max_size=2),
)


@settings(max_examples=500, deadline=None)
@given(
    meta=st.fixed_dictionaries({name: st.one_of(good, _ODD) for name, good in _GOOD.items()}),
    kind=st.sampled_from(protocol.PUSHABLE_KINDS),
)
def test_the_quick_meta_test_agrees_with_the_issues(meta: dict, kind: str) -> None:
    columns = push.PUSH_COLUMNS[kind]
    row = [meta.get(c) for c in columns]
    record = dict(zip(columns, row, strict=True))
    assert push._meta_ok(row) == (not push._meta_issues(record))
