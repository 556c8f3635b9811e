-- event_casualties: every news event (background history left out) with its casualty totals
-- by outcome, low and best, next to the ACLED-coded fatalities.
CREATE OR REPLACE VIEW event_casualties AS
WITH totals AS (
    SELECT
        event_id,
        sum(count_low) FILTER (WHERE outcome = 'killed') AS killed_low,
        sum(count_best) FILTER (WHERE outcome = 'killed') AS killed_best,
        sum(count_low) FILTER (WHERE outcome = 'wounded') AS wounded_low,
        sum(count_best) FILTER (WHERE outcome = 'wounded') AS wounded_best,
        sum(count_low) FILTER (WHERE outcome = 'captured') AS captured_low,
        sum(count_best) FILTER (WHERE outcome = 'captured') AS captured_best,
        sum(count_low) FILTER (WHERE outcome = 'missing') AS missing_low,
        sum(count_best) FILTER (WHERE outcome = 'missing') AS missing_best,
        sum(n_figures) AS n_figures,
        bool_or(disputed) AS disputed
    FROM event_figures
    GROUP BY event_id
)
SELECT
    e.event_id,
    e.doc_id,
    e.date_start,
    e.date_end,
    e.date_precision,
    e.country,
    e.admin1,
    e.location,
    e.event_type,
    e.sub_event_type,
    e.actor1,
    e.assoc_actor_1,
    e.actor2,
    e.assoc_actor_2,
    e.claimed_by,
    e.fatalities,
    coalesce(t.killed_low, 0)::INTEGER AS killed_low,
    coalesce(t.killed_best, 0)::INTEGER AS killed_best,
    coalesce(t.wounded_low, 0)::INTEGER AS wounded_low,
    coalesce(t.wounded_best, 0)::INTEGER AS wounded_best,
    coalesce(t.captured_low, 0)::INTEGER AS captured_low,
    coalesce(t.captured_best, 0)::INTEGER AS captured_best,
    coalesce(t.missing_low, 0)::INTEGER AS missing_low,
    coalesce(t.missing_best, 0)::INTEGER AS missing_best,
    coalesce(t.n_figures, 0)::INTEGER AS n_figures,
    coalesce(t.disputed, false) AS disputed,
    d.published_date,
    d.outlet,
    d.title,
    e.sentence
FROM events AS e
LEFT JOIN documents AS d USING (doc_id)
LEFT JOIN totals AS t USING (event_id)
WHERE NOT e.is_background;

COMMENT ON VIEW event_casualties IS 'News events (background history left out), one row each, with casualty totals by outcome (low and best) summed over victim groups from event_figures, next to the ACLED-coded fatalities. An incident reported by several documents appears once per document.';
COMMENT ON COLUMN event_casualties.event_id IS 'The event (→ events.event_id).';
COMMENT ON COLUMN event_casualties.doc_id IS 'Document that reports it (→ documents.doc_id).';
COMMENT ON COLUMN event_casualties.date_start IS 'First day the event may have happened.';
COMMENT ON COLUMN event_casualties.date_end IS 'Last day the event may have happened.';
COMMENT ON COLUMN event_casualties.date_precision IS 'day, range, month or year.';
COMMENT ON COLUMN event_casualties.country IS 'Country of the event.';
COMMENT ON COLUMN event_casualties.admin1 IS 'First-level administrative region, when known.';
COMMENT ON COLUMN event_casualties.location IS 'Town or named place, when known.';
COMMENT ON COLUMN event_casualties.event_type IS 'ACLED event type.';
COMMENT ON COLUMN event_casualties.sub_event_type IS 'ACLED sub-event type.';
COMMENT ON COLUMN event_casualties.actor1 IS 'Actor that initiated the event.';
COMMENT ON COLUMN event_casualties.assoc_actor_1 IS 'Actor(s) associated with actor1.';
COMMENT ON COLUMN event_casualties.actor2 IS 'Actor on the other side.';
COMMENT ON COLUMN event_casualties.assoc_actor_2 IS 'Actor(s) associated with actor2.';
COMMENT ON COLUMN event_casualties.claimed_by IS 'Party the account of the event is attributed to; NULL for the outlet''s own voice.';
COMMENT ON COLUMN event_casualties.fatalities IS 'Deaths as ACLED codes them (events.fatalities). Can differ from killed_best, which adds the best estimates ("dozens": best 24, coded 12) and knows nothing of death tolls that replace earlier figures or subsets ("including 3 children").';
COMMENT ON COLUMN event_casualties.killed_low IS 'People killed, lowest count (0 when no figure).';
COMMENT ON COLUMN event_casualties.killed_best IS 'People killed, best count (0 when no figure).';
COMMENT ON COLUMN event_casualties.wounded_low IS 'People wounded, lowest count.';
COMMENT ON COLUMN event_casualties.wounded_best IS 'People wounded, best count.';
COMMENT ON COLUMN event_casualties.captured_low IS 'People captured, abducted or taken prisoner, lowest count.';
COMMENT ON COLUMN event_casualties.captured_best IS 'People captured, abducted or taken prisoner, best count.';
COMMENT ON COLUMN event_casualties.missing_low IS 'People missing, lowest count.';
COMMENT ON COLUMN event_casualties.missing_best IS 'People missing, best count.';
COMMENT ON COLUMN event_casualties.n_figures IS 'Number of casualty figures (casualties rows) behind the totals.';
COMMENT ON COLUMN event_casualties.disputed IS 'TRUE when parties give different figures for the same victims of this event (see casualty_claims).';
COMMENT ON COLUMN event_casualties.published_date IS 'Publication date of the reporting document.';
COMMENT ON COLUMN event_casualties.outlet IS 'Outlet of the reporting document.';
COMMENT ON COLUMN event_casualties.title IS 'Headline of the reporting document.';
COMMENT ON COLUMN event_casualties.sentence IS 'The sentence that reports the event.';
