//! Measurements: the patient's side enters readings (impossible ones refused, nothing stored),
//! professionals who may read the record set targets and readings outside them are flagged,
//! devices publish through the API and are marked so; each through the policy, refused alike
//! to strangers, to professionals without consent and to caregivers without the scope.

use reqwest::StatusCode;
use serde_json::json;

use crate::corrections::{publish, token};
use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id, professional, DEMO_BIRTH, DEMO_INS};

crate::on_both_databases!(
    patients_enter_readings_and_professionals_set_targets,
    caregivers_need_the_measurements_scope_and_devices_are_marked,
);

/// Readings entered in the portal, for the record.
async fn entered(server: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM results WHERE origin = 'patient'").fetch_one(&server.db).await.unwrap()
}

/// The `<main>` of a page.
fn main_of(page: &str) -> &str {
    page.split("<main").nth(1).and_then(|m| m.split("</main>").next()).unwrap_or_default()
}

/// The part of a measurement's page about one test (its section).
fn section<'a>(page: &'a str, code: &str) -> &'a str {
    let rest = page.split(&format!("id=\"track-{code}\"")).nth(1).unwrap_or_else(|| panic!("no section {code}"));
    rest.split("</section>").next().unwrap()
}

async fn patients_enter_readings_and_professionals_set_targets(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let camille = account_id(&server, "camille.martin@example.org").await;
    let read = |fields: Vec<(&'static str, &'static str)>, kind: &'static str| {
        let patient = &patient;
        async move { landed(patient.post_form(&format!("/measurements/{kind}"), &fields).await).await }
    };
    // The demo: her weekly home readings and her GP's target are there already.
    let (status, page) = patient.page("/measurements").await;
    assert_eq!(status, StatusCode::OK);
    let page = main_of(&page);
    assert!(page.contains("<h1>Mes mesures</h1>") && page.contains("Tension artérielle"), "{page}");
    assert!(page.contains("Votre objectif, fixé par Karim Benali") && page.contains("&lt; 135/85 mmHg"), "{page}");
    assert!(page.contains("Indice de masse corporelle (IMC) : 25"), "weight and height give the BMI: {page}");
    let before = entered(&server).await;

    // Impossible readings, a bad moment: the problem, nothing stored, what was typed kept.
    let future = format!("{}T08:00", jiff::Zoned::now().date().tomorrow().unwrap());
    let future: &'static str = Box::leak(future.into_boxed_str());
    for (fields, kind, problem) in [
        (vec![("value", "0")], "weight", Problem::MeasureValue),
        (vec![("value", "900")], "weight", Problem::MeasureValue),
        (vec![("value", "soixante")], "weight", Problem::MeasureValue),
        (vec![("value", "<b>70</b>")], "weight", Problem::MeasureValue),
        (vec![("value", "80"), ("diastolic", "120")], "blood-pressure", Problem::MeasurePressureOrder),
        (vec![("value", "130")], "blood-pressure", Problem::MeasureValue),
        (vec![("value", "3,5")], "pain", Problem::MeasureValue),
        (vec![("value", "70"), ("taken_at", future)], "weight", Problem::MeasureMoment),
    ] {
        assert_eq!(read(fields.clone(), kind).await, sent_back_with(problem), "{fields:?}");
    }
    let back = patient.post_form("/measurements/blood-pressure", &[("value", "80"), ("diastolic", "120")]).await;
    assert_eq!(back.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let back = back.text().await.unwrap();
    assert!(back.contains("value=\"80\"") && back.contains("value=\"120\""), "kept as typed");
    assert!(back.contains("La systolique (le premier chiffre) doit être plus haute que la diastolique."));
    assert_eq!(entered(&server).await, before, "nothing stored");
    let unknown = patient.post_form("/measurements/cholesterol", &[("value", "2")]).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND, "no such measurement");

    // Entered: on the measurement's page, said to be hers, judged against her GP's target.
    assert_eq!(read(vec![("value", "68,5")], "weight").await, "/measurements/weight?notice=measured");
    assert_eq!(
        read(vec![("value", "150"), ("diastolic", "95")], "blood-pressure").await,
        "/measurements/blood-pressure?notice=measured"
    );
    assert_eq!(entered(&server).await, before + 3, "a weight, and a blood pressure's two values");
    let by: Vec<String> = sqlx::query_scalar("SELECT DISTINCT entered_by FROM results WHERE origin = 'patient'")
        .fetch_all(&server.db)
        .await
        .unwrap();
    assert_eq!(by, [camille]);
    let (_, weight) = patient.page("/measurements/weight").await;
    assert!(weight.contains("68,5 kg") && weight.contains("Saisie par vous"), "{weight}");
    let (_, pressure) = patient.page("/measurements/blood-pressure").await;
    let systolic = section(&pressure, "8480-6");
    assert!(systolic.contains("Votre objectif") && systolic.contains("135 mmHg"), "{systolic}");
    assert!(systolic.contains("class=\"trend\""), "a chart of the weekly readings");
    // One table, a blood pressure's two values on one line, judged against the target (135/85).
    let table = pressure.split("<table").nth(1).expect("the readings");
    assert!(table.contains("150/95 mmHg") && table.contains("Élevé"), "{table}");
    assert!(table.contains("Objectif") && table.contains("Saisie par vous"), "{table}");
    assert!(table.contains("Par Dr Karim Benali"), "his office readings in the same table: {table}");
    let (_, overview) = patient.page("/measurements").await;
    assert!(main_of(&overview).contains("150/95 mmHg"), "{overview}");

    // A professional without consent: not found, alike for a record that does not exist.
    let (stranger, _) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    let nobody = "00000000-0000-0000-0000-000000000000";
    for pid in [record.as_str(), nobody] {
        assert_eq!(stranger.get(&format!("/patients/{pid}/measurements")).await.status(), StatusCode::NOT_FOUND);
        let set = stranger
            .post_form(&format!("/patients/{pid}/measurements/targets/8480-6"), &[("low", ""), ("high", "160")])
            .await;
        assert_eq!(set.status(), StatusCode::NOT_FOUND, "{pid}");
    }
    // The patient sets no target of her own (a professional's act), nor does anyone on a
    // laboratory test.
    let own = patient.post_form(&format!("/patients/{record}/measurements/targets/8480-6"), &[("high", "200")]).await;
    assert_eq!(own.status(), StatusCode::NOT_FOUND);

    // With consent: the doctor sees her readings, then loosens the systolic target.
    let (doctor, doctor_id) = professional(&server, "Dr Ana Ruiz", "ana@example.org", "20000000003").await;
    decide(&patient, &doctor_id, "authorize").await;
    let (status, theirs) = doctor.page(&format!("/patients/{record}/measurements/blood-pressure")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(theirs.contains("Saisie par Camille Martin") && theirs.contains("Objectif pour ce patient"), "{theirs}");
    let lab = doctor.post_form(&format!("/patients/{record}/measurements/targets/1558-6"), &[("high", "1")]).await;
    assert_eq!(lab.status(), StatusCode::NOT_FOUND);
    let target = |low: &'static str, high: &'static str| {
        let (doctor, record) = (&doctor, &record);
        async move {
            landed(
                doctor
                    .post_form(
                        &format!("/patients/{record}/measurements/targets/8480-6"),
                        &[("low", low), ("high", high)],
                    )
                    .await,
            )
            .await
        }
    };
    assert_eq!(target("140", "120").await, sent_back_with(Problem::MeasureTarget));
    assert_eq!(target("", "900").await, sent_back_with(Problem::MeasureTarget));
    assert_eq!(
        target("100", "160").await,
        format!("/patients/{record}/measurements/blood-pressure?notice=target-set#track-8480-6")
    );
    let (_, pressure) = patient.page("/measurements/blood-pressure").await;
    let systolic = section(&pressure, "8480-6");
    assert!(systolic.contains("Votre objectif, fixé par Dr Ana Ruiz"), "{systolic}");
    let table = pressure.split("<table").nth(1).expect("the readings");
    assert!(table.contains("100 – 160") && table.contains("&lt; 85"), "both targets beside each line");
    // Both bounds emptied: no target any more, the usual range again.
    assert!(target("", "").await.ends_with("notice=target-set#track-8480-6"));
    let targets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM measurement_targets WHERE code = '8480-6'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(targets, 0);
    // Every act is in the audit log, refusals too.
    let log: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, decision FROM audit_log WHERE patient_id = $1 AND action LIKE 'measure.%' ORDER BY seq",
    )
    .bind(&record)
    .fetch_all(&server.db)
    .await
    .unwrap();
    let count = |action: &str, decision: &str| log.iter().filter(|(a, d)| a == action && d == decision).count();
    assert!(count("measure.record", "allow") >= 2, "{log:?}");
    assert_eq!(count("measure.target", "deny"), 2, "the stranger and the patient: {log:?}");
    server.stop().await;
}

