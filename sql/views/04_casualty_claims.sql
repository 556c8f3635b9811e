-- casualty_claims: figures that different parties (claimed_by) give for the same victims of
-- the same event, side by side. "Same event" is the same event_id, or events of different
-- documents in the same country and place, of the same type, whose date ranges overlap.
CREATE OR REPLACE VIEW casualty_claims AS
WITH claims AS (
    SELECT
        c.event_id,
        e.doc_id,
        e.country,
        coalesce(e.location, e.admin1) AS place,
        e.event_type,
        e.date_start,
        coalesce(e.date_end, e.date_start) AS date_end,
        c.outcome,
        lower(coalesce(c.victim_actor, c.victim, '')) AS victim_key,
        coalesce(min(c.victim_actor), min(c.victim)) AS victim_group,
        c.claimed_by,
        sum(c.count_low)::INTEGER AS count_low,
        sum(c.count_best)::INTEGER AS count_best,
        string_agg(c.quote, ' | ' ORDER BY c.char_start) AS quote
    FROM casualties AS c
    JOIN events AS e USING (event_id)
    WHERE NOT e.is_background
    GROUP BY ALL
)
SELECT
    a.outcome,
    a.victim_group,
    a.country,
    a.place,
    a.date_start,
    a.event_id = b.event_id AS same_event,
    a.claimed_by AS claimed_by_a,
    a.count_low AS count_low_a,
    a.count_best AS count_best_a,
    a.quote AS quote_a,
    a.event_id AS event_id_a,
    a.doc_id AS doc_id_a,
    b.claimed_by AS claimed_by_b,
    b.count_low AS count_low_b,
    b.count_best AS count_best_b,
    b.quote AS quote_b,
    b.event_id AS event_id_b,
    b.doc_id AS doc_id_b,
    a.count_best <> b.count_best AS figures_differ,
    abs(a.count_best - b.count_best)::INTEGER AS difference
FROM claims AS a
JOIN claims AS b
    ON a.outcome = b.outcome
    AND a.victim_key = b.victim_key
    AND a.country IS NOT DISTINCT FROM b.country
    AND coalesce(a.claimed_by, '') < coalesce(b.claimed_by, '')
    AND (
        a.event_id = b.event_id
        OR (
            a.doc_id <> b.doc_id
            AND a.country = b.country
            AND a.event_type IS NOT DISTINCT FROM b.event_type
            AND a.place IS NOT DISTINCT FROM b.place
            AND a.date_start <= b.date_end
            AND b.date_start <= a.date_end
        )
    );

COMMENT ON VIEW casualty_claims IS 'Pairs of casualty claims by different parties (claimed_by) for the same victims and outcome of the same event, side by side; a NULL claimant is the outlet''s own voice. Same event: same event_id, or events of different documents with the same country, place and event type and overlapping dates.';
COMMENT ON COLUMN casualty_claims.outcome IS 'killed, wounded, captured or missing.';
COMMENT ON COLUMN casualty_claims.victim_group IS 'Who was hit: the victims'' actor when resolved, else the victims as the text names them.';
COMMENT ON COLUMN casualty_claims.country IS 'Country of the event.';
COMMENT ON COLUMN casualty_claims.place IS 'Location, or admin1 when no location is known.';
COMMENT ON COLUMN casualty_claims.date_start IS 'First possible day of the event (claim a''s event).';
COMMENT ON COLUMN casualty_claims.same_event IS 'TRUE when both claims belong to one event row; FALSE when matched across documents.';
COMMENT ON COLUMN casualty_claims.claimed_by_a IS 'First claimant (alphabetically; NULL = the outlet''s own voice).';
COMMENT ON COLUMN casualty_claims.count_low_a IS 'Lowest count in claim a (its figures for these victims added up).';
COMMENT ON COLUMN casualty_claims.count_best_a IS 'Best count in claim a.';
COMMENT ON COLUMN casualty_claims.quote_a IS 'Words of claim a, " | "-separated when it has several figures.';
COMMENT ON COLUMN casualty_claims.event_id_a IS 'Event of claim a (→ events.event_id).';
COMMENT ON COLUMN casualty_claims.doc_id_a IS 'Document of claim a (→ documents.doc_id).';
COMMENT ON COLUMN casualty_claims.claimed_by_b IS 'Second claimant.';
COMMENT ON COLUMN casualty_claims.count_low_b IS 'Lowest count in claim b.';
COMMENT ON COLUMN casualty_claims.count_best_b IS 'Best count in claim b.';
COMMENT ON COLUMN casualty_claims.quote_b IS 'Words of claim b.';
COMMENT ON COLUMN casualty_claims.event_id_b IS 'Event of claim b (→ events.event_id).';
COMMENT ON COLUMN casualty_claims.doc_id_b IS 'Document of claim b (→ documents.doc_id).';
COMMENT ON COLUMN casualty_claims.figures_differ IS 'TRUE when the two best counts differ.';
COMMENT ON COLUMN casualty_claims.difference IS 'Absolute difference between the two best counts.';
