-- Question: where does each casualty figure come from?
-- The exact words and their offset, who claimed it, the document and outlet. News figures
-- only (figure_provenance itself also holds background ones), in document order.
SELECT
    outcome,
    count_best,
    qualifier,
    victim_actor,
    claimed_by,
    quote,
    quote_start,
    external_id,
    outlet,
    published_date
FROM figure_provenance
WHERE NOT is_background
ORDER BY published_date NULLS LAST, external_id, quote_start, casualty_id;
