-- A minor may keep an item of their health profile from their legal representatives (the
-- confidentiality a minor may ask for, as for documents, see document_visibility): set by the
-- patient alone, on any item, declared or published. Representatives neither see it nor learn
-- it exists; the patient, professionals (by the usual rules) and caregivers still do.
ALTER TABLE profile_items ADD COLUMN hidden_from_representatives INTEGER NOT NULL DEFAULT 0
    CHECK (hidden_from_representatives IN (0, 1));
