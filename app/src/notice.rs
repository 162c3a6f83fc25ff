//! What a page says after an action went through: the action answers with a redirect to the
//! page and a [`Notice`] in its address (`?notice=<word>`, [`Notice::on`]), and the page shows
//! the one it knows ([`Notice::asked`], then a `match` of the page's own), in the person's
//! language. The words are the whole vocabulary: an address with any other word shows nothing,
//! and a page shows only the notices its `match` names.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Every notice an action may come back with, by the word in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    // Account.
    PasskeyRenamed,
    PasskeyRemoved,
    PasskeyAdded,
    Verified,
    LanguageChanged,
    // Sharing: the decision taken (its button's word), the default for new documents, a
    // document's visibility, a professional's access request.
    Authorize,
    Revoke,
    Block,
    Unblock,
    Approve,
    Refuse,
    Preference,
    Visibility,
    Requested,
    // Documents and publishing.
    Uploaded,
    AlreadyAdded,
    Published,
    // Caregivers.
    Invited,
    Accepted,
    Joined,
    Ended,
    // Appointments (a patient's pages and a professional's agenda).
    Booked,
    Moved,
    Cancelled,
    Waiting,
    LeftWaiting,
    Place,
    Opening,
    OpeningRemoved,
    Closure,
    Reopened,
    Settings,
    // The desk.
    Enrolled,
    RecoverySent,
    MinorCreated,
    MinorRepresentativesProposed,
    RepresentativeApproved,
    RepresentativeRefused,
    KioskOn,
    KioskOff,
    CodeSent,
    SessionEnded,
    OthersSignedOut,
    // The health profile.
    Declared,
    ProfileEdited,
    ProfileRemoved,
    Noted,
    Confirmed,
    ProfileVisibility,
    // Measurements.
    Measured,
    TargetSet,
    // Renewal requests.
    RenewalRequested,
    RenewalAnswered,
    // Messages.
    MessageSent,
    Archived,
    Unarchived,
    SavedToDocuments,
    MessageSettings,
    // Visits prepared before the day.
    VisitFormSent,
    VisitFormSigned,
    VisitKindAdded,
    VisitKindSaved,
    VisitKindRetired,
    QuestionAdded,
    QuestionSaved,
    QuestionRemoved,
}

impl Notice {
    /// Every notice, each once.
    pub const ALL: [Notice; 66] = [
        Notice::PasskeyRenamed,
        Notice::PasskeyRemoved,
        Notice::PasskeyAdded,
        Notice::Verified,
        Notice::LanguageChanged,
        Notice::Authorize,
        Notice::Revoke,
        Notice::Block,
        Notice::Unblock,
        Notice::Approve,
        Notice::Refuse,
        Notice::Preference,
        Notice::Visibility,
        Notice::Requested,
        Notice::Uploaded,
        Notice::AlreadyAdded,
        Notice::Published,
        Notice::Invited,
        Notice::Accepted,
        Notice::Joined,
        Notice::Ended,
        Notice::Booked,
        Notice::Moved,
        Notice::Cancelled,
        Notice::Waiting,
        Notice::LeftWaiting,
        Notice::Place,
        Notice::Opening,
        Notice::OpeningRemoved,
        Notice::Closure,
        Notice::Reopened,
        Notice::Settings,
        Notice::Enrolled,
        Notice::RecoverySent,
        Notice::MinorCreated,
        Notice::MinorRepresentativesProposed,
        Notice::RepresentativeApproved,
        Notice::RepresentativeRefused,
        Notice::KioskOn,
        Notice::KioskOff,
        Notice::CodeSent,
        Notice::SessionEnded,
        Notice::OthersSignedOut,
        Notice::Declared,
        Notice::ProfileEdited,
        Notice::ProfileRemoved,
        Notice::Noted,
        Notice::Confirmed,
        Notice::ProfileVisibility,
        Notice::Measured,
        Notice::TargetSet,
        Notice::RenewalRequested,
        Notice::RenewalAnswered,
        Notice::MessageSent,
        Notice::Archived,
        Notice::Unarchived,
        Notice::SavedToDocuments,
        Notice::MessageSettings,
        Notice::VisitFormSent,
        Notice::VisitFormSigned,
        Notice::VisitKindAdded,
        Notice::VisitKindSaved,
        Notice::VisitKindRetired,
        Notice::QuestionAdded,
        Notice::QuestionSaved,
        Notice::QuestionRemoved,
    ];

