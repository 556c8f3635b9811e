"""Sentence splitting that keeps character offsets into the original document."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    sent_idx: int
    char_start: int
    char_end: int
    text: str

    def as_row(self) -> dict:
        return {
            "sent_idx": self.sent_idx,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "text": self.text,
        }


# A period after these is not a sentence end ("Gen. Haftar", "U.S. forces", "approx. 30").
_ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pte adm brig cmdr rev sen rep gov pres "
    "st mt ft no nos vol approx est etc vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc ltd co corp dept univ al e.g i.e u.s u.k u.n a.m p.m"
).split()
_ABBREV_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")|\b[A-Z]|\.[A-Za-z])$",
    re.IGNORECASE,
)
# Candidate boundary: terminal punctuation (plus closing quotes/brackets), whitespace, then a
# sentence-like start; or a line break.
_BOUNDARY_RE = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n""")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with [char_start, char_end) offsets; whitespace is trimmed from each side."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group(0) != "\n":
            before = text[max(start, match.start() - 8) : match.start()]
            if _ABBREV_RE.search(before) and not before.endswith(("..",)):
                # "Gen." / "U.S." / "J." are abbreviations unless at the very end
                if not re.search(r"\b(?:[A-Z]{2,}|\d+)$", before) or before.endswith("U.S"):
                    continue
        _append(text, start, match.end(), sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
