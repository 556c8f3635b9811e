"""Whole-number settings read from the environment, with a clear error for a bad value.

Kept free of Dagster, like `paths`: the worker processes read SITREP_WORKERS too.
"""

import os

WORKERS = "SITREP_WORKERS"
MAX_DOCUMENT_BYTES = "SITREP_MAX_DOCUMENT_BYTES"
# the least value of each setting (0 workers: one per core; a limit of 0 bytes would refuse
# every document), for the environment and the command line alike
MINIMUM = {WORKERS: 0, MAX_DOCUMENT_BYTES: 1}


def whole_number(name: str, default: int, minimum: int | None = None) -> int:
    """The variable ``name`` as an int of at least ``minimum`` (by default its MINIMUM, else
    0); ``default`` when unset or empty.

    A bad value is a ValueError that names the variable ("SITREP_WORKERS must be a whole
    number, not 'two'"), not int()'s bare message.
    """
    raw = os.environ.get(name, "").strip()
    if minimum is None:
        minimum = MINIMUM.get(name, 0)
    return parse_whole_number(raw, minimum, name) if raw else default


def parse_whole_number(raw: str, minimum: int = 0, what: str = "") -> int:
    """``raw`` as an int of at least ``minimum``, else a ValueError that says so of ``what``
    (a variable's name; a command-line option's error names the option itself)."""
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{what} must be a whole number, not {raw!r}".lstrip()) from None
    if value < minimum:
        raise ValueError(f"{what} must be at least {minimum}, not {value}".lstrip())
    return value


def check_settings() -> None:
    """Raise the error of the first bad whole-number setting, before a run starts anything."""
    for name, least in MINIMUM.items():
        whole_number(name, least)
