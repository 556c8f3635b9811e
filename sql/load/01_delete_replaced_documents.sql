-- A document that comes back under the same external_id with new content replaces the old
-- version: its old facts go first. Facts of re-staged doc_ids are cleared too, so a re-run
-- never doubles rows.
CREATE OR REPLACE TEMP TABLE replaced_doc_ids AS
SELECT d.doc_id
FROM documents d
JOIN staged_documents s ON s.external_id = d.external_id OR s.doc_id = d.doc_id;

DELETE FROM casualties WHERE doc_id IN (SELECT doc_id FROM replaced_doc_ids);
DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM replaced_doc_ids);
DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM replaced_doc_ids);
