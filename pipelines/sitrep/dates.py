"""Date expressions in news prose, resolved to (start, end, precision).

Absolute dates ("28 April 2020", "July 28, 2024", "18/02"), ranges ("between 3 and 5 May
2021", "4-14 June"), months and years, and relative expressions anchored on the publication
date ("yesterday", "last Friday", "in three days"). A day without a year takes the year of
the publication date (or of another dated mention in the document), never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sitrep.quantities import parse_number
from sitrep.text import LowercaseWordRegex

# the months' full names, for the modules that read months without a day ("In March, ...")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)}


@dataclass(unsafe_hash=True)  # (not frozen: see actors.ActorMention)
class DateMention:
    text: str
    char_start: int
    char_end: int
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str | None  # day|range|month|year
    year_given: bool = True  # False when the year was inferred
    relative: bool = False


# the look-ahead on the months' first letters fails other words before trying each month
_MON = r"(?=[adfjmnos])(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|t)?"
_YEAR = r"(?:19|20)\d\d"
_WD = r"(?:" + "|".join(_WEEKDAYS) + r")"
# "the 2017 siege of Marawi": a year naming a past episode of violence dates it
_EPISODES = (
    r"(?:siege|war|battle|uprising|coup|massacre|insurgency|offensive|invasion|rebellion|"
    r"revolution|genocide|bombings?|attacks?|riots?|clashes|crackdown|operation|raid|"
    # "the 2008 presidential run-off, when more than 200 were killed"
    r"elections?|run-?off|polls|referendum|protests|demonstrations|conflict|"
    # "a 2022 economic crisis that triggered mass protests"
    r"crisis|unrest|violence)\b"
)
_NUMWORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several)"

# Absolute dates: every one holds a digit.
_ABSOLUTE = rf"""
    (?P<range_dm>(?:between\s+(?:the\s+)?|from\s+(?:the\s+)?)?(?P<rd1>{_DAY})(?:\s+(?P<rm1>{_MON}))?
        \s*(?:-|–|and|to|until|till)\s*(?P<rd2>{_DAY})\s+(?:of\s+)?(?P<rm2>{_MON}),?(?:\s+(?P<ry>{_YEAR}))?)
  | (?P<range_md>(?:between\s+|from\s+)?(?P<rmm1>{_MON})\s+(?P<rmd1>{_DAY})
        \s*(?:-|–|and|to|until|till)\s*(?:(?P<rmm2>{_MON})\s+)?(?P<rmd2>{_DAY})(?:,?\s+(?P<rmy>{_YEAR}))?)
  | (?P<dm>(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}),?(?:\s+(?P<y1>{_YEAR}))?)
  | (?P<md>(?P<m2>{_MON})\s+(?P<d2>{_DAY})(?![\d:])(?:,?\s+(?P<y2>{_YEAR}))?)
  | (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))
  | (?P<slash>(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)(?:/(?P<sy>(?:19|20)?\d\d))?)(?![\d/])
  # "On 21.08.2023 at around 07:30 hours": a police press note's day (the year is needed, or
  # "7.5" and "21-08" would pass for days)
  | (?P<dotted>(?<![\d.-])(?P<od>[0-3]?\d)(?P<sep>[.-])(?P<om>[01]?\d)(?P=sep)
        (?P<oy>(?:19|20)\d\d))(?![\d.-]\d|\d)
  | (?P<my>(?:(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+)?
        (?P<m3>{_MON}),?\s+(?P<y3>{_YEAR}))
  | (?P<year>(?:in|since|during|of|christmas(?:\s+(?:eve|day))?|easter|ramadan)\s+
        (?:(?:early|mid|late)-?\s*)?(?P<y4>{_YEAR}))
  | (?P<year_of>(?:(?<=the\s)|(?<=\ba\s)|(?<=\ban\s))(?P<y5>{_YEAR})(?:[-–](?:19|20)?\d\d)?
        (?=\s+(?:[#\w'’-]+\s+){{0,2}}{_EPISODES}))
"""
# Relative expressions, resolved against the publication date.
_RELATIVE = rf"""
    (?P<rel_word>yesterday|today|last\s+night|overnight|this\s+(?:morning|afternoon|evening)|
        tonight|this\s+week|
        last\s+week|earlier\s+this\s+week|over\s+the\s+weekend|last\s+weekend|this\s+weekend|
        (?:over|in|during|of)\s+the\s+past\s+day)
  | (?P<rel_wd>(?:(?P<wd_mod>last|this|on|past)\s+)?(?P<wd>{_WD})
        (?:\s+(?:night|morning|evening|afternoon))?)
  | (?P<rel_ago>(?P<ago_n>{_NUMWORD})\s+(?P<ago_unit>days?|weeks?|months?|years?)
        \s+(?:ago|earlier|before))
  | (?P<rel_next>(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening)
        |a\s+day\s+later
        |(?:two|three|four|five|six|\d)\s+days\s+(?:later|after\s+(?:the|that|this)\s+[a-z-]+)
        |came\s+(?:a|one|two|three|four|five|six|\d)\s+days?\s+after)
  | (?P<rel_season>last\s+(?P<season>spring|summer|autumn|fall|winter))
  | (?P<rel_span>(?:in|over|during|within)\s+(?:the\s+(?:past|last)\s+)?
        (?P<span_n>{_NUMWORD})\s+(?P<span_unit>days?|weeks?))
"""
# The leading look-behind lets the engine skip mid-word positions cheaply (5x faster); the
# regex is only tried at words a date can start with, in the text lowercased (its groups' text
# is lowercase: where case matters, _interpret reads the text itself).
_DATES = LowercaseWordRegex(rf"(?<![\w])(?:{_ABSOLUTE}|{_RELATIVE})", re.IGNORECASE | re.VERBOSE)
_DATE_RE, _DATE_FIRST_WORDS = _DATES.regex, _DATES.firsts


def _day(raw: str) -> int:
    """The day of '28', '1st', '22nd': its one or two digits, then any suffix."""
    return int(raw[:2] if raw[1:2].isdigit() else raw[:1])


def _month(raw: str) -> int:
    return _MONTHS[raw.lower().rstrip(".")]


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        year = 2000  # leap year placeholder; replaced once the year is resolved
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def days_counted_on(text: str) -> int:
    """The days 'the following day', 'two days later', 'two days after the killings' count on
    from the day told before."""
    words = text.lower().split()
    if words[0] == "came":
        # "The abduction came a day after a police vehicle struck a bomb": a day before it
        return -(_count(words[1]) or 1)
    return 1 if words[0] in {"the", "following", "next", "a"} else (_count(words[0]) or 1)


def _count(raw: str) -> int | None:
    raw = raw.lower()
    if raw == "a":
        return 1
    if raw == "several":
        return 3
    return parse_number(raw)


_DIGIT_RE = re.compile(r"\d")
# Without a publication date relative expressions would not be resolved: only absolute dates
# are looked for (no relative expression holds a word that an absolute date starts with).
_ABSOLUTES = LowercaseWordRegex(rf"(?<![\w])(?:{_ABSOLUTE})", re.IGNORECASE | re.VERBOSE)
_ABSOLUTE_RE, _ABSOLUTE_FIRST_WORDS = _ABSOLUTES.regex, _ABSOLUTES.firsts


def find_dates(
    text: str, offset: int = 0, published_date: dt.date | None = None
) -> list[DateMention]:
    """Date mentions in ``text``; years are left unresolved (``year_given=False``) when absent."""
    mentions: list[DateMention] = []
    if published_date is None and not _DIGIT_RE.search(text):
        return mentions  # every absolute date holds a digit; relative ones need the publication
    for m in (_ABSOLUTES if published_date is None else _DATES).finditer(text):
        mention = _interpret(m, text, offset, published_date)
        if mention is not None:
            mentions.append(mention)
    if len(mentions) > 1 and any(_NIGHT_RE.fullmatch(m.text) for m in mentions):
        mentions = _named_night(mentions)
    return mentions


_NIGHT_RE = re.compile(r"overnight|last\s+night", re.IGNORECASE)
_NOT_NAMING_RE = re.compile(
    r"yesterday|today|this\s+(?:morning|afternoon|evening)|tonight", re.IGNORECASE
)


def _named_night(mentions: list[DateMention]) -> list[DateMention]:
    """'an overnight raid ... on Saturday': the day named tells which night; 'overnight'
    alone would count back from publication."""
    named = any(
        m.precision == "day"
        and not _NIGHT_RE.fullmatch(m.text)
        and not _NOT_NAMING_RE.fullmatch(m.text)
        for m in mentions
    )
    return [m for m in mentions if not _NIGHT_RE.fullmatch(m.text)] if named else mentions


def _interpret(
    m: re.Match[str], text: str, offset: int, published: dt.date | None
) -> DateMention | None:
    """One regex match in ``text`` to a DateMention (``offset``: of the text in the document)."""
    at = (text[m.start() : m.end()], offset + m.start(), offset + m.end())  # its text, offsets
    # (each form of date is a named group around one choice of the regex, which closes after
    # the groups inside it: the last group is the form; its parts are asked in one call)
    form = m.lastgroup
    if form == "range_dm":
        rd1, rm1, rd2, rm2, ry = m.group("rd1", "rm1", "rd2", "rm2", "ry")
        month2 = _month(rm2)
        month1 = _month(rm1) if rm1 else month2
        year = int(ry) if ry else None
        start = _safe_date(year, month1, _day(rd1))
        end = _safe_date(year, month2, _day(rd2))
        if start is None or end is None:
            return None
        if month1 > month2 and year is not None:
            start = start.replace(year=year - 1)
        return DateMention(*at, start, end, "range", year is not None)
    if form == "range_md":
        rmm1, rmd1, rmm2, rmd2, rmy = m.group("rmm1", "rmd1", "rmm2", "rmd2", "rmy")
        month1 = _month(rmm1)
        month2 = _month(rmm2) if rmm2 else month1
        year = int(rmy) if rmy else None
        start = _safe_date(year, month1, _day(rmd1))
        end = _safe_date(year, month2, _day(rmd2))
        if start is None or end is None or (month1 == month2 and end < start):
            return None
        return DateMention(*at, start, end, "range", year is not None)
    if form == "dm" or form == "md":
        # (day, month, year, and where the month starts: "may 5" as a verb ("they may 5") is
        # rare but "May 5" capitalised is a date)
        names = ("d1", "m1", "y1") if form == "dm" else ("d2", "m2", "y2")
        day_raw, month_raw, year_raw = m.group(*names)
        if month_raw.rstrip(".").lower() in {"may", "mar"} and (form == "dm" or not year_raw):
            if not text[m.start(names[1])].isupper():
                return None
        year = int(year_raw) if year_raw else None
        day = _safe_date(year, _month(month_raw), _day(day_raw))
        if day is None:
            return None
        return DateMention(*at, day, day, "day", year is not None)
    if form == "iso":
        day = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return DateMention(*at, day, day, "day", True) if day else None
    if form == "slash":
        month = int(m.group("sm"))
        if not 1 <= month <= 12:
            return None
        year = None
        if m.group("sy"):
            year = int(m.group("sy"))
            year = year + 2000 if year < 100 else year
        day = _safe_date(year, month, int(m.group("sd")))
        return DateMention(*at, day, day, "day", year is not None) if day else None
    if form == "dotted":
        day = _safe_date(int(m.group("oy")), int(m.group("om")), int(m.group("od")))
        return DateMention(*at, day, day, "day", True) if day else None
    if form == "my":
        year, month = int(m.group("y3")), _month(m.group("m3"))
        first = dt.date(year, month, 1)
        return DateMention(*at, first, _month_end(first), "month", True)
    if form == "year" or form == "year_of":
        year = int(m.group("y4") or m.group("y5"))
        return DateMention(*at, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True)
    return _relative(m, text, at, published)


# what sets a weekday ahead of the story: "next Friday", "have called a strike for Monday"
_AHEAD_RE = re.compile(
    r"(?:\bnext\s+|\b(?:ha(?:ve|s)|will\s+be|is|are)\s+(?:been\s+)?(?:called|planned|scheduled|"
    r"set|announced)\s+(?:[\w'’-]+\s+){0,5}?for\s+)$",
    re.IGNORECASE,
)


def _relative(
    m: re.Match[str], text: str, at: tuple[str, int, int], published: dt.date | None
) -> DateMention | None:
    """Relative expressions resolve only against a known publication date."""
    if published is None:
        return None
    if m.group("rel_word"):
        word = re.sub(r"\s+", " ", m.group("rel_word").lower())
        # ("Over the past day, the occupiers carried out 412 strikes": a morning report's day
        # is the one before it; "in the past 24 hours" of a live page's evening entry is its own)
        if word in {"yesterday", "last night", "overnight"} or word.endswith("the past day"):
            day = published - dt.timedelta(days=1)
            return DateMention(*at, day, day, "day", True, True)
        if word in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
            return DateMention(*at, published, published, "day", True, True)
        if word in {"over the weekend", "last weekend", "this weekend"}:
            saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
            return DateMention(*at, saturday, saturday + dt.timedelta(days=1), "range", True, True)
        span = 7 if word == "last week" else published.weekday()
        start = published - dt.timedelta(
            days=span if word != "last week" else 7 + published.weekday()
        )
        end = published if word != "last week" else start + dt.timedelta(days=6)
        return DateMention(*at, start, end, "range", True, True)
    if m.group("rel_wd"):
        if not text[m.start("wd")].isupper():
            return None
        weekday = _WEEKDAYS[m.group("wd").lower()]
        if _AHEAD_RE.search(text, max(0, m.start() - 80), m.start()):
            # "Unions have called another day of marches for Saturday": the coming one
            day = published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
            return DateMention(*at, day, day, "day", True, True)
        back = (published.weekday() - weekday) % 7
        if back == 0 and (m.group("wd_mod") or "").lower() in {"last", "past"}:
            back = 7
        day = published - dt.timedelta(days=back)
        return DateMention(*at, day, day, "day", True, True)
    if m.group("rel_next"):
        # "the following day": a day after the day last told (see extraction); until then, a
        # placeholder that cannot be later than the publication
        return DateMention(*at, published, published, "day", True, True)
    if m.group("rel_season"):
        # "killed in a crackdown last autumn": the last such season ended before this month
        first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[
            m.group("season").lower()
        ]
        year = published.year if first + 2 < published.month else published.year - 1
        if first == 12 and published.month > 2:
            year = published.year - 1
        start = dt.date(year, first, 1)
        end = _month_end(_months_on(start, 2))
        return DateMention(*at, start, end, "month", True, True)
    if m.group("rel_ago"):
        n = _count(m.group("ago_n"))
        if n is None:
            return None
        unit = m.group("ago_unit").lower()
        if unit.startswith("year"):
            # "fled the fighting four years ago": a year told, no day
            year = published.year - n
            return DateMention(*at, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True, True)
        if unit.startswith("month"):
            first = _months_on(dt.date(published.year, published.month, 1), -n)
            return DateMention(*at, first, _month_end(first), "month", True, True)
        days = n * (7 if unit.startswith("week") else 1)
        day = published - dt.timedelta(days=days)
        return DateMention(*at, day, day, "day", True, True)
    if m.group("rel_span"):
        n = _count(m.group("span_n"))
        if n is None:
            return None
        days = n * (7 if m.group("span_unit").lower().startswith("week") else 1)
        return DateMention(*at, published - dt.timedelta(days=days), published, "range", True, True)
    return None


def _months_on(first: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (before, when negative) ``first``'s."""
    year, month = divmod(first.year * 12 + first.month - 1 + months, 12)
    return dt.date(year, month + 1, 1)


def _month_end(first: dt.date) -> dt.date:
    """The last day of ``first``'s month."""
    return _months_on(first, 1) - dt.timedelta(days=1)


def resolve_relative_date(expression: str, published_date: dt.date | None) -> DateMention | None:
    """First date in ``expression`` with its year resolved against ``published_date``."""
    mentions = resolve_years(find_dates(expression, 0, published_date), published_date)
    return mentions[0] if mentions else None


_DATED = frozenset({"day", "range", "month"})


def resolve_years(mentions: list[DateMention], published_date: dt.date | None) -> list[DateMention]:
    """Give year-less days a year: the publication's (stepping back a year if that lands more
    than a week after publication), else that of the first day or month dated with its year in
    the same document. A year told alone names a time further off ("a curfew in force since
    2016", "the man it will field in 2027"), not the day's."""
    context_year = None
    if published_date is None:
        explicit = [
            m.date_start.year
            for m in mentions
            if m.year_given and m.date_start and m.precision in _DATED
        ]
        context_year = explicit[0] if explicit else None
    resolved = []
    for mention in mentions:
        if mention.year_given or mention.date_start is None:
            resolved.append(mention)
            continue
        if published_date is not None:
            year = published_date.year
            start = _with_year(mention.date_start, year)
            if start and start > published_date + dt.timedelta(days=7):
                year -= 1
        elif context_year is not None:
            year = context_year
        else:
            resolved.append(replace(mention, date_start=None, date_end=None, precision=None))
            continue
        start = _with_year(mention.date_start, year)
        end = _with_year(mention.date_end, year)
        if start and end and end < start:
            end = _with_year(mention.date_end, year + 1)
        resolved.append(replace(mention, date_start=start, date_end=end))
    return resolved


def _with_year(day: dt.date | None, year: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)
