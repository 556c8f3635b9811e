-- Bookkeeping for the migration runner: each file in sql/migrations/ is applied once.
CREATE TABLE IF NOT EXISTS schema_migrations (
    name        VARCHAR PRIMARY KEY,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp::TIMESTAMP
);
