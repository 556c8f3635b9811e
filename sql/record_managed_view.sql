-- Remember a view created from sql/views/, so it can be dropped once its file is gone.
INSERT OR IGNORE INTO managed_views (name) VALUES (?);
