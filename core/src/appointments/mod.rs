//! Appointments (issue 6, in progress): professionals' weekly availability turned into concrete
//! slots, in the clinic's time zone and correct across daylight-saving changes. Booking, search,
//! reminders and the tables come next; see the note.

pub mod availability;
