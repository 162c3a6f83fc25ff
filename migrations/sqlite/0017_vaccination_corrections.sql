-- Corrections and withdrawals of published vaccinations, as for results (0016): sent again by
-- its publisher with other details, a vaccination is corrected in place (who and when kept by
-- name); sent `entered-in-error`, it is withdrawn and leaves the list, the schedule's advice
-- and the export.
ALTER TABLE vaccinations ADD COLUMN corrected_at INTEGER;
ALTER TABLE vaccinations ADD COLUMN corrected_by TEXT;
ALTER TABLE vaccinations ADD COLUMN withdrawn_at INTEGER;
ALTER TABLE vaccinations ADD COLUMN withdrawn_by TEXT;
