"""What of each record a search looks at, in the order of how much a match there counts."""

from __future__ import annotations

from .models import MEETING_TYPE_NAMES
from .ordinals import to_roman


def fields(record: dict) -> list[str]:
    """The texts of a record (a ``to_dict`` form) that a query is matched against;
    the first is its name. A record that corrections merged others into is also found by
    their labels."""
    return [*_own_fields(record), *_merged_labels(record)]


def _merged_labels(record: dict) -> list[str]:
    return [m["label"] for c in record.get("corrections") or () for m in c.get("merged") or ()]


def _own_fields(record: dict) -> list[str]:
    kind = record["kind"]
    if kind == "person":
        return [record["name"], *(t["title"] for t in record["titles"])]
    if kind == "meeting":
        return [record["label"], *_meeting_facts(record)]
    if kind == "passage":
        return [record["text"]]
    named = [f"{record['type']} {record['number']}", f"{record['type']} số {record['number']}"] \
        if record.get("number") else []
    return [record["label"], *named, *(v for v in (record.get("number"), record.get("issuer"),
                                                   record.get("subject"), record.get("type")) if v)]


def _meeting_facts(meeting: dict) -> list[str]:
    date = meeting["date"]["value"]
    facts = [MEETING_TYPE_NAMES.get(meeting["type"], "")]
    facts += [v for v in (meeting.get("body"), meeting.get("province")) if v]
    if meeting.get("ordinal"):
        facts.append(f"lần thứ {meeting['ordinal']}")
        if meeting["type"] == "dai_hoi":  # how a congress is spoken of: "Đại hội XIV", "Đại hội 14"
            facts += [f"{facts[0]} {to_roman(meeting['ordinal'])}", f"{facts[0]} {meeting['ordinal']}"]
    if meeting.get("khoa"):
        facts.append(f"khóa {meeting['khoa']}")
    if meeting.get("term"):
        facts.append(f"nhiệm kỳ {meeting['term']}")
    if date:  # as written in ISO and as Vietnamese writes it: 2019-10-31, 31/10/2019; --10-16, 16/10
        facts += [date, "/".join(reversed([part for part in date.split("-") if part]))]
    return facts

