-- figure_provenance: where every casualty figure comes from: the document and outlet, the
-- sentence of its event and the exact quote with its offsets. Background figures are kept
-- and flagged (is_background).
CREATE OR REPLACE VIEW figure_provenance AS
SELECT
    c.casualty_id,
    c.event_id,
    c.doc_id,
    c.outcome,
    c.count_low,
    c.count_best,
    c.count_high,
    c.qualifier,
    c.victim,
    c.victim_actor,
    c.claimed_by,
    c.quote,
    c.char_start AS quote_start,
    c.char_end AS quote_end,
    e.sentence,
    e.char_start AS sentence_start,
    e.char_end AS sentence_end,
    e.is_background,
    e.date_start,
    e.country,
    e.event_type,
    d.external_id,
    d.title,
    d.outlet,
    d.url,
    d.published_date,
    d.source_path
FROM casualties AS c
LEFT JOIN events AS e ON e.event_id = c.event_id
LEFT JOIN documents AS d ON d.doc_id = c.doc_id;

COMMENT ON VIEW figure_provenance IS 'Every casualty figure with its provenance: document, outlet, the event''s sentence and the exact quote with character offsets into documents.text.';
COMMENT ON COLUMN figure_provenance.casualty_id IS 'The figure (→ casualties.casualty_id).';
COMMENT ON COLUMN figure_provenance.event_id IS 'Its event (→ events.event_id).';
COMMENT ON COLUMN figure_provenance.doc_id IS 'Its document (→ documents.doc_id).';
COMMENT ON COLUMN figure_provenance.outcome IS 'killed, wounded, captured or missing.';
COMMENT ON COLUMN figure_provenance.count_low IS 'Lowest number the wording allows.';
COMMENT ON COLUMN figure_provenance.count_best IS 'Best single estimate.';
COMMENT ON COLUMN figure_provenance.count_high IS 'Highest number the wording allows; NULL when open-ended.';
COMMENT ON COLUMN figure_provenance.qualifier IS 'exact, at_least, more_than, approximately, up_to, range or vague.';
COMMENT ON COLUMN figure_provenance.victim IS 'The victims as the text names them.';
COMMENT ON COLUMN figure_provenance.victim_actor IS 'The victims'' side in ACLED naming, when resolved.';
COMMENT ON COLUMN figure_provenance.claimed_by IS 'Party that gave the figure; NULL for the outlet''s own voice.';
COMMENT ON COLUMN figure_provenance.quote IS 'The exact words of the figure.';
COMMENT ON COLUMN figure_provenance.quote_start IS 'Offset of the quote in documents.text (0-based).';
COMMENT ON COLUMN figure_provenance.quote_end IS 'Offset just after the quote in documents.text.';
COMMENT ON COLUMN figure_provenance.sentence IS 'The sentence reporting the figure''s event.';
COMMENT ON COLUMN figure_provenance.sentence_start IS 'Offset of the sentence in documents.text (0-based).';
COMMENT ON COLUMN figure_provenance.sentence_end IS 'Offset just after the sentence in documents.text.';
COMMENT ON COLUMN figure_provenance.is_background IS 'TRUE when the figure belongs to background history rather than news.';
COMMENT ON COLUMN figure_provenance.date_start IS 'First possible day of the event.';
COMMENT ON COLUMN figure_provenance.country IS 'Country of the event.';
COMMENT ON COLUMN figure_provenance.event_type IS 'ACLED event type of the event.';
COMMENT ON COLUMN figure_provenance.external_id IS 'Feed id or file name of the document.';
COMMENT ON COLUMN figure_provenance.title IS 'Headline of the document.';
COMMENT ON COLUMN figure_provenance.outlet IS 'Outlet that published the document.';
COMMENT ON COLUMN figure_provenance.url IS 'Link to the original article.';
COMMENT ON COLUMN figure_provenance.published_date IS 'Publication date of the document.';
COMMENT ON COLUMN figure_provenance.source_path IS 'File the document was read from.';
