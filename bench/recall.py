"""How much of what bench/generate.py wrote does nghiquyet find? Recall per kind of fact
and the share of false people, file by file.

    python bench/generate.py 2000 /tmp/corpus --truth /tmp/truth.jsonl
    python bench/recall.py /tmp/corpus /tmp/truth.jsonl [--cmd nghiquyet] [--misses 20]

Standard library only; it runs ``nghiquyet export --corpus DIR --no-cache``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

TONE_MOVES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
              "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def key(text: str | None) -> str:
    """Case-, spacing- and tone-placement-insensitive form (as the gold scorer compares)."""
    text = unicodedata.normalize("NFC", text or "").lower()
    for old, new in TONE_MOVES.items():
        text = text.replace(old, new)
    return " ".join(text.replace("–", "-").split())


def export(corpus: str, command: str) -> dict:
    result = subprocess.run([*shlex.split(command), "export", "--corpus", corpus, "--no-cache"],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"recall.py: error: export failed: {result.stderr.strip()[-300:]}")
    return json.loads(result.stdout)


def by_file(index: dict):
    meetings = defaultdict(list)
    for meeting in index["meetings"]:
        if meeting.get("reported"):
            meetings[meeting["source"]["file"]].append(meeting)
    people = defaultdict(dict)
    for person in index["people"]:
        for title in person["titles"]:
            people[title["source"]["file"]].setdefault(key(person["name"]), []).append(title["title"])
    papers = defaultdict(list)
    for kind in ("resolutions", "documents"):
        for paper in index[kind]:
            for mention in paper["mentions"]:
                papers[mention["source"]["file"]].append(paper)
    return meetings, people, papers


def score(truth: list[dict], index: dict, show: int) -> tuple[Counter, Counter, list[str]]:
    meetings, people, papers = by_file(index)
    hits, totals, misses = Counter(), Counter(), []

    def check(what: str, ok: bool, detail: str) -> None:
        totals[what] += 1
        hits[what] += ok
        if not ok and len(misses) < show:
            misses.append(f"{what}: {detail}")

    for article in truth:
        file, want = article["file"], article["meeting"]
        got = meetings.get(file, [{}])[0]
        check("meeting type", got.get("type") == want["type"], f"{file} want {want['type']} got {got.get('type')}")
        if want.get("ordinal") is not None:
            check("meeting ordinal", got.get("ordinal") == want["ordinal"], f"{file} want {want['ordinal']} "
                  f"got {got.get('ordinal')}")
        value = (got.get("date") or {}).get("value")
        check("meeting date", value in want["date"]["accept"], f"{file} want {want['date']['accept']} got {value}")
        check("meeting term", got.get("term") == want["term"], f"{file} want {want['term']} got {got.get('term')}")
        found = people.get(file, {})
        wanted = {key(p["name"]) for p in article["people"]}
        for person in article["people"]:
            titles = found.get(key(person["name"]))
            check("people", titles is not None, f"{file} missing {person['name']}")
            for title in person["titles"] if titles is not None else ():
                check("titles", any(key(title) in key(t) for t in titles), f"{file} {person['name']}: {title} "
                      f"not in {titles}")
        for name in found:
            check("true people (precision)", name in wanted, f"{file} false person {name}")
        numbers = {key(p.get("number")).split("-")[0].lstrip("0") for p in papers.get(file, []) if p.get("number")}
        for resolution in article.get("resolutions", []):
            if resolution.get("number"):
                number = key(resolution["number"]).split("-")[0].lstrip("0")
                check("numbered resolutions", number in numbers, f"{file} missing {resolution['number']}")
    return hits, totals, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("truth")
    parser.add_argument("--cmd", default="nghiquyet")
    parser.add_argument("--misses", type=int, default=15, help="how many misses to list")
    args = parser.parse_args()
    with open(args.truth, encoding="utf-8") as lines:
        truth = [json.loads(line) for line in lines]
    hits, totals, misses = score(truth, export(args.corpus, args.cmd), args.misses)
    for miss in misses:
        print("MISS", miss)
    print(f"{'fact':<26}{'found':>9}{'of':>9}{'share':>9}")
    for what in totals:
        print(f"{what:<26}{hits[what]:>9}{totals[what]:>9}{hits[what] / totals[what]:>9.1%}")


if __name__ == "__main__":
    main()
