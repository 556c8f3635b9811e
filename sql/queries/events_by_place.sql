-- Question: where do the events happen, and how deadly are they in each place?
-- News events only, per country, admin1 region and location (NULL: not known).
SELECT
    country,
    admin1,
    location,
    count(*)::INTEGER AS n_events,
    sum(fatalities)::INTEGER AS fatalities,
    sum(killed_best)::INTEGER AS killed_best,
    sum(wounded_best)::INTEGER AS wounded_best,
    min(date_start) AS first_day,
    max(coalesce(date_end, date_start)) AS last_day,
    string_agg(DISTINCT event_type, '; ' ORDER BY event_type) AS event_types
FROM event_casualties
GROUP BY country, admin1, location
ORDER BY n_events DESC, fatalities DESC, country NULLS LAST, admin1 NULLS LAST,
    location NULLS LAST;
