//! `carnet demo`: demo accounts for trying Carnet, one per kind of person, and the demo
//! patient's record (see `demo_record`).

use carnet_core::accounts::{self, Account, DisplayName, Email, Role};
use carnet_core::appointments::agenda::{self, NewPlace};
use carnet_core::appointments::availability::{Visit, WeeklyRule};
use carnet_core::enrolment::{self, Purpose};
use carnet_core::policy::{Actor, ShareChange, WriteAction};
use carnet_core::record::{import, patients};
use carnet_core::sharing::{self, directory};
use serde::Serialize;

use super::demo_record;
use crate::services::Services;
use crate::settings::Settings;

/// (role shown, name, e-mail, roles held)
const DEMO_ACCOUNTS: [(&str, &str, &str, &[Role]); 5] = [
    ("patient", "Camille Martin", "camille.martin@example.org", &[Role::Patient]),
    ("professional", "Karim Benali", "karim.benali@example.org", &[Role::Professional]),
    ("staff", "Sophie Leroy", "sophie.leroy@example.org", &[Role::Staff]),
    // A second person at the desk: appointing a legal representative takes two.
    ("staff-colleague", "Nadia Haddad", "nadia.haddad@example.org", &[Role::Staff]),
    ("caregiver", "Jean Martin", "jean.martin@example.org", &[Role::Caregiver]),
];

#[derive(Serialize)]
struct DemoAccount {
    role: String,
    name: String,
    email: String,
    enrol_url: String,
}

pub async fn demo(settings: &Settings, json: bool) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    let mut printed = Vec::new();
    let (mut patient, mut professional, mut record) = (None, None, None);
    // Whether this run made the demo patient: her record is seeded then, and only then.
    let mut record_is_new = false;
    for (role, name, email, roles) in DEMO_ACCOUNTS {
        let (name, email) = (DisplayName::parse(name)?, Email::parse(email)?);
        let mut tx = services.db.begin().await?;
        let account = match accounts::find_by_email_in(&mut tx, &email).await? {
            Some(account) => {
                accounts::add_roles(&mut tx, &account.id, roles).await?;
                account
            }
            None => {
                record_is_new |= roles.contains(&Role::Patient);
                accounts::create(&mut tx, &name, &email, roles).await?
            }
        };
        if roles.contains(&Role::Professional) {
            directory::set_entry(&mut tx, &account.id, Some(demo_record::DEMO_RPPS), "general-practice", "Lyon")
                .await?;
        }
        if roles.contains(&Role::Patient) {
            let health_id = patients::HealthId::parse(demo_record::DEMO_HEALTH_ID)?;
            let birth = demo_record::DEMO_BIRTH_DATE.parse()?;
            record = Some(patients::link_account(&mut tx, &account, Some(&health_id), Some(birth)).await?);
        }
        let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, settings.enrolment_ttl_hours).await?;
        tx.commit().await?;
        if roles.contains(&Role::Patient) {
            patient = Some(account.clone());
        } else if roles.contains(&Role::Professional) {
            professional = Some(account.clone());
        }
        printed.push(DemoAccount {
            role: role.to_string(),
            name: account.display_name,
            email: account.email,
            enrol_url: enrolment::url(&settings.public_url, &token),
        });
    }
    // The patient's record, through the same import as any bundle, when she is new. Its dates are
    // counted back from today, so the same bundle made another day would correct every result
    // (a publisher sending its own ids again with other values): `carnet demo` run again for
    // fresh enrolment links leaves the record as it is.
    if record_is_new {
        let bytes = serde_json::to_vec(&demo_record::bundle(carnet_core::clock::now_ms()))?;
        let bundle = carnet_core::fhir::read_bundle(&bytes)?;
        let links = import::Links { public_url: &settings.public_url };
        // Seeding the demo is not a consultation: its notice need not wait for more.
        let db = services.db.clone().with_notice_hold(0);
        import::import(&db, &services.sealer, &links, &Actor::Operator, WriteAction::Import, &bundle).await?;
    }
    // The demo patient lets her GP read her record (so the professional's side has something
    // to show); she can block him on her Sharing page.
    if let (Some(patient), Some(professional), Some(record)) = (&patient, &professional, &record) {
        sharing::decide(&services.db, &Actor::person(patient), &professional.id, ShareChange::Authorize).await?;
        if record_is_new {
            demo_measurements(&services, patient, record, professional).await?;
            demo_renewal(&services, patient).await?;
            demo_conversation(&services, patient, professional).await?;
        }
    }
    if let Some(professional) = &professional {
        demo_agenda(&services, &professional.id).await?;
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&printed)?);
    } else {
        println!(
            "Demo accounts (each link creates that person's passkey; it works once and expires in {} h):\n",
            settings.enrolment_ttl_hours
        );
        for a in &printed {
            println!("  {:<13} {:<16} {}\n  {:<13} {}\n", a.role, a.name, a.email, "", a.enrol_url);
        }
    }
    Ok(())
}

