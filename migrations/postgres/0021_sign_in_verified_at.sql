-- When the person last proved with a passkey that they are at the keyboard in this sign-in (at
-- sign-in, then by "confirm it's me"): adding or removing a passkey needs it within 5 minutes.
-- NULL reads as the sign-in's start.
ALTER TABLE sign_ins ADD COLUMN verified_at BIGINT;
