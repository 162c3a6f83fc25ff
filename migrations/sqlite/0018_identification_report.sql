-- Publications that named no record (an unknown INS, a birth date that does not match) are
-- counted per publisher over the last hour to stop a prober, and listed in the operator's
-- report: a partial index over those refusals only keeps both from scanning the audit log.
CREATE INDEX audit_log_unknown_record ON audit_log(actor_id, at) WHERE reason = 'unknown-record';
