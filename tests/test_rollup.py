import pytest

from xlfollow.actions import check
from xlfollow.core.models import Item
from xlfollow.core.rollup import roll_up, share
from xlfollow.core.status import Status

FIVE = ("green", "yellow", "red", "not_applicable", "missing")
KEYS = (*FIVE, "unknown")


def counts(g=0, y=0, r=0, na=0, m=0, u=0):
    return dict(zip(KEYS, (g, y, r, na, m, u), strict=True))


def test_2018_counts_equal_the_report(example) -> None:
    rollup = check(example("rs2018-framgangsfaktorer.xlsx")).rollup
    assert rollup.items == 41
    assert rollup.status == counts(7, 29, 4, 0, 1)
    assert rollup.by_perspective == {
        "Samhälle": counts(1, 8, 1),
        "Patient": counts(3, 10),
        "Medarbetare": counts(0, 4, 2, 0, 1),
        "Verksamhetsresultat": counts(3, 7, 1),
    }
    assert sum(sum(c.values()) for c in rollup.by_goal.values()) == 41
    assert rollup.by_committee == {}


def test_2017_counts(example) -> None:
    rollup = check(example("rs2017-framgangsfaktorer.xlsx")).rollup
    assert rollup.items == 102
    assert rollup.status == counts(11, 83, 6, 1, 1)
    assert sum(rollup.by_committee["RS"].values()) == 87 and sum(rollup.by_committee["RUN"].values()) == 15
    assert "(utan perspektiv)" in rollup.by_perspective  # the committee RUN has no perspectives


def test_active_goals(example) -> None:
    rollup = check(example("rs2018-aktiva-mal.xlsx")).rollup
    assert rollup.status == counts(2, 2, 4)
    assert list(rollup.by_perspective) == ["Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"]


def test_an_item_counts_for_each_committee(example) -> None:
    rollup = check(example("installningsblad.xlsx")).rollup
    assert rollup.status == counts(7, 29, 4, 0, 1)
    assert sum(rollup.by_committee["RS"].values()) == 41
    assert sum(rollup.by_committee["RUN"].values()) == 9
    assert set(rollup.by_committee) == {"RS", "RUN", "HSN", "VVN", "Nämnder"}


def test_unknown_status_is_counted_as_unknown_never_missing_and_json_shape() -> None:
    """Issues 8-10: an unreadable status was counted as missing; it is its own key now, in every
    count object (the other keys stay as they were)."""
    items = [
        Item(row=2, text="a", status=None, committees=("RS",), perspective="P"),
        Item(row=3, text="b", status=Status.GREEN, committees=("RS", "HSN"), perspective="P"),
    ]
    rollup = roll_up(items)
    assert rollup.as_json() == {
        "items": 2,
        "status": counts(1, 0, 0, 0, 0, 1),
        "by_perspective": {"P": counts(1, 0, 0, 0, 0, 1)},
        "by_goal": {},
        "by_committee": {"RS": counts(1, 0, 0, 0, 0, 1), "HSN": counts(1)},
    }


def test_empty() -> None:
    assert roll_up([]).as_json() == {
        "items": 0,
        "status": counts(),
        "by_perspective": {},
        "by_goal": {},
        "by_committee": {},
    }
    assert share(0, 0) == 0.0 and share(1, 4) == pytest.approx(0.25)


@pytest.mark.parametrize(
    "name",
    [
        "rs2017-framgangsfaktorer.xlsx",
        "rs2018-framgangsfaktorer.xlsx",
        "installningsblad.xlsx",
        "rs2018-aktiva-mal.xlsx",
    ],
)
def test_counts_equal_a_pandas_crosstab(example, name: str) -> None:
    """pandas is the reference: the plain counting must give exactly its crosstab."""
    import pandas as pd

    result = check(example(name))
    items = result.report.items
    frame = pd.DataFrame(
        {
            "status": [i.status.value if i.status else "unknown" for i in items],
            "perspective": [i.perspective or "(utan perspektiv)" for i in items],
            "committee": [list(i.committees) for i in items],
        }
    )
    expected = pd.crosstab(frame["perspective"], frame["status"]).reindex(columns=list(KEYS), fill_value=0)
    if result.rollup.by_perspective:
        got = result.rollup.frame("by_perspective")
        assert got.sort_index().equals(expected.sort_index().astype(got.dtypes.iloc[0]))
    exploded = frame.explode("committee").dropna(subset=["committee"])
    if not exploded.empty:
        by_committee = pd.crosstab(exploded["committee"], exploded["status"]).reindex(
            columns=list(KEYS), fill_value=0
        )
        assert {
            k: {s: int(v) for s, v in row.items()} for k, row in by_committee.iterrows()
        } == result.rollup.by_committee
