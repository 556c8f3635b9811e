-- The views the runner created from sql/views/: a view whose file is removed or renamed is
-- dropped on the next load instead of lingering with stale SQL. Views users create
-- themselves are not listed here and are never touched.
CREATE TABLE managed_views (
    name        VARCHAR PRIMARY KEY,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp::TIMESTAMP
);
COMMENT ON TABLE managed_views IS 'Views created by Sitrep from sql/views/; one whose file is gone is dropped after the next load. Views you create yourself are left alone.';
COMMENT ON COLUMN managed_views.name IS 'Name of the view, e.g. event_casualties.';
COMMENT ON COLUMN managed_views.created_at IS 'When Sitrep first created the view.';
