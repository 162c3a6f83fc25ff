-- Appointment details (issue 16): what a patient needs to reach the practice or join a video
-- consultation, and what they said when cancelling. Keep in step with
-- migrations/postgres/0007_appointment_details.sql.

-- A place's postcode and telephone, shown with its address in pages, e-mails and the .ics.
-- Places added before this have neither (empty): new places must give both.
ALTER TABLE places ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE places ADD COLUMN phone TEXT NOT NULL DEFAULT '';

-- Where the professional holds video consultations: one https address (their virtual waiting
-- room), shown to the patient on the appointment's page shortly before it starts. Required to
-- open video slots.
ALTER TABLE professionals ADD COLUMN video_url TEXT;

-- What the patient said when cancelling (optional, plain text, at most 500 characters): for the
-- professional's agenda, never e-mailed.
ALTER TABLE appointments ADD COLUMN cancel_reason TEXT;
