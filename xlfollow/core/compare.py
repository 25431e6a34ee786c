"""The previous follow-up beside this one (issue 11): items matched by id, else by the same text,
else by a similar text (said where the match is uncertain); which statuses improved, worsened or
stayed; which items are new and which are gone; and whose comment is word for word the last
round's."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from xlfollow.core.models import Comparison, Item, Pair, plain

SIMILAR = 0.8  # below this a text is another item
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+")


def _key(item: Item) -> str:
    return plain(_NUMBERING.sub("", item.text))


def _numbered(item: Item) -> bool:
    """The item's id is the number its text starts with ("2. Fler i arbete"), not an id column's:
    inserting an item renumbers the ones after it."""
    return item.id is not None and re.match(rf"\s*{re.escape(item.id)}\b", item.text) is not None


def _alike(old: Item, new: Item) -> bool:
    a, b = _key(old), _key(new)
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def compare(old: Sequence[Item], new: Sequence[Item], previous: str, period: str | None = None) -> Comparison:
    """Match ``new`` items to ``old`` ones: by id where both rounds have ids (and the id is unique),
    else by the same text (without its numbering), else by the most similar text at or above
    ``SIMILAR``, each old item used once."""
    pairs: list[Pair] = []
    left = list(old)
    unmatched: list[Item] = []

    def unique_ids(items: Sequence[Item]) -> dict[str, Item]:
        seen: dict[str, Item] = {}
        twice: set[str] = set()
        for item in items:
            if item.id is None:
                continue
            if item.id in seen:
                twice.add(item.id)
            seen[item.id] = item
        return {k: v for k, v in seen.items() if k not in twice}

    old_ids, new_ids = unique_ids(old), unique_ids(new)
    by_id = bool(old_ids) and bool(new_ids)
    taken: set[int] = set()
    for item in new:
        match = old_ids.get(item.id) if by_id and item.id in new_ids else None
        if match is not None and id(match) not in taken and (_alike(match, item) or not _numbered(item)):
            pairs.append(Pair(match, item, 1.0))
            taken.add(id(match))
        else:
            unmatched.append(item)
    left = [item for item in old if id(item) not in taken]
    by_text: dict[str, list[Item]] = {}
    for item in left:
        by_text.setdefault(_key(item), []).append(item)
    still: list[Item] = []
    for item in unmatched:
        same = by_text.get(_key(item))
        if same:
            match = same.pop(0)
            pairs.append(Pair(match, item, 1.0))
            taken.add(id(match))
        else:
            still.append(item)
    left = [item for item in old if id(item) not in taken]
    new_items: list[Item] = []
    if still and left and len(still) * len(left) <= 250_000:  # similar texts: a reworded item
        keys = {id(item): _key(item) for item in left}
        candidates = []
        for item in still:
            matcher = difflib.SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(_key(item))  # the second sequence is the one the matcher prepares
            for previous_item in left:
                other = keys[id(previous_item)]
                matcher.set_seq1(other)
                if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                    continue
                ratio = matcher.ratio()
                if ratio >= SIMILAR:
                    candidates.append((ratio, id(item), id(previous_item), item, previous_item))
        candidates.sort(key=lambda c: -c[0])
        used_new: set[int] = set()
        for ratio, new_id, old_id, item, previous_item in candidates:
            if new_id in used_new or old_id in taken:
                continue
            pairs.append(Pair(previous_item, item, ratio))
            used_new.add(new_id)
            taken.add(old_id)
        new_items = [item for item in still if id(item) not in used_new]
    else:
        new_items = still
    removed = tuple(item for item in old if id(item) not in taken)
    order = {id(item): n for n, item in enumerate(new)}
    pairs.sort(key=lambda p: order[id(p.new)])
    return Comparison(tuple(pairs), tuple(new_items), removed, previous, period)
