-- Who added a document through the portal (a patient's upload, or one by someone acting for
-- them): Home's "new since your last visit" leaves out what the person themselves added.
-- NULL for published documents (their author is an organisation or a professional).
ALTER TABLE documents ADD COLUMN added_by TEXT REFERENCES accounts(id);
