SELECT 'documents' AS table_name, count(*) AS n FROM documents
UNION ALL SELECT 'events', count(*) FROM events
UNION ALL SELECT 'casualties', count(*) FROM casualties
UNION ALL SELECT 'actors', count(*) FROM actors
UNION ALL SELECT 'rejects', count(*) FROM rejects;
