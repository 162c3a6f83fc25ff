//! Why a person's request was refused in a way they can act on: a field to correct, a choice
//! to make again, a rule to know about. Each problem has one Fluent message (its id is the
//! variant's, never built from text), checked in every language by `i18n`'s tests over
//! [`Problem::ALL`]. Core functions refuse with [`crate::Error::Invalid`] or
//! [`crate::Error::Conflict`] and a problem; the web edge shows its message beside the form.

/// Declares the problems with their message ids, and [`Problem::ALL`].
macro_rules! problems {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        /// A refusal the person can act on (see the module's doc).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Problem {
            $($(#[$doc])* $name,)*
        }

        impl Problem {
            /// Every problem, for tests that check each has a message.
            pub const ALL: &'static [Problem] = &[$(Problem::$name,)*];

            /// The Fluent id of the message explaining it.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $(Problem::$name => $id,)*
                }
            }
        }
    };
}

problems! {
    /// "Please write your message (at most 5,000 characters, plain text)."
    MessageBody = "error-message-body",
    /// "Please give a subject (one line, at most 120 characters, no markup)."
    MessageSubject = "error-message-subject",
    /// "You can write only to a professional you authorized or have an appointment with."
    MessageNotTheirProfessional = "error-message-not-their-professional",
    /// "This professional does not take messages started by patients."
    MessageNotAccepting = "error-message-not-accepting",
    /// "The absence reply is at most 1,000 characters of plain text."
    MessageAbsenceReply = "error-message-absence-reply",
    /// "A practice's name is one line of at most 200 characters."
    PracticeName = "error-practice-name",
    /// "This appointment is already cancelled or moved."
    AppointmentCancelled = "error-appointment-cancelled",
    /// "This appointment is too close to cancel or move online. Please call the practice."
    AppointmentCutoff = "error-appointment-cutoff",
    /// "This appointment is in the past."
    AppointmentPast = "error-appointment-past",
    /// "The reason contains invisible characters. Please type it again."
    AppointmentReasonInvalid = "error-appointment-reason-invalid",
    /// "The reason is at most 500 characters. Please shorten it."
    AppointmentReasonLong = "error-appointment-reason-long",
    /// "The reason cannot contain tags such as <b> or </p>. Please write plain text."
    AppointmentReasonMarkup = "error-appointment-reason-markup",
    /// "The appointment is already at that time. Choose another slot."
    AppointmentSameSlot = "error-appointment-same-slot",
    /// "This slot has already passed. Choose another one."
    AppointmentSlotPast = "error-appointment-slot-past",
    /// "This slot is not in this agenda. Choose one from the list."
    AppointmentSlotUnknown = "error-appointment-slot-unknown",
    /// "This slot was just taken or is no longer offered. Choose another one."
    AppointmentTaken = "error-appointment-taken",
    /// "You already have 3 upcoming appointments with this professional. Cancel one to book another."
    AppointmentTooMany = "error-appointment-too-many",
    /// "These hours overlap another opening on the same day. Change the hours or remove the other opening."
    AvailabilityOverlap = "error-availability-overlap",
    /// "A slot lasts from 5 to 240 minutes."
    AvailabilitySlotLength = "error-availability-slot-length",
    /// "Give the times as hours and minutes, for example 09:00."
    AvailabilityTime = "error-availability-time",
    /// "The opening must end after its start, with room for at least one slot."
    AvailabilityTooShort = "error-availability-too-short",
    /// "Choose the kind of visit: in person or video."
    AvailabilityVisit = "error-availability-visit",
    /// "Choose a day of the week."
    AvailabilityWeekday = "error-availability-weekday",
    /// "The request is invalid."
    BadRequest = "error-bad-request",
    /// "The birth date is not valid."
    BirthDateInvalid = "error-birth-date-invalid",
    /// "The city must be one line of at most 100 characters."
    CityInvalid = "error-city-invalid",
    /// "A closure cannot start before today."
    ClosurePast = "error-closure-past",
    /// "The end must follow the start, within 92 days."
    ClosureRange = "error-closure-range",
    /// "The cancellation notice is a number of hours from 0 to 168."
    CutoffInvalid = "error-cutoff-invalid",
    /// "One of the dates is not valid: use the format dd/mm/yyyy."
    DateInvalid = "error-date-invalid",
    /// "An invitation is already waiting for this address."
    DelegationAlreadyInvited = "error-delegation-already-invited",
    /// "The last day cannot be in the past."
    DelegationEndPast = "error-delegation-end-past",
    /// "You can already act for this person."
    DelegationExists = "error-delegation-exists",
    /// "Choose at least one thing they may do."
    DelegationNoScope = "error-delegation-no-scope",
    /// "This is your own address: invite someone else."
    DelegationOwnAddress = "error-delegation-own-address",
    /// "You cannot act for yourself: this invitation comes from your own account."
    DelegationOwnRecord = "error-delegation-own-record",
    /// "This invitation was sent to another address: only the person invited can accept it."
    DelegationOtherAddress = "error-delegation-other-address",
    /// "This person is already a legal representative of this minor, or waiting to be."
    DeskAlreadyRepresentative = "error-desk-already-representative",
    /// "{ $attempts } wrong codes: send a new one."
    DeskCodeAttempts = "error-desk-code-attempts",
    /// "There is no valid code: send a new one."
    DeskCodeExpired = "error-desk-code-expired",
    /// "No more codes can be sent for this session: start a new one."
    DeskCodeLimit = "error-desk-code-limit",
    /// "This code is not right."
    DeskCodeWrong = "error-desk-code-wrong",
    /// "Choose the document that proves the link between the representative and the minor."
    DeskEvidenceMissing = "error-desk-evidence-missing",
    /// "This INS is already a record's, and the identity typed does not match it."
    DeskIdentityMismatch = "error-desk-identity-mismatch",
    /// "This INS is a minor's record: it is kept by their legal representatives."
    DeskMinorRecord = "error-desk-minor-record",
    /// "No patient account matches this INS and birth date."
    DeskNoAccount = "error-desk-no-account",
    /// "This person is not a minor."
    DeskNotMinor = "error-desk-not-minor",
    /// "Give one or two legal representatives."
    DeskRepresentativeMissing = "error-desk-representative-missing",
    /// "The two representatives need different e-mail addresses."
    DeskRepresentativesSame = "error-desk-representatives-same",
    /// "Another person of the desk must approve: you filed this appointment yourself."
    DeskSecondPersonNeeded = "error-desk-second-person-needed",
    /// "This address is someone's who works at the desk or runs Carnet."
    DeskStaffAccount = "error-desk-staff-account",
    /// "This e-mail address is not valid."
    EmailInvalid = "error-email-invalid",
    /// "An account already exists with this e-mail address."
    EmailTaken = "error-email-taken",
    /// "The reason must be one line of at most 500 characters."
    EmergencyReasonInvalid = "error-emergency-reason-invalid",
    /// "Give the reason for the emergency access."
    EmergencyReasonMissing = "error-emergency-reason-missing",
    /// "No record you may open matches this INS and birth date."
    EmergencyRefused = "error-emergency-refused",
    /// "This form is no longer valid. Reload the page and try again."
    FormExpired = "error-form-expired",
    /// "This INS is not valid: it has 15 characters and its key must match."
    HealthIdInvalid = "error-health-id-invalid",
    /// "This INS already belongs to another record."
    HealthIdTaken = "error-health-id-taken",
    /// "An imaging study this report names (imagingStudy) is not in this record."
    ImagingUnknown = "error-imaging-unknown",
    /// "This patient's INS is not the one of the record with the same identifier: nothing was merged."
    ImportConflictIns = "error-import-conflict-ins",
    /// "This patient's birth date is not the one of the record with the same identifier: nothing was merged."
    ImportConflictBirthDate = "error-import-conflict-birth-date",
    /// "This patient's family name is not the one of the record with the same identifier: nothing was merged."
    ImportConflictFamilyName = "error-import-conflict-family-name",
    /// "Tick at least one language."
    LanguagesNone = "error-languages-none",
    /// "The name must be 1 to 100 characters long."
    NameInvalid = "error-name-invalid",
    /// "You cannot remove your last passkey: add another one first."
    LastPasskey = "error-last-passkey",
    /// "A passkey name must be 1 to 64 characters long."
    PasskeyNameInvalid = "error-passkey-name-invalid",
    /// "Give the address (at most 200 characters, on one line)."
    PlaceAddress = "error-place-address",
    /// "Give the city (at most 80 characters)."
    PlaceCity = "error-place-city",
    /// "Give the place a name (at most 80 characters, on one line)."
    PlaceName = "error-place-name",
    /// "Give the practice's telephone: 10 digits (04 78 00 00 00) or an international number (+33 4 78 00 00 00)."
    PlacePhone = "error-place-phone",
    /// "A postcode has 5 digits."
    PlacePostcode = "error-place-postcode",
    /// "This place does not exist any more. Choose one from the list."
    PlaceUnknown = "error-place-unknown",
    /// "Choose a time zone from the list."
    PlaceZone = "error-place-zone",
    /// "A treatment this prescription names (context.related) is not in this record."
    PrescribedUnknown = "error-prescribed-unknown",
    /// "A duration is a number of days, from 1 to 365."
    PrescriptionDays = "error-prescription-days",
    /// "Write at least one treatment: the medication, how to take it."
    PrescriptionEmpty = "error-prescription-empty",
    /// "Say what it is (200 characters at most, on one line)."
    ProfileName = "error-profile-name",
    /// "The details are 500 characters at most, on one line."
    ProfileDetail = "error-profile-detail",
    /// "Advance directives are 4,000 characters at most."
    ProfileText = "error-profile-text",
    /// "Choose a blood group from the list."
    ProfileBloodGroup = "error-profile-blood-group",
    /// "Name the place on one line (200 characters at most)."
    PublishPlace = "error-publish-place",
    /// "Choose your position on organ donation."
    ProfileOrganDonation = "error-profile-organ-donation",
    /// "Say which organs or tissues you refuse to give."
    ProfileOrgansRefused = "error-profile-organs-refused",
    /// "A date cannot be in the future."
    ProfileDateFuture = "error-profile-date-future",
    /// "The end date comes before the start date."
    ProfileDatesOrder = "error-profile-dates-order",
    /// "The note is 500 characters at most, on one line."
    ProfileNote = "error-profile-note",
    /// "Type a value that is possible, in the unit shown (see the hint under the field)."
    MeasureValue = "error-measure-value",
    /// "The systolic pressure (the first number) must be higher than the diastolic."
    MeasurePressureOrder = "error-measure-pressure-order",
    /// "The date and time are not valid (they cannot be in the future)."
    MeasureMoment = "error-measure-moment",
    /// "A bound is not a possible value, or the low bound is above the high one."
    MeasureTarget = "error-measure-target",
    /// "The prescriber of this treatment does not use Carnet: ask for it at your next visit."
    RenewalNoPrescriber = "error-renewal-no-prescriber",
    /// "Your prescriber cannot read your record: authorize them on the Sharing page first."
    RenewalNotReadable = "error-renewal-not-readable",
    /// "A request for this treatment is already waiting for an answer."
    RenewalPending = "error-renewal-pending",
    /// "The message is 500 characters at most, on one line."
    RenewalMessage = "error-renewal-message",
    /// "The date is not valid (it cannot be in the future)."
    PublishDateInvalid = "error-publish-date-invalid",
    /// "The dose number must be a number from 1 to 20."
    PublishDoseInvalid = "error-publish-dose-invalid",
    /// "The patient must be named by INS and birth date."
    PublishIdentity = "error-publish-identity",
    /// "Too many publications named no record this hour. Check your patients' INS and birth dates, then try again later."
    PublishIdentifyLimit = "error-publish-identify-limit",
    /// "A publisher writes only as itself: an author cannot be a Carnet account."
    PublishAuthorClaimed = "error-publish-author-claimed",
    /// "The lot number must be 40 characters at most, on one line."
    PublishLotInvalid = "error-publish-lot-invalid",
    /// "This record has no INS or no birth date: nothing can be published into it from the portal."
    PublishNoIns = "error-publish-no-ins",
    /// "No record matches this INS and birth date. Check them; the patient can be enrolled at the reception desk."
    PublishNoRecord = "error-publish-no-record",
    /// "Fill in at least one test and its result."
    PublishNoResults = "error-publish-no-results",
    /// "The document must be a PDF file (its content was checked)."
    PublishNotPdf = "error-publish-not-pdf",
    /// "A reference bound is not a number, or the low bound is above the high one."
    PublishRangeInvalid = "error-publish-range-invalid",
    /// "Choose the test from the list."
    PublishTestUnknown = "error-publish-test-unknown",
    /// "Choose the vaccine from the list."
    PublishVaccineUnknown = "error-publish-vaccine-unknown",
    /// "A result is not a number (for example 1.18)."
    PublishValueInvalid = "error-publish-value-invalid",
    /// "The document this one corrects (relatesTo replaces) is not in this record."
    ReplacesUnknown = "error-replaces-unknown",
    /// "This role does not exist."
    RoleInvalid = "error-role-invalid",
    /// "An RPPS number has 11 digits."
    RppsInvalid = "error-rpps-invalid",
    /// "Another professional has this RPPS number."
    RppsTaken = "error-rpps-taken",
    /// "The city must fit on one line of at most 80 characters."
    SearchCity = "error-search-city",
    /// "Choose a language from the list."
    SearchLanguage = "error-search-language",
    /// "Choose a specialty from the list."
    SearchSpecialty = "error-search-specialty",
    /// "This request is no longer pending."
    SharingNoRequest = "error-sharing-no-request",
    /// "You cannot authorize yourself on a record you act for."
    SharingSelf = "error-sharing-self",
    /// "This professional is not in the directory."
    SharingUnknownProfessional = "error-sharing-unknown-professional",
    /// "This specialty is unknown."
    SpecialtyUnknown = "error-specialty-unknown",
    /// "This document is already in your record."
    UploadDuplicate = "error-upload-duplicate",
    /// "The files added to this record already take all the space allowed. Ask the reception desk if you need more."
    UploadQuota = "error-upload-quota",
    /// "Choose a file."
    UploadMissing = "error-upload-missing",
    /// "Give the document a title (200 characters at most, on one line)."
    UploadTitle = "error-upload-title",
    /// "This file is larger than 10 MB."
    UploadTooLarge = "error-upload-too-large",
    /// "This file is not a PDF, a JPEG or a PNG image (its content was checked, not just its name)."
    UploadType = "error-upload-type",
    /// "For your safety, first confirm it's you with your passkey (\"Confirm it's me\"), then try again."
    VerifyFirst = "error-verify-first",
    /// "The video consultation link must be a full https address (https://…), without spaces or a user name, of 500 characters at most."
    VideoUrl = "error-video-url",
    /// "First give your video consultation link in the booking settings: every video consultation must have a way to join."
    VideoUrlNeeded = "error-video-url-needed",
    /// "Choose one of the languages Carnet is in."
    VisitKindLanguage = "error-visit-kind-language",
    /// "Give the kind of visit a name: one line, at most 80 characters, no markup."
    VisitKindName = "error-visit-kind-name",
    /// "The instructions are plain text of at most 2,000 characters."
    VisitKindInstructions = "error-visit-kind-instructions",
    /// "The documents to bring are plain text of at most 1,000 characters."
    VisitKindBring = "error-visit-kind-bring",
    /// "You offer 20 kinds of visit already: remove one first."
    VisitKindTooMany = "error-visit-kind-too-many",
    /// "This kind of visit is no longer offered: choose another."
    VisitKindUnknown = "error-visit-kind-unknown",
    /// "This time is for the other way of consulting (in person or by video): choose a time shown for this kind of visit."
    VisitKindWrongSlot = "error-visit-kind-wrong-slot",
    /// "Write the question: one line, at most 200 characters, no markup."
    VisitQuestionLabel = "error-visit-question-label",
    /// "A choice needs 2 to 12 different options, one per line, each at most 80 characters."
    VisitQuestionOptions = "error-visit-question-options",
    /// "Give as many options as in the other languages, in the same order."
    VisitQuestionOptionsCount = "error-visit-question-options-count",
    /// "Choose what kind of answer the question expects."
    VisitQuestionType = "error-visit-question-type",
    /// "Only a text answer can be filled from the health summary."
    VisitQuestionPrefill = "error-visit-question-prefill",
    /// "A form has at most 20 questions."
    VisitQuestionTooMany = "error-visit-question-too-many",
    /// "Some answers need correcting: see the questions marked below."
    VisitFormAnswers = "error-visit-form-answers",
    /// "This form is signed: it can no longer change."
    VisitFormSigned = "error-visit-form-signed",
    /// "There is nothing to sign here: the form is not answered, already signed, or the appointment has passed."
    VisitFormNotToSign = "error-visit-form-not-to-sign",
    /// "The answers changed while you were signing: read them again, then sign."
    VisitFormChanged = "error-visit-form-changed",
    /// "This question needs an answer."
    VisitAnswerRequired = "error-visit-answer-required",
    /// "Write plain text of at most 2,000 characters."
    VisitAnswerText = "error-visit-answer-text",
    /// "Choose one of the answers offered."
    VisitAnswerChoice = "error-visit-answer-choice",
    /// "Give a date, for example 12/03/2026."
    VisitAnswerDate = "error-visit-answer-date",
    /// "Give a number, for example 72 or 72.5."
    VisitAnswerNumber = "error-visit-answer-number",
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id())
    }
}

#[cfg(test)]
mod tests {
    use super::Problem;

    #[test]
    fn message_ids_are_distinct_and_named_as_errors() {
        let mut ids: Vec<&str> = Problem::ALL.iter().map(|p| p.message_id()).collect();
        assert!(ids.iter().all(|id| id.starts_with("error-")));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Problem::ALL.len());
    }
}
