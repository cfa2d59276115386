"""Near spellings: two words one typo apart share a form with one letter left out.

The index keeps those forms of every word it holds, so a query word finds its near
spellings with one lookup instead of a scan of the vocabulary.
"""

from __future__ import annotations

MIN_LENGTH = 3  # shorter words have too many neighbours to be worth guessing


def can_vary(word: str) -> bool:
    return len(word) >= MIN_LENGTH and word.isalpha()


def variants(word: str) -> set[str]:
    """``word`` and each form of it with one letter left out; a short word stands only
    for itself, so that a query word with a letter too many still finds it."""
    if not word.isalpha():
        return set()
    if not can_vary(word):
        return {word}
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
