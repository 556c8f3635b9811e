-- casualties_by_actor_month: how many people of each side were killed, wounded, captured or
-- missing, per month of the events (date_start), from the resolved figures of event_figures.
CREATE OR REPLACE VIEW casualties_by_actor_month AS
SELECT
    strftime(e.date_start, '%Y-%m') AS month,
    coalesce(f.victim_actor, '(unresolved)') AS victim_actor,
    a.actor_type,
    coalesce(sum(f.count_low) FILTER (WHERE f.outcome = 'killed'), 0)::INTEGER AS killed_low,
    coalesce(sum(f.count_best) FILTER (WHERE f.outcome = 'killed'), 0)::INTEGER AS killed_best,
    coalesce(sum(f.count_low) FILTER (WHERE f.outcome = 'wounded'), 0)::INTEGER AS wounded_low,
    coalesce(sum(f.count_best) FILTER (WHERE f.outcome = 'wounded'), 0)::INTEGER AS wounded_best,
    coalesce(sum(f.count_low) FILTER (WHERE f.outcome = 'captured'), 0)::INTEGER AS captured_low,
    coalesce(sum(f.count_best) FILTER (WHERE f.outcome = 'captured'), 0)::INTEGER
        AS captured_best,
    coalesce(sum(f.count_low) FILTER (WHERE f.outcome = 'missing'), 0)::INTEGER AS missing_low,
    coalesce(sum(f.count_best) FILTER (WHERE f.outcome = 'missing'), 0)::INTEGER AS missing_best,
    count(DISTINCT f.event_id)::INTEGER AS n_events,
    bool_or(f.disputed) AS disputed
FROM event_figures AS f
JOIN events AS e USING (event_id)
LEFT JOIN actors AS a ON a.actor = f.victim_actor
GROUP BY month, coalesce(f.victim_actor, '(unresolved)'), a.actor_type;

COMMENT ON VIEW casualties_by_actor_month IS 'Casualties per victim side and month of the events (news events only; competing claims resolved to the lower figure, as in event_figures). An incident reported by several documents counts once per document; casualty_claims pairs such reports.';
COMMENT ON COLUMN casualties_by_actor_month.month IS 'Month of the events'' date_start, as YYYY-MM; NULL for undated events.';
COMMENT ON COLUMN casualties_by_actor_month.victim_actor IS 'Side the victims belong to in ACLED naming; (unresolved) when the text did not say whose they were.';
COMMENT ON COLUMN casualties_by_actor_month.actor_type IS 'Kind of actor from the actors table, when listed there.';
COMMENT ON COLUMN casualties_by_actor_month.killed_low IS 'People of this side killed in the month, lowest count.';
COMMENT ON COLUMN casualties_by_actor_month.killed_best IS 'People of this side killed in the month, best count.';
COMMENT ON COLUMN casualties_by_actor_month.wounded_low IS 'Wounded, lowest count.';
COMMENT ON COLUMN casualties_by_actor_month.wounded_best IS 'Wounded, best count.';
COMMENT ON COLUMN casualties_by_actor_month.captured_low IS 'Captured, abducted or taken prisoner, lowest count.';
COMMENT ON COLUMN casualties_by_actor_month.captured_best IS 'Captured, abducted or taken prisoner, best count.';
COMMENT ON COLUMN casualties_by_actor_month.missing_low IS 'Missing, lowest count.';
COMMENT ON COLUMN casualties_by_actor_month.missing_best IS 'Missing, best count.';
COMMENT ON COLUMN casualties_by_actor_month.n_events IS 'Number of events with a figure for this side in the month.';
COMMENT ON COLUMN casualties_by_actor_month.disputed IS 'TRUE when any of these figures is disputed between claimants.';
