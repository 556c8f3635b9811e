-- Question: which loaded documents produced no news event?
-- Either nothing was extracted or only background history (n_background_events), and
-- reject_reasons says whether any of their facts failed validation. Input refused before it
-- became a document is in the `rejects` table.
SELECT
    d.published_date,
    d.external_id,
    d.outlet,
    d.title,
    d.n_chars,
    (SELECT count(*) FROM events AS b WHERE b.doc_id = d.doc_id)::INTEGER AS n_background_events,
    (
        SELECT string_agg(DISTINCT r.reason, '; ' ORDER BY r.reason)
        FROM rejects AS r
        WHERE r.doc_id = d.doc_id
    ) AS reject_reasons,
    d.doc_id
FROM documents AS d
WHERE NOT EXISTS (SELECT 1 FROM events AS e WHERE e.doc_id = d.doc_id AND NOT e.is_background)
ORDER BY d.published_date NULLS LAST, d.external_id;
