-- Row triggers do not see TRUNCATE: a document's bytes must never shrink away either (the
-- foreign key from documents would refuse it too, but only while a document points at them).
CREATE TRIGGER blobs_no_truncate BEFORE TRUNCATE ON blobs
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_refuse_change();
