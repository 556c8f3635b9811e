-- A view whose file left sql/views/: drop it and forget it. {view} is a checked identifier.
DROP VIEW IF EXISTS {view};
DELETE FROM managed_views WHERE name = ?;
