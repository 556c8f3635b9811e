-- Views Sitrep created from sql/views/ (see migrations/003_managed_views.sql).
SELECT name FROM managed_views ORDER BY name;