/// Camille measures her blood pressure at home each week since her GP found it rising (the
/// last three months, still rising, most readings above the target he set: under 135/85 mmHg at
/// home, the French recommendation), and entered her height once, so that her BMI shows.
async fn demo_measurements(
    services: &Services,
    patient: &Account,
    record: &str,
    professional: &Account,
) -> anyhow::Result<()> {
    use carnet_core::record::measurements::{self, code, Entry, TargetForm};
    let db = &services.db;
    let as_patient = Actor::person(patient);
    let today = db.today();
    let at = |days_ago: i64| format!("{}T08:00", today - jiff::Span::new().days(days_ago));
    let height = at(300);
    measurements::record(db, &as_patient, &Entry { kind: "height", value: "165", diastolic: "", taken_at: &height })
        .await?;
    const HOME: [(&str, &str); 12] = [
        ("132", "84"),
        ("134", "83"),
        ("131", "85"),
        ("136", "86"),
        ("135", "84"),
        ("138", "87"),
        ("137", "88"),
        ("139", "86"),
        ("141", "89"),
        ("140", "88"),
        ("143", "90"),
        ("144", "92"),
    ];
    for (week, (systolic, diastolic)) in HOME.iter().enumerate() {
        let taken_at = at(7 * (HOME.len() - week) as i64);
        let entry = Entry { kind: "blood-pressure", value: systolic, diastolic, taken_at: &taken_at };
        measurements::record(db, &as_patient, &entry).await?;
    }
    let as_doctor = Actor::person(professional);
    for (code, high) in [(code::SYSTOLIC, "135"), (code::DIASTOLIC, "85")] {
        measurements::set_target(db, &as_doctor, record, &TargetForm { code, low: "", high }).await?;
    }
    Ok(())
}

/// Camille has asked her GP to renew her blood pressure treatment: a request waits in his space.
async fn demo_renewal(services: &Services, patient: &Account) -> anyhow::Result<()> {
    use carnet_core::access;
    use carnet_core::policy::{ReadAction, Subject};
    use carnet_core::record::{health_profile, renewals};
    let as_patient = Actor::person(patient);
    let mut access = access::open_read(&services.db, &as_patient, Subject::OwnRecord, ReadAction::Profile).await?;
    let summary = health_profile::summary(&mut access).await?;
    access.commit().await?;
    let treatment = summary.current_treatments.iter().find(|t| t.display.starts_with("Amlodipine"));
    if let Some(treatment) = treatment {
        let message = "Il me reste une semaine de comprimés.";
        renewals::request(&services.db, &as_patient, &treatment.id, message).await?;
    }
    Ok(())
}

/// Camille asked her GP about her blood count and he answered: a conversation she has not
/// read yet.
async fn demo_conversation(services: &Services, patient: &Account, professional: &Account) -> anyhow::Result<()> {
    use carnet_core::messaging::conversations::{self, To, Typed};
    let question = Typed {
        body: "Bonjour Docteur,\n\nMon dernier bilan montre une ferritine basse. Dois-je continuer le fer \
               après la fin de la boîte ?\n\nMerci,\nCamille Martin",
        file_name: "",
        file: &[],
    };
    let to = To::Professional(professional.id.clone());
    let subject = "Question sur mon bilan sanguin";
    let id = conversations::start_with(&services.db, &Actor::person(patient), &to, subject, &question).await?;
    let answer = Typed {
        body: "Bonjour Madame Martin,\n\nOui, continuez un mois de plus, puis nous referons un bilan. \
               Prenez rendez-vous pour une prise de sang à jeun dans cinq semaines.\n\nDr Benali",
        file_name: "",
        file: &[],
    };
    conversations::write(&services.db, &Actor::person(professional), &id, &answer).await?;
    Ok(())
}

