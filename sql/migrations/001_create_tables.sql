-- Core warehouse tables. Column names are a public contract (score.py and analysts read them).
CREATE TABLE IF NOT EXISTS documents (
    doc_id          VARCHAR PRIMARY KEY,
    external_id     VARCHAR NOT NULL,
    source_path     VARCHAR,
    published_date  DATE,
    title           VARCHAR,
    outlet          VARCHAR,
    url             VARCHAR,
    text            VARCHAR NOT NULL,
    n_chars         INTEGER NOT NULL,
    ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    is_background   BOOLEAN NOT NULL,
    event_type      VARCHAR,
    sub_event_type  VARCHAR,
    date_start      DATE,
    date_end        DATE,
    date_precision  VARCHAR,
    country         VARCHAR,
    admin1          VARCHAR,
    location        VARCHAR,
    actor1          VARCHAR,
    assoc_actor_1   VARCHAR,
    actor2          VARCHAR,
    assoc_actor_2   VARCHAR,
    claimed_by      VARCHAR,
    fatalities      INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS casualties (
    casualty_id     VARCHAR PRIMARY KEY,
    event_id        VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    outcome         VARCHAR NOT NULL,
    victim          VARCHAR,
    victim_actor    VARCHAR,
    count_low       INTEGER NOT NULL,
    count_best      INTEGER NOT NULL,
    count_high      INTEGER,
    qualifier       VARCHAR NOT NULL,
    claimed_by      VARCHAR,
    quote           VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    actor           VARCHAR PRIMARY KEY,
    actor_type      VARCHAR,
    country         VARCHAR
);

CREATE TABLE IF NOT EXISTS rejects (
    reject_id       VARCHAR PRIMARY KEY,
    doc_id          VARCHAR,
    external_id     VARCHAR,
    source_path     VARCHAR,
    stage           VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    detail          VARCHAR,
    rejected_at     TIMESTAMP NOT NULL
);
