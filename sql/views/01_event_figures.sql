-- event_figures: the casualty figures of news events (background history left out), one row
-- per event, outcome and victim group. When several parties give a figure for the same
-- victims, the lower one counts (as ACLED codes it); the spread stays visible.
CREATE OR REPLACE VIEW event_figures AS
WITH per_claimant AS (
    SELECT
        c.event_id,
        c.outcome,
        lower(coalesce(c.victim_actor, c.victim, '')) AS victim_key,
        c.claimed_by,
        min(c.victim_actor) AS victim_actor,
        min(c.victim) AS victim,
        sum(c.count_low) AS count_low,
        sum(c.count_best) AS count_best,
        count(*) AS n_figures
    FROM casualties AS c
    JOIN events AS e USING (event_id)
    WHERE NOT e.is_background
    GROUP BY c.event_id, c.outcome, victim_key, c.claimed_by
)
SELECT
    event_id,
    outcome,
    coalesce(min(victim_actor), min(victim)) AS victim_group,
    min(victim_actor) AS victim_actor,
    min(count_low)::INTEGER AS count_low,
    min(count_best)::INTEGER AS count_best,
    max(count_best)::INTEGER AS max_claimed_best,
    sum(n_figures)::INTEGER AS n_figures,
    count(*)::INTEGER AS n_claimants,
    string_agg(DISTINCT claimed_by, '; ' ORDER BY claimed_by) AS claimants,
    min(count_best) <> max(count_best) AS disputed
FROM per_claimant
GROUP BY event_id, outcome, victim_key;

COMMENT ON VIEW event_figures IS 'Casualty figures of news events (not background), one row per event, outcome and victim group; competing claims for the same victims resolved to the lower figure. Building block of event_casualties and casualties_by_actor_month.';
COMMENT ON COLUMN event_figures.event_id IS 'The event (→ events.event_id).';
COMMENT ON COLUMN event_figures.outcome IS 'killed, wounded, captured or missing.';
COMMENT ON COLUMN event_figures.victim_group IS 'Who was hit: the victims'' actor when resolved, else the victims as the text names them.';
COMMENT ON COLUMN event_figures.victim_actor IS 'The victims'' side in ACLED naming, NULL when unresolved (→ actors.actor).';
COMMENT ON COLUMN event_figures.count_low IS 'Lowest count: per claimant the figures for these victims are added up, then the lowest claimant''s low is kept.';
COMMENT ON COLUMN event_figures.count_best IS 'Best count, resolved the ACLED way: the lowest of the claimants'' best figures for these victims.';
COMMENT ON COLUMN event_figures.max_claimed_best IS 'Highest best figure any claimant gave for these victims (equals count_best unless disputed).';
COMMENT ON COLUMN event_figures.n_figures IS 'Number of casualties rows behind this line.';
COMMENT ON COLUMN event_figures.n_claimants IS 'Number of different claimants (the outlet''s own voice counts as one) giving a figure for these victims.';
COMMENT ON COLUMN event_figures.claimants IS 'Named claimants, "; "-separated; NULL when only the outlet states the figure.';
COMMENT ON COLUMN event_figures.disputed IS 'TRUE when claimants give different best figures for these victims (see casualty_claims).';
