-- Say where an event's admin1 and location can come from besides the text itself.
COMMENT ON COLUMN events.admin1 IS 'First-level administrative region (region, province, state), when known, spelled as ACLED did in the event''s year (seeds/admin1_renames.csv maps former spellings to current ones).';
COMMENT ON COLUMN events.location IS 'Town, village or named place, when known. A decision or protest whose text names no place is coded to the capital, as ACLED codes national-level events; other events that name no place have none.';
