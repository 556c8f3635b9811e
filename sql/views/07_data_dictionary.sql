-- data_dictionary: every table and view column with its type and meaning. DuckDB 2.0's
-- DESCRIBE does not show comments: query this view (or duckdb_columns()) instead.
CREATE OR REPLACE VIEW data_dictionary AS
SELECT
    c.table_name AS object_name,
    CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS object_kind,
    coalesce(t.comment, v.comment) AS object_comment,
    (c.column_index)::INTEGER AS column_index,
    c.column_name,
    c.data_type,
    c.is_nullable,
    c.comment
FROM duckdb_columns() AS c
LEFT JOIN duckdb_tables() AS t
    ON t.database_name = c.database_name
    AND t.schema_name = c.schema_name
    AND t.table_name = c.table_name
LEFT JOIN duckdb_views() AS v
    ON v.database_name = c.database_name
    AND v.schema_name = c.schema_name
    AND v.view_name = c.table_name
WHERE c.database_name = current_database()
    AND c.schema_name = 'main'
    AND NOT c.internal;

COMMENT ON VIEW data_dictionary IS 'Every table and view column with its type and meaning (the comments). Use it where DESCRIBE, which does not show comments in DuckDB 2.0, falls short: SELECT column_name, data_type, comment FROM data_dictionary WHERE object_name = ''events''.';
COMMENT ON COLUMN data_dictionary.object_name IS 'Table or view name.';
COMMENT ON COLUMN data_dictionary.object_kind IS 'table or view.';
COMMENT ON COLUMN data_dictionary.object_comment IS 'What the table or view holds.';
COMMENT ON COLUMN data_dictionary.column_index IS 'Position of the column, from 1.';
COMMENT ON COLUMN data_dictionary.column_name IS 'Column name.';
COMMENT ON COLUMN data_dictionary.data_type IS 'DuckDB data type.';
COMMENT ON COLUMN data_dictionary.is_nullable IS 'Whether the column may hold NULL.';
COMMENT ON COLUMN data_dictionary.comment IS 'What the column means.';
