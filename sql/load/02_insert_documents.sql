INSERT INTO documents
    (doc_id, external_id, source_path, published_date, title, outlet, url, text, n_chars,
     ingested_at)
SELECT doc_id, external_id, source_path, published_date, title, outlet, url, text, n_chars,
       current_timestamp::TIMESTAMP
FROM staged_documents;