    /// The word in the address.
    pub fn word(self) -> &'static str {
        match self {
            Notice::PasskeyRenamed => "passkey-renamed",
            Notice::PasskeyRemoved => "passkey-removed",
            Notice::PasskeyAdded => "passkey-added",
            Notice::Verified => "verified",
            Notice::LanguageChanged => "language-changed",
            Notice::Authorize => "authorize",
            Notice::Revoke => "revoke",
            Notice::Block => "block",
            Notice::Unblock => "unblock",
            Notice::Approve => "approve",
            Notice::Refuse => "refuse",
            Notice::Preference => "preference",
            Notice::Visibility => "visibility",
            Notice::Requested => "requested",
            Notice::Uploaded => "uploaded",
            Notice::AlreadyAdded => "already-added",
            Notice::Published => "published",
            Notice::Invited => "invited",
            Notice::Accepted => "accepted",
            Notice::Joined => "joined",
            Notice::Ended => "ended",
            Notice::Booked => "booked",
            Notice::Moved => "moved",
            Notice::Cancelled => "cancelled",
            Notice::Waiting => "waiting",
            Notice::LeftWaiting => "left-waiting",
            Notice::Place => "place",
            Notice::Opening => "opening",
            Notice::OpeningRemoved => "opening-removed",
            Notice::Closure => "closure",
            Notice::Reopened => "reopened",
            Notice::Settings => "settings",
            Notice::Enrolled => "enrolled",
            Notice::RecoverySent => "recovery-sent",
            Notice::MinorCreated => "minor-created",
            Notice::MinorRepresentativesProposed => "representatives-proposed",
            Notice::RepresentativeApproved => "representative-approved",
            Notice::RepresentativeRefused => "representative-refused",
            Notice::KioskOn => "kiosk-on",
            Notice::KioskOff => "kiosk-off",
            Notice::CodeSent => "code-sent",
            Notice::SessionEnded => "session-ended",
            Notice::OthersSignedOut => "others-signed-out",
            Notice::Declared => "declared",
            Notice::ProfileEdited => "profile-edited",
            Notice::ProfileRemoved => "profile-removed",
            Notice::Noted => "noted",
            Notice::Confirmed => "confirmed",
            Notice::ProfileVisibility => "profile-visibility",
            Notice::Measured => "measured",
            Notice::TargetSet => "target-set",
            Notice::RenewalRequested => "renewal-requested",
            Notice::RenewalAnswered => "renewal-answered",
            Notice::MessageSent => "message-sent",
            Notice::Archived => "archived",
            Notice::Unarchived => "unarchived",
            Notice::SavedToDocuments => "saved-to-documents",
            Notice::MessageSettings => "message-settings",
            Notice::VisitFormSent => "form-sent",
            Notice::VisitFormSigned => "form-signed",
            Notice::VisitKindAdded => "visit-kind-added",
            Notice::VisitKindSaved => "visit-kind-saved",
            Notice::VisitKindRetired => "visit-kind-retired",
            Notice::QuestionAdded => "question-added",
            Notice::QuestionSaved => "question-saved",
            Notice::QuestionRemoved => "question-removed",
        }
    }

    /// The notice a word names, if any.
    pub fn from_word(word: &str) -> Option<Notice> {
        Notice::ALL.into_iter().find(|notice| notice.word() == word)
    }

    /// `page` (a path, perhaps with a `#fragment`) with this notice in its address.
    pub fn on(self, page: &str) -> String {
        let (path, fragment) = page.split_once('#').map_or((page, None), |(p, f)| (p, Some(f)));
        let joiner = if path.contains('?') { '&' } else { '?' };
        match fragment {
            Some(fragment) => format!("{path}{joiner}notice={}#{fragment}", self.word()),
            None => format!("{path}{joiner}notice={}", self.word()),
        }
    }

    /// The notice in the address of the page being rendered, if it names one.
    pub fn asked() -> Option<Notice> {
        use_query_map().with_untracked(|q| q.get("notice")).and_then(|word| Notice::from_word(&word))
    }
}

/// A notice's paragraph: a success, announced politely to screen readers.
pub fn notice_view(text: String) -> impl IntoView {
    view! { <p class="notice success" role="status">{text}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_has_its_own_word_and_comes_back_from_it() {
        for notice in Notice::ALL {
            assert_eq!(Notice::from_word(notice.word()), Some(notice), "{notice:?}");
        }
        let mut words: Vec<&str> = Notice::ALL.iter().map(|n| n.word()).collect();
        words.sort();
        words.dedup();
        assert_eq!(words.len(), Notice::ALL.len(), "two notices share a word");
        assert_eq!(Notice::from_word("error-internal"), None);
        assert_eq!(Notice::from_word(""), None);
    }

    #[test]
    fn the_notice_goes_before_the_fragment() {
        assert_eq!(Notice::Booked.on("/appointments/a1"), "/appointments/a1?notice=booked");
        assert_eq!(
            Notice::Visibility.on("/documents/d1#visibility-title"),
            "/documents/d1?notice=visibility#visibility-title"
        );
        assert_eq!(Notice::Waiting.on("/book/p1?x=1"), "/book/p1?x=1&notice=waiting");
    }
}
