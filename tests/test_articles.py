"""The team's own articles (tests/data/articles): every fact a careful reader finds in
them (tests/data/expected.json) is extracted, and nothing false about people."""

import json
from pathlib import Path

import pytest

from nghiquyet.extract.article import extract
from nghiquyet.text import normalise

EXPECTED = json.loads((Path(__file__).parent / "data" / "expected.json").read_text(encoding="utf-8"))["files"]


def _contains(whole, part) -> bool:
    return normalise(part) in normalise(whole or "")


class _Article:
    def __init__(self, index, file):
        self.file = file
        meetings = index.meetings()
        self.by_id = {m.id: m for m in meetings}
        # the article's own meeting first: it is named before those a paragraph reports beside it
        self.reported = sorted((m for m in meetings if m.reported and m.source.file == file),
                               key=lambda m: m.source.line)
        self.mentioned = [m for m in meetings if not m.reported and any(s.file == file for s in m.mentions)]
        self.people = [p for p in index.people() if any(t.source.file == file for t in p.titles)
                       or any(self.by_id.get(a.meeting_id, None) in self.reported for a in p.meetings)]
        self.papers = {kind: [r for r in index.papers(kind) if any(m.source.file == file for m in r.mentions)]
                       for kind in ("resolution", "document")}


def _meeting_problems(article, want):
    if not article.reported:
        return ["no reported meeting"]
    got = article.reported[0]
    problems = [f"meeting.{name}: want {want[name]!r} got {getattr(got, name)!r}"
                for name in ("type", "ordinal", "khoa", "term", "province", "status")
                if name in want and getattr(got, name) != want[name]]
    date = want["date"]
    if got.date.value not in date["accept"]:
        problems.append(f"meeting.date: want one of {date['accept']} got {got.date.value!r}")
    elif got.date.inferred != date["inferred"]:
        problems.append(f"meeting.date.inferred: want {date['inferred']} got {got.date.inferred}")
    elif "until" in date and got.date.until != date["until"]:
        problems.append(f"meeting.date.until: want {date['until']!r} got {got.date.until!r}")
    return problems


def _people_problems(article, want_people, not_people):
    problems = []
    names = {normalise(p.name): p for p in article.people}
    meeting = article.reported[0] if article.reported else None
    roles = {p.person_id: p.roles for p in meeting.people} if meeting else {}
    for person in want_people:
        got = names.get(normalise(person["name"]))
        if got is None:
            problems.append(f"person {person['name']} missing")
            continue
        titles = [t.title for t in got.titles if t.source.file == article.file]
        problems += [f"title of {person['name']}: {t!r} not in {titles}" for t in person["titles"]
                     if not any(normalise(g) == normalise(t) for g in titles)]
        problems += [f"role of {person['name']}: {r!r} not in {roles.get(got.id)}" for r in person.get("roles", [])
                     if r not in roles.get(got.id, [])]
    wanted = {normalise(p["name"]) for p in want_people}
    problems += [f"false person {p.name!r}" for key, p in names.items() if key not in wanted]
    problems += [f"{n!r} taken for a person" for n in not_people if normalise(n) in names]
    return problems


def _unnamed_problems(article, want):
    got = article.reported[0].unnamed_roles if article.reported else []
    problems = []
    for role in want:
        match = [u for u in got if _contains(u.title, role["title"])]
        if not match:
            problems.append(f"unnamed {role['title']} missing from {[u.title for u in got]}")
        elif not set(role.get("roles", [])) <= set(match[0].roles):
            problems.append(f"unnamed {role['title']}: roles {match[0].roles}, want {role['roles']}")
    return problems


def _paper_problems(article, kind, want):
    problems = []
    for paper in want:
        found = [r for r in article.papers[kind] if _paper_matches(r, paper)]
        if not found:
            problems.append(f"{kind} {paper} missing; have {[r.label for r in article.papers[kind]]}")
            continue
        actions = [m.action for r in found for m in r.mentions if m.source.file == article.file]
        if paper.get("action") and paper["action"] not in actions:
            problems.append(f"{kind} {paper.get('number') or paper.get('label_contains')}: action "
                            f"{paper['action']!r} not in {actions}")
    return problems


def _paper_matches(record, want) -> bool:
    if want.get("number") and normalise(record.number or "") != normalise(want["number"]):
        return False
    if not want.get("number") and record.number:
        return False
    checks = (("issuer_contains", record.issuer), ("subject_contains", record.subject),
              ("label_contains", record.label))
    if any(key in want and not _contains(value, want[key]) for key, value in checks):
        return False
    return "type" not in want or normalise(record.type).startswith(normalise(want["type"]))


def _referenced_problems(article, want):
    have = [(g.type, g.ordinal, g.status, g.term, g.date.value) for g in article.mentioned]
    return [f"mentioned meeting {m} missing from {have}" for m in want if not any(_is(g, m) for g in article.mentioned)]


def _is(meeting, want) -> bool:
    return (meeting.type == want["type"] and meeting.ordinal == want.get("ordinal")
            and all(getattr(meeting, name) == want[name] for name in ("status", "term") if name in want)
            and ("date" not in want or meeting.date.value == want["date"])
            and ("until" not in want or meeting.date.until == want["until"]))


def _count_problems(article, want):
    """One meeting written several ways is one record, and a paper's source is none."""
    if "meetings_in_file" not in want:
        return []
    got = len(article.reported) + len(article.mentioned)
    return [] if got == want["meetings_in_file"] else [f"{got} meetings, want {want['meetings_in_file']}"]


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_article_facts(articles_index, file):
    want = EXPECTED[file]
    article = _Article(articles_index, file)
    problems = _meeting_problems(article, want["meeting"])
    problems += _people_problems(article, want.get("people", []), want.get("not_people", []))
    problems += _unnamed_problems(article, want.get("unnamed_roles", []))
    if "authors" in want:
        got = article.reported[0].authors if article.reported else []
        if got != want["authors"]:
            problems.append(f"authors: want {want['authors']} got {got}")
    problems += _paper_problems(article, "resolution", want.get("resolutions", []))
    problems += _paper_problems(article, "document", want.get("documents", []))
    problems += _referenced_problems(article, want.get("referenced_meetings", []))
    problems += _count_problems(article, want)
    assert not problems, "\n".join(problems)


def test_a_dissemination_conference_is_named_after_what_it_disseminates(articles_index):
    labels = [m.label for m in articles_index.meetings() if m.reported and m.type == "hoi_nghi_quan_triet"]
    assert len(labels) >= 4 and all("Nghị quyết" in label for label in labels), labels


def test_papers_named_together_share_the_body_named_after_them():
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n\nSáng 3/3/2023, hội nghị quán triệt Nghị quyết số "
            "20-NQ/TW và Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII.\n")
    papers = extract("a.txt", text, 1).papers
    body = "Ban Chấp hành Trung ương Đảng khóa XIII"
    assert sorted((p.number, p.issuer) for p in papers) == [("20-NQ/TW", body), ("21-NQ/TW", body)]


def test_a_meeting_takes_the_body_it_belongs_to_not_one_it_discussed():
    text = ("Tin hoạt động ngày 5/7\n\nSáng 5/7/2022, Kỳ họp thứ 4 thảo luận các tờ trình của UBND tỉnh về đầu tư "
            "công. Hội nghị lần thứ 25 là phiên họp cuối cùng của Ban Chấp hành Đảng bộ tỉnh khóa XIX.\n")
    bodies = {m.ordinal: m.body for m in extract("a.txt", text, 1).meetings}
    assert bodies == {4: None, 25: "Ban Chấp hành Đảng bộ tỉnh"}
