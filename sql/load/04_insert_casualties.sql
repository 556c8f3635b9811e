INSERT INTO casualties BY NAME
SELECT casualty_id, event_id, doc_id, outcome, victim, victim_actor, count_low, count_best,
       count_high, qualifier, claimed_by, quote, char_start, char_end
FROM staged_casualties;
