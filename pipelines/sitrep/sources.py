"""Reading articles and feeds from disk into document records.

Every file either yields documents or a reject with a reason a user can act on;
nothing raises out of here for bad input, so one broken file never stops a batch.
"""

import datetime as dt
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from sitrep.tables import DOCUMENT_SCHEMA, REJECT_SCHEMA

ARTICLE_SUFFIXES = {".txt"}
FEED_SUFFIXES = {".jsonl", ".csv", ".parquet"}
SUPPORTED_SUFFIXES = ARTICLE_SUFFIXES | FEED_SUFFIXES
DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


_HEADER_LINE = re.compile(
    r"\A[ \t]*(?P<key>date|published|published_date|title|outlet|source|url)[ \t]*:?[ \t]+"
    r"(?P<value>[^\n]*?)[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
_INLINE_DATE = re.compile(
    r"\A\s*(?:date|published|published_date)\s*:?\s*(?P<value>\d{4}-\d{2}-\d{2})\b[ \t]*",
    re.IGNORECASE,
)
_KEY_ALIASES = {"published": "published_date", "date": "published_date", "source": "outlet"}


@dataclass
class ReadResult:
    """Documents and rejects read from one or more files, in the order they were read.

    Articles arrive one record at a time (`documents`); feeds arrive as whole frames.
    """

    documents: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    frames: list[pl.DataFrame] = field(default_factory=list)

    def _flush(self) -> None:
        if self.documents:
            self.frames.append(pl.DataFrame(self.documents, schema=DOCUMENT_SCHEMA, orient="row"))
            self.documents = []

    def extend(self, other: "ReadResult") -> None:
        if other.frames:
            self._flush()
            self.frames.extend(other.frames)
        self.documents.extend(other.documents)
        self.rejects.extend(other.rejects)

    def documents_frame(self) -> pl.DataFrame:
        self._flush()
        if not self.frames:
            return pl.DataFrame(schema=DOCUMENT_SCHEMA)
        return pl.concat(self.frames, rechunk=True)

    def rejects_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.rejects, schema=REJECT_SCHEMA, orient="row")


def content_id(text: str) -> str:
    """Stable id of a document's content: the same text under two names gets one id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def reject(
    source_path: str,
    reason: str,
    detail: str = "",
    external_id: str | None = None,
    stage: str = "ingest",
) -> dict:
    return {
        "doc_id": None,
        "external_id": external_id,
        "source_path": source_path,
        "stage": stage,
        "reason": reason,
        "detail": detail[:500],
    }


def discover_files(sources: Iterable[str | Path]) -> tuple[list[Path], list[dict]]:
    """Files to read under the given files or folders, and rejects for paths we refuse.

    A path (or symlink) that resolves outside the folder it was found in is refused, so a
    link in a drop folder cannot make the pipeline read arbitrary files.
    """
    files: list[Path] = []
    refused: list[dict] = []
    for found in _found(sources):
        if isinstance(found, Path):
            files.append(found)
        else:
            refused.append(found)
    return files, refused


def source_bytes(sources: Iterable[str | Path], enough: int) -> int:
    """The size of the files discover_files would read, counted only until it reaches
    ``enough`` (a folder of a million articles is not walked twice)."""
    total = 0
    for found in _found(sources):
        if isinstance(found, Path):
            total += found.stat().st_size
            if total >= enough:
                break
    return total


def _found(sources: Iterable[str | Path]) -> Iterator[Path | dict]:
    """Each file to read under the sources, or the reject of a path we refuse, in order."""
    for source in sources:
        root = Path(source)
        if not root.exists():
            yield reject(str(root), "missing_source", "no such file or folder")
            continue
        if root.is_file():
            if root.suffix.lower() in SUPPORTED_SUFFIXES:
                yield root
            else:
                yield reject(str(root), "unsupported_format", root.suffix or "no suffix")
            continue
        real_root = root.resolve()
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                path = Path(dirpath) / name
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    yield reject(str(path), "unsupported_format", path.suffix or "none")
                    continue
                resolved = path.resolve()
                if not resolved.is_relative_to(real_root):
                    yield reject(str(path), "outside_source_folder", f"resolves to {resolved}")
                    continue
                yield path


_DECLARED_ENCODING = re.compile(rb"\A\s*(?:encoding|charset)\s*:\s*([A-Za-z0-9_.-]+)[ \t]*\r?\n")


def decode_text(raw: bytes) -> tuple[str | None, str]:
    """Decode bytes: a declared encoding first (`encoding: latin-1` as the first line), else
    UTF-8, else a single-byte Western fallback; None if it is not text.

    Returns the text (or None) and the encoding used or the reason it was refused.
    """
    if b"\x00" in raw[:8192]:
        return None, "contains NUL bytes (binary file)"
    declared = _DECLARED_ENCODING.match(raw)
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return raw[declared.end() :].decode(name), name
        except LookupError:
            return None, f"unknown declared encoding {name!r}"
        except UnicodeDecodeError as exc:
            return None, f"not valid {name} at byte {exc.start}"
    try:
        text = raw.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = None, ""
        for candidate in FALLBACK_ENCODINGS:
            try:
                text = raw.decode(candidate)
                encoding = candidate
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            return None, "not decodable as UTF-8 or Windows-1252"
    if _looks_binary(text):
        return None, "mostly control characters (binary file)"
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control / len(sample) > 0.05


def parse_date(value: object) -> dt.date | None:
    """A published date from a feed cell: ISO date or datetime string, date, or nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text or text.lower() in {"null", "none", "nan"}:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"published_date {text!r} is not an ISO date") from exc


