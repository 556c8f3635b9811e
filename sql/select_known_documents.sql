SELECT doc_id, external_id FROM documents;
