-- Question: how many people of each side were killed, month by month?
-- News events only (no background history); when parties give different figures for the
-- same victims of an event, the lower one counts (ACLED's rule); `disputed` flags those.
SELECT
    month,
    victim_actor,
    actor_type,
    killed_low,
    killed_best,
    n_events,
    disputed
FROM casualties_by_actor_month
WHERE killed_best > 0
ORDER BY month NULLS LAST, killed_best DESC, victim_actor;
