-- Question: which were the deadliest events of a period?
-- The period defaults to the 90 days up to the latest event in the warehouse; edit the
-- `period` line (e.g. SELECT DATE '2024-07-01' AS first_day, DATE '2024-07-31' AS last_day).
WITH period AS (
    SELECT max(date_start) - 89 AS first_day, max(date_start) AS last_day FROM event_casualties
)
SELECT
    e.date_start,
    e.date_end,
    e.country,
    e.location,
    e.event_type,
    e.actor1,
    e.actor2,
    e.fatalities,
    e.killed_best,
    e.wounded_best,
    e.captured_best,
    e.claimed_by,
    e.event_id
FROM event_casualties AS e, period AS p
WHERE e.date_start BETWEEN p.first_day AND p.last_day
ORDER BY e.fatalities DESC, e.killed_best DESC, e.wounded_best DESC, e.date_start, e.event_id
LIMIT 10;