/// The demo professional receives in Lyon on weekday mornings (20-minute slots) and holds video
/// visits on Wednesday afternoons (through a made-up teleconsultation room), so that booking can
/// be tried at once. Left alone once he has a place (a second `carnet demo` changes nothing).
async fn demo_agenda(services: &Services, professional: &str) -> anyhow::Result<()> {
    let professional =
        &Actor::Person { account_id: professional.to_string(), roles: vec![Role::Professional], acting_for: None };
    if !agenda::availability(&services.db, professional).await?.places.is_empty() {
        return Ok(());
    }
    let place = NewPlace::parse(
        "Cabinet Benali",
        "12 rue de la République",
        "69002",
        "Lyon",
        "04 78 00 00 00",
        "Europe/Paris",
    )?;
    let place_id = agenda::add_place(&services.db, professional, &place).await?;
    let languages = ["fr", "en", "ar"].map(String::from);
    let settings = agenda::BookingSettings {
        cutoff_hours: "24",
        languages: &languages,
        video_url: "https://visio.example.org/cabinet-benali",
    };
    agenda::set_booking_settings(&services.db, professional, &settings).await?;
    use jiff::civil::Weekday::*;
    for weekday in [Monday, Tuesday, Wednesday, Thursday, Friday] {
        let morning = WeeklyRule::parse(weekday, "09:00", "12:00", "20", Visit::InPerson)?;
        agenda::add_opening(&services.db, professional, &place_id, &morning).await?;
    }
    let video = WeeklyRule::parse(Wednesday, "14:00", "16:00", "30", Visit::Video)?;
    agenda::add_opening(&services.db, professional, &place_id, &video).await?;
    demo_visit_kind(services, professional).await
}

/// Dr Benali's "blood test, fasting": what to do before (in French and English), what to bring,
/// and a short form asked before the visit, whose allergies and treatments come prefilled from
/// the patient's health summary.
async fn demo_visit_kind(services: &Services, professional: &Actor) -> anyhow::Result<()> {
    use carnet_core::appointments::visit_kinds::{self, NewKindText, NewQuestion, NewQuestionText};
    let french = NewKindText::parse(
        "fr",
        "Prise de sang à jeun",
        "Venez à jeun depuis 12 heures : pas de repas ni de café ; l'eau est permise.\n\
         Prenez vos médicaments habituels, sauf avis contraire.",
        "Ordonnance du bilan\nCarte Vitale",
    )?;
    let id = visit_kinds::add(&services.db, professional, Visit::InPerson, false, &french).await?;
    let english = NewKindText::parse(
        "en",
        "Blood test, fasting",
        "Come fasting for 12 hours: no food or coffee; water is fine.\n\
         Take your usual medicines unless told otherwise.",
        "The test's prescription\nHealth insurance card",
    )?;
    visit_kinds::edit(&services.db, professional, &id, false, &english).await?;
    let questions = [
        ("boolean", true, "", "Êtes-vous à jeun depuis 12 heures ?", "Have you fasted for 12 hours?", ""),
        ("text", false, "treatments", "Traitements en cours", "Current treatments", ""),
        ("text", false, "allergies", "Allergies", "Allergies", ""),
        (
            "choice",
            false,
            "",
            "Avez-vous déjà fait un malaise lors d'une prise de sang ?",
            "Have you ever fainted during a blood test?",
            "Jamais\nUne fois\nPlusieurs fois",
        ),
    ];
    for (item_type, required, prefill, french, english, options) in questions {
        let new = NewQuestion::parse(item_type, required, prefill, "fr", french, options)?;
        let question = visit_kinds::add_question(&services.db, professional, &id, &new).await?;
        let english_options = if options.is_empty() { "" } else { "Never\nOnce\nSeveral times" };
        let words = NewQuestionText::parse("en", new.item_type, english, english_options)?;
        visit_kinds::word_question(&services.db, professional, &id, &question, &words).await?;
    }
    Ok(())
}
