-- The same bad input seen again updates its reject row instead of adding another one.
INSERT OR REPLACE INTO rejects
SELECT md5(concat_ws('|', coalesce(source_path, ''), coalesce(external_id, ''),
                     coalesce(doc_id, ''), stage, reason, coalesce(detail, ''))) AS reject_id,
       doc_id, external_id, source_path, stage, reason, detail,
       current_timestamp::TIMESTAMP AS rejected_at
FROM (SELECT DISTINCT doc_id, external_id, source_path, stage, reason, detail FROM staged_rejects);
