INSERT INTO events BY NAME
SELECT event_id, doc_id, seq, is_background, event_type, sub_event_type, date_start, date_end,
       date_precision, country, admin1, location, actor1, assoc_actor_1, actor2, assoc_actor_2,
       claimed_by, fatalities, sentence, char_start, char_end
FROM staged_events;
