"""A batch's rows a few documents at a time: each chunk of documents with its own rows.

Sentences, mentions, events and casualties are written in the order of their documents, so a
chunk's rows are contiguous: a slice of a frame costs no copy, and a slice of a lazy scan reads
only its own row groups when it is collected. That keeps a million-document batch from being
held, or copied, whole.
"""

import polars as pl

Frame = pl.DataFrame | pl.LazyFrame


def chunk_of_documents(documents: Frame, starts: list[int]) -> pl.DataFrame:
    """Each document's chunk: `doc_id` and `chunk`, the chunks starting at the rows `starts`
    (the first at 0) in frame order."""
    ids = documents.lazy().select("doc_id").collect()
    rows = pl.int_range(0, ids.height, dtype=pl.Int64, eager=True)
    chunk = pl.Series(starts, dtype=pl.Int64).search_sorted(rows, side="right").cast(pl.Int64)
    return ids.with_columns(chunk=chunk - 1)


def rows_by_chunk(
    frame: Frame, chunk_of: pl.DataFrame, n_chunks: int, keep_orphans: bool = False
) -> list[Frame]:
    """The rows of `frame` for each document chunk, as slices.

    Rows whose document is in no chunk are dropped, or with `keep_orphans` returned as one more
    slice at the end (a check must still see them). Rows out of document order are sorted
    first, which collects a lazy frame.
    """
    chunk = (
        frame.lazy()
        .select("doc_id")
        .join(chunk_of.lazy(), on="doc_id", how="left", maintain_order="left")
        .collect()["chunk"]
    )
    if keep_orphans:
        chunk = chunk.fill_null(n_chunks)
        n_chunks += 1
    if chunk.null_count() or not chunk.is_sorted():
        frame = frame.lazy().collect()
        keep = chunk.is_not_null()
        frame, chunk = frame.filter(keep), chunk.filter(keep)
        order = chunk.arg_sort()
        frame, chunk = frame[order], chunk[order]
    bounds = chunk.search_sorted(pl.Series(range(n_chunks + 1), dtype=pl.Int64), side="left")
    return [frame.slice(bounds[k], bounds[k + 1] - bounds[k]) for k in range(n_chunks)]