def split_article(raw_text: str) -> tuple[dict, str]:
    """Header fields (date, title, outlet, url) at the top of a .txt article, and its body."""
    header: dict[str, str] = {}
    text = raw_text.replace("\r\n", "\n")
    while True:
        inline = _INLINE_DATE.match(text)
        if inline and "published_date" not in header:
            header["published_date"] = inline.group("value")
            text = text[inline.end() :]
            continue
        line = _HEADER_LINE.match(text)
        if line and _KEY_ALIASES.get(line.group("key").lower(), line.group("key").lower()) not in (
            header
        ):
            key = line.group("key").lower()
            header[_KEY_ALIASES.get(key, key)] = line.group("value")
            text = text[line.end() :]
            continue
        break
    return header, text.strip()


def make_document(
    *,
    text: str,
    external_id: str,
    source_path: str,
    published_date: dt.date | None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> dict:
    return {
        "doc_id": content_id(text),
        "external_id": external_id,
        "source_path": source_path,
        "published_date": published_date,
        "title": title,
        "outlet": outlet,
        "url": url,
        "text": text,
        "n_chars": len(text),
    }


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> ReadResult:
    """One plain-text article, with optional header lines (`date 2024-08-02`) on top."""
    result = ReadResult()
    source = str(path)
    size = path.stat().st_size
    if size > max_bytes:
        result.rejects.append(
            reject(source, "too_large", f"{size} bytes > limit {max_bytes}", path.name)
        )
        return result
    raw = path.read_bytes()
    text, how = decode_text(raw)
    if text is None:
        result.rejects.append(reject(source, "undecodable", how, path.name))
        return result
    header, body = split_article(text)
    if not body:
        result.rejects.append(reject(source, "empty_text", "the article has no body", path.name))
        return result
    try:
        published = parse_date(header.get("published_date"))
    except ValueError as exc:
        result.rejects.append(reject(source, "bad_date", str(exc), path.name))
        return result
    result.documents.append(
        make_document(
            text=body,
            external_id=path.name,
            source_path=source,
            published_date=published,
            title=header.get("title"),
            outlet=header.get("outlet"),
            url=header.get("url"),
        )
    )
    return result


def _feed_record(
    record: dict, source: str, where: str, max_bytes: int
) -> tuple[dict | None, dict | None]:
    external_id = record.get("id")
    external_id = None if external_id is None else str(external_id)
    if not external_id:
        return None, reject(source, "missing_id", f"{where}: no `id`")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, reject(source, "empty_text", f"{where}: no `text`", external_id)
    if len(text.encode("utf-8")) > max_bytes:
        return None, reject(source, "too_large", f"{where}: text > {max_bytes} bytes", external_id)
    try:
        published = parse_date(record.get("published_date"))
    except ValueError as exc:
        return None, reject(source, "bad_date", f"{where}: {exc}", external_id)

    def optional(key: str) -> str | None:
        value = record.get(key)
        return None if value is None or value == "" else str(value)

    document = make_document(
        text=text.strip(),
        external_id=external_id,
        source_path=source,
        published_date=published,
        title=optional("title"),
        outlet=optional("outlet"),
        url=optional("url"),
    )
    return document, None


def _feed_records(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    """(where, record, error) for each record of a feed file."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("rb") as handle:
            for number, raw_line in enumerate(handle, start=1):
                if not raw_line.strip():
                    continue
                where = f"line {number}"
                line, how = decode_text(raw_line)
                if line is None:
                    yield where, None, how
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield where, None, f"invalid JSON ({exc.msg} at column {exc.colno})"
                    continue
                if not isinstance(record, dict):
                    yield where, None, "a JSON line must be an object"
                    continue
                yield where, record, None
        return
    if suffix == ".csv":
        text, how = decode_text(path.read_bytes())
        if text is None:
            yield "file", None, how
            return
        frame = pl.read_csv(io.StringIO(text), infer_schema=False)
    else:
        frame = pl.read_parquet(path)
    missing = {"id", "text"} - set(frame.columns)
    if missing:
        yield "header", None, f"missing columns {sorted(missing)}"
        return
    for number, record in enumerate(frame.iter_rows(named=True), start=2):
        yield f"row {number}", record, None


FEED_SCHEMA = {
    "id": pl.String,
    "text": pl.String,
    "published_date": pl.String,
    "title": pl.String,
    "outlet": pl.String,
    "url": pl.String,
}
_NO_DATE = ("", "null", "none", "nan")


def _feed_frame(path: Path) -> pl.DataFrame:
    """The whole feed as strings, read by polars; raises if any part of it is malformed."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        frame = pl.read_ndjson(path, schema=FEED_SCHEMA)
    elif suffix == ".csv":
        frame = pl.read_csv(path, infer_schema=False)
    else:
        frame = pl.read_parquet(path)
    if {"id", "text"} - set(frame.columns):
        raise ValueError("missing columns")
    return frame.select(
        pl.col(name).cast(pl.String)
        if name in frame.columns
        else pl.lit(None, pl.String).alias(name)
        for name in FEED_SCHEMA
    )


def _content_ids(texts: pl.Series) -> pl.Series:
    return pl.Series([content_id(text) for text in texts], dtype=pl.String)


def _documents_from_feed(frame: pl.DataFrame, source: str, max_bytes: int) -> ReadResult:
    """Vectorised checks of a parsed feed: each bad record is a reject, the rest documents."""
    frame = frame.with_row_index("record", offset=1).with_columns(
        pl.col("text").str.strip_chars(),
        parsed_date=pl.col("published_date").str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False),
    )
    no_date = pl.col("published_date").is_null() | pl.col(
        "published_date"
    ).str.strip_chars().str.to_lowercase().is_in(_NO_DATE)
    problems = [
        ("missing_id", pl.col("id").is_null() | (pl.col("id") == ""), "no `id`"),
        ("empty_text", pl.col("text").is_null() | (pl.col("text") == ""), "no `text`"),
        ("too_large", pl.col("text").str.len_bytes() > max_bytes, f"text > {max_bytes} bytes"),
        ("bad_date", ~no_date & pl.col("parsed_date").is_null(), "published_date is not ISO"),
    ]
    result = ReadResult()
    remaining = frame
    for reason, condition, detail in problems:
        bad = remaining.filter(condition)
        remaining = remaining.filter(~condition)
        result.rejects.extend(
            reject(source, reason, f"record {row['record']}: {detail}", row["id"])
            for row in bad.select("record", "id").iter_rows(named=True)
        )
    documents = remaining.select(
        doc_id=pl.col("text").map_batches(_content_ids, return_dtype=pl.String),
        external_id=pl.col("id"),
        source_path=pl.lit(source),
        published_date=pl.col("parsed_date"),
        title=pl.col("title"),
        outlet=pl.col("outlet"),
        url=pl.col("url"),
        text=pl.col("text"),
        n_chars=pl.col("text").str.len_chars(),
    ).cast(DOCUMENT_SCHEMA)
    result.frames.append(documents)
    return result


def read_feed(path: Path, max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> ReadResult:
    """A feed file (.jsonl, .csv, .parquet) with columns id, text, published_date, …

    Well-formed feeds are read whole by polars; a feed with broken parts is read record by
    record so that each broken record becomes a reject and the rest still loads.
    """
    try:
        return _documents_from_feed(_feed_frame(path), str(path), max_bytes)
    except Exception:  # malformed somewhere: fall back to the record-by-record reader
        pass
    result = ReadResult()
    source = str(path)
    try:
        for where, record, error in _feed_records(path):
            if error is not None:
                result.rejects.append(reject(source, "malformed_record", f"{where}: {error}"))
                continue
            document, rejected = _feed_record(record, source, where, max_bytes)
            if document is not None:
                result.documents.append(document)
            else:
                result.rejects.append(rejected)
    except Exception as exc:  # a feed that cannot be parsed at all is one reject, not a crash
        result.rejects.append(reject(source, "unreadable_feed", f"{type(exc).__name__}: {exc}"))
    return result


def read_sources(
    sources: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
) -> ReadResult:
    """Every document under the sources, deduplicated by content, with rejects for the rest."""
    files, refused = discover_files(sources)
    result = ReadResult(rejects=refused)
    for path in files:
        try:
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                result.extend(read_article(path, max_bytes))
            else:
                result.extend(read_feed(path, max_bytes))
        except OSError as exc:
            result.rejects.append(reject(str(path), "unreadable_file", str(exc), path.name))
    return result


def fingerprint_sources(sources: Iterable[str | Path]) -> dict[str, str]:
    """Path → size and modification time of every readable source file (for the sensor)."""
    files, _ = discover_files(sources)
    stamps = {}
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps[str(path)] = f"{stat.st_size}:{stat.st_mtime_ns}"
    return stamps
