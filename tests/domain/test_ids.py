import uuid

from desktop.domain.ids import new_uuid


def test_ids_are_version_7_and_sort_by_time():
    ids = [new_uuid(1_700_000_000_000 + i) for i in range(0, 5000, 7)]
    parsed = [uuid.UUID(i) for i in ids]
    assert all(p.version == 7 and p.variant == uuid.RFC_4122 for p in parsed)
    assert ids == sorted(ids)
    assert parsed[0].int >> 80 == 1_700_000_000_000


def test_ids_made_in_the_same_millisecond_differ():
    assert len({new_uuid(1_700_000_000_000) for _ in range(10_000)}) == 10_000
