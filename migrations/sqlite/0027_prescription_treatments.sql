-- A prescription and the treatments it contains (issue 19): its publisher names them in the
-- DocumentReference's `context.related` (MedicationRequests of the same bundle, or published
-- before), or the professional lists them in the portal's prescription form. The treatment line
-- then says which prescription it comes from, and the prescription's page lists its treatments.
-- A link is kept for the document version it came with; a corrected prescription brings its own.
CREATE TABLE prescription_treatments (
    document_id TEXT NOT NULL REFERENCES documents(id),
    item_id     TEXT NOT NULL REFERENCES profile_items(id),
    PRIMARY KEY (document_id, item_id)
);
CREATE INDEX prescription_treatments_item ON prescription_treatments(item_id);
