"""Column schemas of the frames that flow through the pipeline into the warehouse.

One place for them, so readers, the extraction batch, validation and the load agree.
"""

import polars as pl

DOCUMENT_SCHEMA = {
    "doc_id": pl.String,
    "external_id": pl.String,
    "source_path": pl.String,
    "published_date": pl.Date,
    "title": pl.String,
    "outlet": pl.String,
    "url": pl.String,
    "text": pl.String,
    "n_chars": pl.Int32,
}

REJECT_SCHEMA = {
    "doc_id": pl.String,
    "external_id": pl.String,
    "source_path": pl.String,
    "stage": pl.String,
    "reason": pl.String,
    "detail": pl.String,
}

SENTENCE_SCHEMA = {
    "doc_id": pl.String,
    "sent_idx": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
}

MENTION_SCHEMA = {
    "doc_id": pl.String,
    "sent_idx": pl.Int32,
    "kind": pl.String,
    "text": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "low": pl.Int64,
    "best": pl.Int64,
    "high": pl.Int64,
    "qualifier": pl.String,
    "date_start": pl.Date,
    "date_end": pl.Date,
    "date_precision": pl.String,
    "actor": pl.String,
    "actor_type": pl.String,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
}

EVENT_SCHEMA = {
    "event_id": pl.String,
    "doc_id": pl.String,
    "seq": pl.Int32,
    "is_background": pl.Boolean,
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "date_start": pl.Date,
    "date_end": pl.Date,
    "date_precision": pl.String,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
    "actor1": pl.String,
    "assoc_actor_1": pl.String,
    "actor2": pl.String,
    "assoc_actor_2": pl.String,
    "claimed_by": pl.String,
    "fatalities": pl.Int32,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}

CASUALTY_SCHEMA = {
    "casualty_id": pl.String,
    "event_id": pl.String,
    "doc_id": pl.String,
    "outcome": pl.String,
    "victim": pl.String,
    "victim_actor": pl.String,
    "count_low": pl.Int64,
    "count_best": pl.Int64,
    "count_high": pl.Int64,
    "qualifier": pl.String,
    "claimed_by": pl.String,
    "quote": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}
ACTOR_SCHEMA = {"actor": pl.String, "actor_type": pl.String, "country": pl.String}