async fn caregivers_need_the_measurements_scope_and_devices_are_marked(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    // Jean reads the record, not the measurements; Marie keeps them.
    invite(&patient, "jean@example.org", &["record"], "").await;
    let jean =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Dupont", "jean@example.org").await;
    jean.post_form("/acting-for", &[("patient", &record)]).await;
    invite(&patient, "marie@example.org", &["measurements"], "").await;
    let marie =
        join(&server, &invitation_token(&server, "marie@example.org").await, "Marie Martin", "marie@example.org").await;
    marie.post_form("/acting-for", &[("patient", &record)]).await;
    let (_, caregivers) = patient.page("/caregivers").await;
    assert!(caregivers.contains("consulter et saisir les mesures"), "the scope is named: {caregivers}");

    assert_eq!(jean.get("/measurements").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(jean.get("/measurements/weight").await.status(), StatusCode::NOT_FOUND);
    let tried = jean.post_form("/measurements/weight", &[("value", "70")]).await;
    assert_eq!(tried.status(), StatusCode::NOT_FOUND);
    assert_eq!(marie.get("/results").await.status(), StatusCode::NOT_FOUND, "her scope is the measurements only");
    assert_eq!(marie.get("/measurements").await.status(), StatusCode::OK);
    let sent = marie.post_form("/measurements/glucose", &[("value", "1,32"), ("taken_at", "")]).await;
    assert_eq!(Browser::location(&sent), "/measurements/glucose?notice=measured");
    let (_, glucose) = patient.page("/measurements/glucose").await;
    assert!(glucose.contains("1,32 g/L") && glucose.contains("Saisie par Marie Martin"), "{glucose}");
    let refused: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND decision = 'deny' AND reason = 'out-of-scope' \
         AND action IN ('read.measurements', 'measure.record')",
    )
    .bind(account_id(&server, "jean@example.org").await)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(refused, 3);

    // A connected blood pressure monitor publishes through the API: kept, marked as a device's.
    let monitor = token(&server, "TensioConnect").await;
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": DEMO_BIRTH } },
        { "fullUrl": "urn:uuid:hr", "resource": { "resourceType": "Observation", "id": "hr-1", "status": "final",
            "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "vital-signs" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "8867-4", "display": "Heart rate" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-30T07:30:00+01:00",
            "device": { "display": "Tensiomètre connecté" },
            "valueQuantity": { "value": 72, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min" } } }
    ] });
    let (status, answer) = publish(&server, &monitor, serde_json::to_vec(&bundle).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let origin: String =
        sqlx::query_scalar("SELECT origin FROM results WHERE source LIKE '%hr-1'").fetch_one(&server.db).await.unwrap();
    assert_eq!(origin, "device");
    let (_, heart) = patient.page("/measurements/heart-rate").await;
    assert!(heart.contains("72 /min") && heart.contains("Envoyée par un appareil connecté"), "{heart}");

    // A care plan's goal on her heart rate, from the cardiology department: her target, set by
    // the doctor the goal names. One whose low bound is above its high is refused whole; a goal
    // on something that is no measurement (to stop smoking) is not a target.
    let cardiology = token(&server, "Service de cardiologie").await;
    let goal = |id: &str, low: f64, high: f64, code: &str| {
        json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "Goal", "id": id,
            "lifecycleStatus": "active", "description": { "text": "Fréquence cardiaque au repos" },
            "subject": { "reference": "urn:uuid:p" }, "startDate": "2026-11-30",
            "expressedBy": { "display": "Dr Hugo Lefèvre" },
            "target": [{ "measure": { "coding": [{ "system": "http://loinc.org", "code": code }] },
                "detailRange": { "low": { "value": low, "unit": "/min" }, "high": { "value": high, "unit": "/min" } } }] } })
    };
    let with = |entries: Vec<serde_json::Value>| {
        let mut all = vec![bundle["entry"][0].clone()];
        all.extend(entries);
        serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "transaction", "entry": all })).unwrap()
    };
    let (status, answer) = publish(&server, &cardiology, with(vec![goal("g-bad", 90.0, 50.0, "8867-4")])).await;
    assert!(status.is_client_error() && answer.to_string().contains("low bound above"), "{status} {answer}");
    let targets = || async {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM measurement_targets").fetch_one(&server.db).await.unwrap();
        n
    };
    let before = targets().await;
    // A glucose goal in mmol/L: another unit than the measurement's (g/L), not kept either.
    let mut glucose = goal("g-glucose", 4.0, 7.0, "2339-0");
    glucose["resource"]["target"][0]["detailRange"] =
        json!({ "low": { "value": 4.0, "code": "mmol/L" }, "high": { "value": 7.0, "code": "mmol/L" } });
    let (status, answer) = publish(
        &server,
        &cardiology,
        with(vec![goal("g-hr", 50.0, 80.0, "8867-4"), goal("g-smoke", 0.0, 0.0, "72166-2"), glucose]),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(targets().await, before + 1, "the heart rate's only");
    // Named by the goal, and by who sent it: a publisher's word is not shown as a doctor's alone.
    let (_, heart) = patient.page("/measurements/heart-rate").await;
    assert!(heart.contains("Dr Hugo Lefèvre, Service de cardiologie") && heart.contains("80"), "{heart}");
    server.stop().await;
}
