-- daily_timeline: per country and day, the news events that started that day and their
-- casualties (days without events have no row; multi-day events count on their first day).
CREATE OR REPLACE VIEW daily_timeline AS
SELECT
    country,
    date_start AS day,
    count(*)::INTEGER AS n_events,
    count(DISTINCT doc_id)::INTEGER AS n_documents,
    count_if(date_end > date_start)::INTEGER AS n_multi_day_events,
    sum(fatalities)::INTEGER AS fatalities,
    sum(killed_low)::INTEGER AS killed_low,
    sum(killed_best)::INTEGER AS killed_best,
    sum(wounded_best)::INTEGER AS wounded_best,
    sum(captured_best)::INTEGER AS captured_best,
    sum(missing_best)::INTEGER AS missing_best,
    string_agg(DISTINCT event_type, '; ' ORDER BY event_type) AS event_types
FROM event_casualties
WHERE date_start IS NOT NULL
GROUP BY country, date_start;

COMMENT ON VIEW daily_timeline IS 'Per country and day: news events that started that day and their casualties. Days without events have no row; an event spanning several days counts on its first day (date_start); undated events are left out.';
COMMENT ON COLUMN daily_timeline.country IS 'Country of the events (NULL when unknown).';
COMMENT ON COLUMN daily_timeline.day IS 'The day (events.date_start).';
COMMENT ON COLUMN daily_timeline.n_events IS 'News events starting that day.';
COMMENT ON COLUMN daily_timeline.n_documents IS 'Documents reporting them.';
COMMENT ON COLUMN daily_timeline.n_multi_day_events IS 'How many of them span more than one day.';
COMMENT ON COLUMN daily_timeline.fatalities IS 'Sum of the events'' ACLED-coded fatalities.';
COMMENT ON COLUMN daily_timeline.killed_low IS 'People killed, lowest count.';
COMMENT ON COLUMN daily_timeline.killed_best IS 'People killed, best count.';
COMMENT ON COLUMN daily_timeline.wounded_best IS 'People wounded, best count.';
COMMENT ON COLUMN daily_timeline.captured_best IS 'People captured, best count.';
COMMENT ON COLUMN daily_timeline.missing_best IS 'People missing, best count.';
COMMENT ON COLUMN daily_timeline.event_types IS 'Event types of the day, "; "-separated.';
