-- Lookups that keep message pages flat in the size of an inbox (issue 20, see
-- docs/messages.md "Performance"). Keep in step with migrations/postgres/0035_message_lookups.sql.

-- Whether a professional has an appointment with a patient, asked per record by the policy
-- (its facts, and its rule for conversations written in SQL): found by the pair, not by walking
-- all of the professional's appointments.
CREATE INDEX appointments_pair ON appointments(patient_id, professional_id);

-- The header's count of unread messages walks only the conversations with something unread.
CREATE INDEX conversations_professional_unread ON conversations(professional_id) WHERE care_unread > 0;
CREATE INDEX conversations_practice_unread ON conversations(practice_id) WHERE care_unread > 0;
