-- Targets that arrive in a bundle (issue 19): a FHIR Goal on a measurement, sent by a publisher
-- or moved from another Carnet's export, is a target of the record like one a professional set
-- in the portal; it names who set it in words (`set_by_name`) rather than an account of this
-- Carnet (`set_by`, now optional: one of the two is required).
-- Keep in step with migrations/sqlite/0032_targets_from_publishers.sql.
ALTER TABLE measurement_targets ALTER COLUMN set_by DROP NOT NULL;
ALTER TABLE measurement_targets ADD COLUMN set_by_name TEXT;
ALTER TABLE measurement_targets ADD CONSTRAINT measurement_targets_set_by_known
    CHECK (set_by IS NOT NULL OR set_by_name IS NOT NULL);
