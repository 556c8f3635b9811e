-- Question: where do parties give different figures for the same victims of the same event?
-- One row per pair of claimants; "(outlet)" is the outlet's own voice (claimed_by NULL).
SELECT
    date_start,
    country,
    place,
    outcome,
    victim_group,
    coalesce(claimed_by_a, '(outlet)') AS claimed_by_a,
    count_best_a,
    coalesce(claimed_by_b, '(outlet)') AS claimed_by_b,
    count_best_b,
    difference,
    same_event,
    quote_a,
    quote_b
FROM casualty_claims
WHERE figures_differ
ORDER BY difference DESC, date_start, outcome, victim_group, claimed_by_a, claimed_by_b;
