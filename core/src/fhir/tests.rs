//! The reader against real Synthea bundles (counts checked by an independent scan of the JSON)
//! and against every kind of malformed input.

use serde_json::{json, Value};

use super::*;

fn synthea_bundles() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/fhir/synthea");
    let mut bundles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    bundles.sort();
    assert_eq!(bundles.len(), 5);
    bundles
}

/// What a bundle should give, counted straight from its JSON.
fn expected(json: &Value) -> (usize, usize, usize, usize, usize) {
    let resources: Vec<&Value> = json["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let of = |t: &str| resources.iter().filter(|r| r["resourceType"] == t).count();
    let results = resources
        .iter()
        .filter(|r| r["resourceType"] == "Observation")
        // Every category is kept; a panel that only groups its members is not a result.
        .filter(|r| r.get("hasMember").is_none() || r.get("component").is_some() || r.get("valueQuantity").is_some())
        .map(|r| r["component"].as_array().map_or(1, Vec::len))
        .sum();
    (of("Patient"), of("Practitioner") + of("Organization"), results, of("DiagnosticReport"), of("Immunization"))
}

#[test]
fn every_synthea_bundle_reads_completely() {
    for (name, bytes) in synthea_bundles() {
        let json: Value = serde_json::from_slice(&bytes).unwrap();
        let bundle = read_bundle(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = (
            bundle.patients.len(),
            bundle.authors.len(),
            bundle.results.len(),
            bundle.reports.len(),
            bundle.vaccinations.len(),
        );
        assert_eq!(got, expected(&json), "{name}");
        let patient = &bundle.patients[0];
        assert!(patient.birth_date.is_some() && !patient.family.is_empty(), "{name}");
        assert!(patient.identifiers.iter().any(|i| i.system == "http://hospital.smarthealthit.org"), "{name}");
        assert!(bundle.reports.iter().all(|r| !r.results.is_empty()), "{name}: reports group their results");
        assert!(bundle.ignored.contains_key("Claim") && !bundle.ignored.contains_key("Observation"), "{name}");
        // Every item of the health profile is kept, coded with its system.
        let resources: Vec<&Value> = json["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
        for (kind, types) in [
            (ProfileKind::Allergy, &["AllergyIntolerance"][..]),
            (ProfileKind::Condition, &["Condition"]),
            (ProfileKind::Medication, &["MedicationRequest", "MedicationStatement"]),
            (ProfileKind::Procedure, &["Procedure"]),
            (ProfileKind::Encounter, &["Encounter"]),
            (ProfileKind::Imaging, &["ImagingStudy"]),
        ] {
            let sent = resources.iter().filter(|r| types.iter().any(|t| r["resourceType"] == *t)).count();
            let kept: Vec<&ProfileEntry> = bundle.profile.iter().filter(|p| p.kind == kind).collect();
            assert_eq!(kept.len(), sent, "{name}: {kind:?}");
            assert!(kept.iter().all(|p| p.code.system.is_some() && !p.code.code.is_empty()), "{name}: {kind:?}");
            assert!(!bundle.ignored.contains_key(types[0]), "{name}: {kind:?}");
        }
        assert!(bundle.profile.iter().all(|p| p.started_at.or(p.asserted_at).is_some()), "{name}: every item is dated");
        // Observations of every category, coded values with their system and code, units with
        // their UCUM code.
        for result in &bundle.results {
            match &result.value {
                Some(ResultValue::Coded(value)) => assert!(value.system.is_some() && !value.code.is_empty(), "{name}"),
                Some(ResultValue::Quantity { unit_code, .. }) => {
                    assert!(unit_code.is_some(), "{name}: {:?}", result.code)
                }
                _ => {}
            }
        }
        let surveys = resources.iter().filter(|r| r["category"].to_string().contains("\"survey\"")).count();
        let kept = bundle.results.iter().filter(|r| r.category == ResultCategory::Survey).count();
        assert_eq!(kept, surveys, "{name}: surveys (a smoking status among them) are kept");
        // Blood pressure is read as its two parts.
        if bundle.results.iter().any(|r| r.code.code == "8480-6") {
            assert!(bundle.results.iter().any(|r| r.source.ends_with("#8462-4")), "{name}");
        }
    }
}

fn bundle_of(resources: Vec<Value>) -> Vec<u8> {
    let entry: Vec<Value> = resources
        .into_iter()
        .map(|r| json!({ "fullUrl": format!("urn:uuid:{}", r["id"].as_str().unwrap()), "resource": r }))
        .collect();
    serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "collection", "entry": entry })).unwrap()
}

fn a_patient() -> Value {
    json!({ "resourceType": "Patient", "id": "p1", "name": [{ "family": "Martin", "given": ["Camille"] }],
            "birthDate": "1984-03-02", "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "284037512345678" }] })
}

fn a_result(extra: Value) -> Value {
    let mut r = json!({ "resourceType": "Observation", "id": "o1", "status": "final",
        "category": [{ "coding": [{ "code": "laboratory" }] }],
        "code": { "coding": [{ "system": "http://loinc.org", "code": "2345-7", "display": "Glucose" }] },
        "subject": { "reference": "urn:uuid:p1" }, "effectiveDateTime": "2025-03-01T08:30:00+01:00",
        "valueQuantity": { "value": 1.32, "unit": "g/L" } });
    for (k, v) in extra.as_object().unwrap() {
        if v.is_null() {
            r.as_object_mut().unwrap().remove(k);
        } else {
            r[k] = v.clone();
        }
    }
    r
}

#[test]
fn ranges_and_flags_are_read() {
    let bytes = bundle_of(vec![
        a_patient(),
        a_result(json!({ "referenceRange": [{ "low": { "value": 0.7 }, "high": { "value": 1.1 } }],
                         "interpretation": [{ "coding": [{ "code": "H" }] }] })),
    ]);
    let bundle = read_bundle(&bytes).unwrap();
    let result = &bundle.results[0];
    assert_eq!(result.flag, Some(Flag::High));
    assert_eq!(result.range, Some(ReferenceRange { low: Some(0.7), high: Some(1.1), text: None }));
    assert_eq!(result.value, Some(ResultValue::Quantity { value: 1.32, unit: Some("g/L".into()), unit_code: None }));
    assert_eq!(result.effective_at, 1_740_814_200_000);
}

fn refused(bytes: &[u8]) -> BundleError {
    read_bundle(bytes).expect_err("the bundle should be refused")
}

#[test]
fn malformed_bundles_are_refused_with_the_entry_and_the_problem() {
    assert!(matches!(refused(b"{not json").problem, Problem::NotJson(_)));
    assert_eq!(refused(br#"{"resourceType":"Patient"}"#).problem, Problem::NotABundle);
    assert_eq!(
        refused(br#"{"resourceType":"Bundle","type":"searchset","entry":[{}]}"#).problem,
        Problem::UnsupportedBundleType("searchset".into())
    );
    assert_eq!(refused(br#"{"resourceType":"Bundle","type":"collection","entry":[]}"#).problem, Problem::Empty);
    assert_eq!(refused(&vec![b' '; MAX_BUNDLE_BYTES + 1]).problem, Problem::TooLarge);

    let cases: Vec<(Value, Problem)> = vec![
        (
            json!({ "subject": { "reference": "urn:uuid:nobody" } }),
            Problem::DanglingReference("urn:uuid:nobody".into()),
        ),
        (
            json!({ "interpretation": [{ "coding": [{ "code": "ZZ" }] }] }),
            Problem::UnknownCode { field: "interpretation", code: "ZZ".into() },
        ),
        (json!({ "status": "invented" }), Problem::UnknownCode { field: "status", code: "invented".into() }),
        (json!({ "valueQuantity": null }), Problem::MissingField("value[x]")),
        (
            json!({ "valueQuantity": { "value": "high" } }),
            Problem::InvalidField { field: "valueQuantity.value", reason: Reason::NotANumber },
        ),
        (
            json!({ "effectiveDateTime": "yesterday" }),
            Problem::InvalidField { field: "effectiveDateTime", reason: Reason::NotADateTime },
        ),
        (json!({ "effectiveDateTime": null }), Problem::MissingField("effective[x]")),
        (json!({ "code": { "text": "no coding" } }), Problem::MissingField("code")),
        (
            json!({ "referenceRange": [{ "low": { "value": 5 }, "high": { "value": 1 } }] }),
            Problem::InvalidField { field: "referenceRange", reason: Reason::LowAboveHigh },
        ),
    ];
    for (change, problem) in cases {
        let error = refused(&bundle_of(vec![a_patient(), a_result(change.clone())]));
        assert_eq!((error.entry, error.resource_type.as_deref()), (Some(1), Some("Observation")), "{change}");
        assert_eq!(error.problem, problem, "{change}");
        assert!(error.to_string().starts_with("entry 1 (Observation): "), "{error}");
    }

    let mut twice = a_patient();
    twice["id"] = json!("p1");
    let error = refused(&bundle_of(vec![a_patient(), twice]));
    assert_eq!(error.problem, Problem::Duplicate("urn:uuid:p1".into()));

    let document = json!({ "resourceType": "DocumentReference", "id": "d1", "status": "current",
        "subject": { "reference": "urn:uuid:p1" },
        "content": [{ "attachment": { "contentType": "application/pdf", "title": "CR", "data": "%%%not base64" } }] });
    let error = refused(&bundle_of(vec![a_patient(), document]));
    assert_eq!(error.problem, Problem::InvalidField { field: "content.attachment", reason: Reason::NotBase64 });
}

#[test]
fn documents_and_vaccinations_are_read() {
    let pdf = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, b"%PDF-1.4 test");
    let bytes = bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "Practitioner", "id": "dr", "name": [{ "prefix": ["Dr"], "given": ["Lina"], "family": "Haddad" }] }),
        json!({ "resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": { "reference": "urn:uuid:p1" },
                "author": [{ "reference": "urn:uuid:dr" }], "date": "2025-02-01T10:00:00Z",
                "content": [{ "attachment": { "contentType": "application/pdf", "title": "Compte rendu", "data": pdf } }] }),
        json!({ "resourceType": "Immunization", "id": "i1", "status": "completed", "patient": { "reference": "urn:uuid:p1" },
                "vaccineCode": { "coding": [{ "code": "DTP", "display": "DTP" }] }, "occurrenceDateTime": "2024-10",
                "lotNumber": "AB123", "protocolApplied": [{ "doseNumberPositiveInt": 2 }],
                "performer": [{ "actor": { "reference": "urn:uuid:dr" } }] }),
    ]);
    let bundle = read_bundle(&bytes).unwrap();
    assert_eq!(bundle.authors[0].name, "Dr Lina Haddad");
    let document = &bundle.documents[0];
    assert_eq!((document.title.as_str(), document.authors.as_slice()), ("Compte rendu", &[0][..]));
    assert_eq!(document.content.data, b"%PDF-1.4 test");
    let vaccination = &bundle.vaccinations[0];
    assert_eq!(
        (vaccination.lot.as_deref(), vaccination.dose_number, vaccination.performer),
        (Some("AB123"), Some(2), Some(0))
    );
}

#[test]
fn an_author_known_only_by_name_links_to_no_one() {
    let pdf = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, b"%PDF-1.4 test");
    let bytes = bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": { "reference": "urn:uuid:p1" },
                "author": [{ "display": "Dr Lina Haddad" }],
                "content": [{ "attachment": { "contentType": "application/pdf", "title": "Compte rendu", "data": pdf } }] }),
    ]);
    let bundle = read_bundle(&bytes).unwrap();
    assert!(bundle.documents[0].authors.is_empty());
    // A reference that names something absent is still refused.
    let dangling = bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": { "reference": "urn:uuid:p1" },
                "author": [{ "reference": "urn:uuid:nobody", "display": "Dr Nobody" }],
                "content": [{ "attachment": { "contentType": "application/pdf", "title": "Compte rendu", "data": pdf } }] }),
    ]);
    assert!(read_bundle(&dangling).is_err());
}

#[test]
fn interpretation_codes_written_are_read_back() {
    for flag in Flag::ALL {
        assert_eq!(Flag::from_code(flag.code()), Some(flag));
    }
}

#[test]
fn a_delete_names_one_resource_by_type_and_id() {
    use super::read::deleted_source;
    assert_eq!(deleted_source("Observation/k").as_deref(), Some("Observation/k"));
    assert_eq!(deleted_source("https://lab.example/fhir/Observation/k-1.2").as_deref(), Some("Observation/k-1.2"));
    assert_eq!(deleted_source("Observation?code=2823-3"), None, "a search is not an address");
    assert_eq!(deleted_source("Observation/k/_history/2"), None, "nor a version");
    assert_eq!(deleted_source("Observation/"), None);
    assert_eq!(deleted_source("k"), None);
}

#[test]
fn profile_items_keep_what_they_say_and_their_authors() {
    let (_, bytes) = synthea_bundles().into_iter().find(|(name, _)| name.starts_with("Louis_Erdman")).unwrap();
    let bundle = read_bundle(&bytes).unwrap();
    let allergy = bundle.profile.iter().find(|p| p.kind == ProfileKind::Allergy).unwrap();
    assert_eq!(allergy.code.code, "417532002");
    assert_eq!(allergy.code.system.as_deref(), Some("http://snomed.info/sct"));
    assert_eq!((allergy.status.as_str(), allergy.verification.as_deref()), ("active", Some("confirmed")));
    assert_eq!((allergy.category.as_deref(), allergy.criticality.as_deref()), (Some("food"), Some("low")));
    let emergency = bundle.profile.iter().find(|p| p.category.as_deref() == Some("EMER")).unwrap();
    assert!(emergency.place.is_some() && emergency.ended_at >= emergency.started_at);
    let stopped = bundle.profile.iter().filter(|p| p.kind == ProfileKind::Medication && p.status == "stopped").count();
    assert_eq!(stopped, 2);
    assert!(bundle.profile.iter().filter(|p| p.kind == ProfileKind::Medication).all(|p| p.author.is_some()));
}

/// A bundle of a patient and `resource` (which refers to the patient as `urn:uuid:p`).
fn with_patient(resource: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p", "name": [{ "family": "Roux" }] } },
        { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Medication", "id": "m",
            "code": { "coding": [{ "system": "http://www.whocc.no/atc", "code": "C08CA01", "display": "Amlodipine" }] } } },
        { "fullUrl": "urn:uuid:x", "resource": resource },
    ] }))
    .unwrap()
}

#[test]
fn profile_items_are_read_as_sent_or_refused_with_their_entry() {
    // A treatment naming a Medication of the bundle takes its name; one reported by the patient
    // is a statement.
    let read =
        read_bundle(&with_patient(json!({ "resourceType": "MedicationStatement", "id": "s", "status": "active",
        "medicationReference": { "reference": "urn:uuid:m" }, "subject": { "reference": "urn:uuid:p" },
        "effectivePeriod": { "start": "2024-01-01" }, "dosage": [{ "text": "1 le matin" }],
        "informationSource": { "reference": "urn:uuid:p" } })))
        .unwrap();
    let statement = &read.profile[0];
    assert_eq!((statement.code.code.as_str(), statement.category.as_deref()), ("C08CA01", Some("statement")));
    assert_eq!((statement.detail.as_deref(), statement.author), (Some("1 le matin"), None));
    assert_eq!(read.entries[2], Made::ProfileItem(0));
    // Entered in error: a withdrawal of what the publisher sent under that id.
    let read = read_bundle(&with_patient(json!({ "resourceType": "Condition", "id": "c",
        "verificationStatus": { "coding": [{ "code": "entered-in-error" }] },
        "code": { "text": "Asthme" }, "subject": { "reference": "urn:uuid:p" } })))
    .unwrap();
    assert!(read.profile.is_empty());
    assert_eq!(read.withdrawn_profile, vec![Withdrawal { source: "Condition/c".into(), patient: 0 }]);
    assert_eq!(read.entries[2], Made::WithdrawnProfileItem(0));
    // Refusals name the entry and what is wrong.
    let refused = |resource: Value| read_bundle(&with_patient(resource)).unwrap_err();
    let error = refused(json!({ "resourceType": "AllergyIntolerance", "id": "a",
        "clinicalStatus": { "coding": [{ "code": "active" }] }, "criticality": "deadly",
        "code": { "text": "Arachide" }, "patient": { "reference": "urn:uuid:p" } }));
    assert_eq!(error.entry, Some(2));
    assert_eq!(error.problem, Problem::UnknownCode { field: "criticality", code: "deadly".into() });
    let error = refused(json!({ "resourceType": "Procedure", "id": "pr", "status": "completed",
        "code": { "text": "Biopsie" }, "subject": { "reference": "urn:uuid:p" },
        "performedPeriod": { "start": "2024-02-01", "end": "2024-01-01" } }));
    assert_eq!(error.problem, Problem::InvalidField { field: "performedPeriod", reason: Reason::EndBeforeStart });
    let error = refused(json!({ "resourceType": "Encounter", "id": "e", "status": "finished",
        "class": { "code": "IMP" }, "subject": { "reference": "urn:uuid:p" },
        "serviceProvider": { "reference": "Organization/elsewhere" } }));
    assert_eq!(error.problem, Problem::DanglingReference("Organization/elsewhere".into()));
    let error = refused(json!({ "resourceType": "MedicationRequest", "id": "r", "status": "active",
        "subject": { "reference": "urn:uuid:p" } }));
    assert_eq!(error.problem, Problem::MissingField("medication[x]"));
    let error = refused(json!({ "resourceType": "Condition", "id": "c",
        "clinicalStatus": { "coding": [{ "code": "active" }] }, "code": {}, "subject": { "reference": "urn:uuid:p" } }));
    assert_eq!(error.problem, Problem::MissingField("code"));
}

#[test]
fn a_patients_addresses_and_a_practitioners_name_parts_are_kept() {
    let long = "x".repeat(201);
    let bundle = bundle_of(vec![
        json!({ "resourceType": "Patient", "id": "p", "name": [{ "family": "Roux" }], "address": [
            { "use": "home", "line": ["12 rue des Lilas", "Bât. B", long], "city": "Lyon", "postalCode": "69003",
              "country": "FR", "extension": [{ "url": "http://example.org/geo" }] },
            { "use": "work" },
            { "use": "pirate", "city": "Bron\nVilleurbanne" },
        ] }),
        json!({ "resourceType": "Practitioner", "id": "dr",
            "name": [{ "prefix": ["Dr"], "given": ["Lina", "Maria"], "family": "Haddad" }] }),
    ]);
    let read = read_bundle(&bundle).unwrap();
    // The known fields, each one line; an address with nothing of where, or only lines too long
    // or on several lines, is not one.
    let home = Address {
        use_: Some("home".into()),
        line: vec!["12 rue des Lilas".into(), "Bât. B".into()],
        city: Some("Lyon".into()),
        postal_code: Some("69003".into()),
        country: Some("FR".into()),
        ..Address::default()
    };
    assert_eq!(read.patients[0].addresses, [home]);
    let parts = NameParts { prefix: "Dr".into(), given: "Lina Maria".into(), family: "Haddad".into() };
    assert_eq!(
        (read.authors[0].name.as_str(), read.authors[0].name_parts.clone()),
        ("Dr Lina Maria Haddad", Some(parts))
    );
    assert_eq!(serde_json::to_value(&read.patients[0].addresses[0]).unwrap()["postalCode"], "69003");
}

#[test]
fn a_patients_gender_is_read_as_fhir_codes_it() {
    let bundle = |gender: Value| {
        serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "collection", "entry": [
            { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
                "name": [{ "family": "Roux" }], "gender": gender } } ] }))
        .unwrap()
    };
    assert_eq!(read_bundle(&bundle(json!("female"))).unwrap().patients[0].gender.as_deref(), Some("female"));
    let error = read_bundle(&bundle(json!("F"))).unwrap_err();
    assert_eq!((error.entry, error.problem), (Some(0), Problem::UnknownCode { field: "gender", code: "F".into() }));
}

#[test]
fn a_prescription_names_its_treatments_in_the_bundle_or_published_before() {
    let pdf = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, b"%PDF-1.4 test");
    let document = |related: Value| {
        json!({ "resourceType": "DocumentReference", "id": "d1", "status": "current",
            "subject": { "reference": "urn:uuid:p1" },
            "content": [{ "attachment": { "contentType": "application/pdf", "title": "Ordonnance.PDF", "data": pdf } }],
            "context": { "related": related } })
    };
    let treatment = json!({ "resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
        "medicationCodeableConcept": { "text": "Metformine 500 mg" }, "subject": { "reference": "urn:uuid:p1" } });
    let related = json!([{ "reference": "urn:uuid:m1" }, { "reference": "MedicationRequest/m0" },
        { "reference": "Encounter/e1" }, { "reference": "urn:uuid:m1" }]);
    let bundle = read_bundle(&bundle_of(vec![a_patient(), document(related), treatment.clone()])).unwrap();
    let read = &bundle.documents[0];
    // The file's extension is not part of the title shown.
    assert_eq!(read.title, "Ordonnance");
    assert_eq!(
        read.treatments,
        [Linked::InBundle("MedicationRequest/m1".into()), Linked::Published("MedicationRequest/m0".into())],
        "each treatment once; an encounter is not a treatment"
    );
    // A `urn:` address outside the bundle is dangling; a related entry without a reference is
    // malformed.
    let error = refused(&bundle_of(vec![a_patient(), document(json!([{ "reference": "urn:uuid:m9" }]))]));
    assert_eq!((error.entry, error.problem.clone()), (Some(1), Problem::DanglingReference("urn:uuid:m9".into())));
    let error = refused(&bundle_of(vec![a_patient(), document(json!([{ "display": "Metformine" }]))]));
    assert_eq!(error.problem, Problem::MissingField("context.related"));
}

#[test]
fn observations_of_every_category_keep_coded_values_and_unit_codes() {
    let smoking = a_result(json!({ "id": "o2", "category": [{ "coding": [{ "code": "social-history" }] }],
        "code": { "coding": [{ "system": "http://loinc.org", "code": "72166-2", "display": "Tobacco smoking status" }] },
        "valueQuantity": null,
        "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "266919005", "display": "Never smoker" }] } }));
    let score = a_result(json!({ "id": "o3", "category": [{ "coding": [{ "code": "survey" }] }],
        "code": { "coding": [{ "system": "http://loinc.org", "code": "44261-6", "display": "PHQ-9 total score" }] },
        "valueQuantity": { "value": 4, "unit": "{score}", "system": "http://unitsofmeasure.org", "code": "{score}" } }));
    let uncategorised = a_result(json!({ "id": "o4", "category": null, "valueQuantity": null,
        "valueCodeableConcept": { "text": "Pas de particularité" } }));
    let panel = a_result(json!({ "id": "o5", "valueQuantity": null, "hasMember": [{ "reference": "urn:uuid:o3" }] }));
    let flag = a_result(json!({ "id": "o6", "category": [{ "coding": [{ "code": "exam" }] }], "valueQuantity": null,
        "valueBoolean": true }));
    let bundle = read_bundle(&bundle_of(vec![a_patient(), smoking, score, uncategorised, panel, flag])).unwrap();
    let categories: Vec<ResultCategory> = bundle.results.iter().map(|r| r.category).collect();
    assert_eq!(
        categories,
        [ResultCategory::SocialHistory, ResultCategory::Survey, ResultCategory::Other, ResultCategory::Exam],
        "the panel that only groups others is not a result"
    );
    let never = Coding {
        system: Some("http://snomed.info/sct".into()),
        code: "266919005".into(),
        display: "Never smoker".into(),
    };
    assert_eq!(bundle.results[0].value, Some(ResultValue::Coded(never)));
    assert_eq!(
        bundle.results[1].value,
        Some(ResultValue::Quantity { value: 4.0, unit: Some("{score}".into()), unit_code: Some("{score}".into()) })
    );
    assert_eq!(bundle.results[2].value, Some(ResultValue::Text("Pas de particularité".into())), "text only: kept");
    assert_eq!(bundle.results[3].value, Some(ResultValue::Text("true".into())));
    // A questionnaire the patient answered names no author; what Carnet cannot read of a
    // category other than laboratory and vital signs is left out, not refused.
    let answered = a_result(json!({ "id": "o7", "category": [{ "coding": [{ "code": "survey" }] }],
        "performer": [{ "reference": "urn:uuid:p1" }] }));
    let unreadable =
        a_result(json!({ "id": "o8", "category": [{ "coding": [{ "code": "exam" }] }], "valueQuantity": null,
        "valueRange": { "low": { "value": 1 }, "high": { "value": 2 } } }));
    let bundle = read_bundle(&bundle_of(vec![a_patient(), answered, unreadable])).unwrap();
    assert_eq!(bundle.results.len(), 1);
    assert_eq!((bundle.results[0].source.as_str(), bundle.results[0].performer), ("Observation/o7", None));
    let laboratory = a_result(json!({ "valueQuantity": null, "valueRange": { "low": { "value": 1 } } }));
    assert_eq!(refused(&bundle_of(vec![a_patient(), laboratory])).problem, Problem::MissingField("value[x]"));
    // A unit code of another system is not a UCUM code.
    let other = a_result(json!({ "valueQuantity": { "value": 1.0, "unit": "u", "system": "urn:x", "code": "u" } }));
    let bundle = read_bundle(&bundle_of(vec![a_patient(), other])).unwrap();
    assert_eq!(
        bundle.results[0].value,
        Some(ResultValue::Quantity { value: 1.0, unit: Some("u".into()), unit_code: None })
    );
}

#[test]
fn an_imaging_study_is_read_with_the_report_that_reads_it() {
    let study = |extra: Value| {
        let mut r = json!({ "resourceType": "ImagingStudy", "id": "i1", "status": "available",
            "subject": { "reference": "urn:uuid:p1" }, "started": "2019-09-07T16:05:00+02:00",
            "series": [{ "uid": "1.2.3", "modality": { "code": "DX", "display": "Digital Radiography" },
                "bodySite": { "system": "http://snomed.info/sct", "code": "51636004", "display": "Left ankle" } }] });
        for (k, v) in extra.as_object().unwrap() {
            r[k] = v.clone();
        }
        r
    };
    let report = json!({ "resourceType": "DiagnosticReport", "id": "r1", "status": "final",
        "code": { "coding": [{ "system": "http://loinc.org", "code": "18748-4", "display": "Ankle X-ray" }] },
        "subject": { "reference": "urn:uuid:p1" }, "effectiveDateTime": "2019-09-07T16:05:00+02:00",
        "imagingStudy": [{ "reference": "urn:uuid:i1" }, { "reference": "ImagingStudy/earlier" },
            { "reference": "urn:uuid:p1" }] });
    let bundle = read_bundle(&bundle_of(vec![a_patient(), study(json!({})), report.clone()])).unwrap();
    let item = &bundle.profile[0];
    assert_eq!(item.kind, ProfileKind::Imaging);
    // Named after its modality (DICOM's when it names no system), the part of the body examined.
    assert_eq!((item.code.system.as_deref(), item.code.code.as_str()), (Some(DICOM_SYSTEM), "DX"));
    assert_eq!((item.category.as_deref(), item.detail.as_deref()), (Some("DX"), Some("Left ankle")));
    assert!(item.started_at.is_some());
    assert_eq!(
        bundle.reports[0].imaging,
        [Linked::InBundle("ImagingStudy/i1".into()), Linked::Published("ImagingStudy/earlier".into())],
        "a patient is not an imaging study"
    );
    // A procedure names it, a description is its name.
    let named = study(json!({ "description": "Radiographie de la cheville gauche",
        "procedureCode": [{ "coding": [{ "system": "http://loinc.org", "code": "37626-9", "display": "XR Ankle" }] }] }));
    let bundle = read_bundle(&bundle_of(vec![a_patient(), named])).unwrap();
    let code = &bundle.profile[0].code;
    assert_eq!((code.code.as_str(), code.display.as_str()), ("37626-9", "Radiographie de la cheville gauche"));
    // Withdrawn, refused with an unknown status or without anything to name it.
    let bundle = read_bundle(&bundle_of(vec![a_patient(), study(json!({ "status": "entered-in-error" }))])).unwrap();
    assert_eq!(bundle.withdrawn_profile.len(), 1);
    let error = refused(&bundle_of(vec![a_patient(), study(json!({ "status": "lost" }))]));
    assert_eq!(error.problem, Problem::UnknownCode { field: "status", code: "lost".into() });
    let error = refused(&bundle_of(vec![a_patient(), study(json!({ "series": [] }))]));
    assert_eq!(error.problem, Problem::MissingField("procedureCode"));
}

#[test]
fn directives_organ_donation_family_history_and_disability_are_read_as_the_export_writes_them() {
    let patient = json!({ "reference": "urn:uuid:p1" });
    let adr = json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "adr" }] });
    let declared = json!({ "tag": [{ "system": DECLARED_TAG.0, "code": DECLARED_TAG.1 }],
        "security": [{ "system": RESTRICTED.0, "code": RESTRICTED.1 }] });
    let bundle = bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "Consent", "id": "d", "status": "active", "scope": adr, "patient": patient,
            "meta": declared,
            "category": [{ "coding": [{ "system": "http://loinc.org", "code": "42348-3" }] }],
            "sourceAttachment": { "contentType": "text/plain", "data": "UGFzIGQnYWNoYXJuZW1lbnQu" } }),
        json!({ "resourceType": "Consent", "id": "o", "status": "active", "scope": adr, "patient": patient,
            "category": [{ "text": "Organ and tissue donation" }],
            "policyRule": { "text": "Code de la santé publique, article L1232-1" },
            "provision": { "type": "deny", "code": [{ "text": "Les cornées" }] } }),
        // A consent to share data, and advance directives no longer in force: not kept.
        json!({ "resourceType": "Consent", "id": "x", "status": "active", "patient": patient,
            "scope": { "coding": [{ "code": "patient-privacy" }] }, "category": [{ "text": "Partage" }] }),
        json!({ "resourceType": "Consent", "id": "y", "status": "inactive", "scope": adr, "patient": patient,
            "category": [{ "coding": [{ "system": "http://loinc.org", "code": "42348-3" }] }] }),
        json!({ "resourceType": "FamilyMemberHistory", "id": "f", "status": "completed", "patient": patient,
            "relationship": { "text": "mère" }, "condition": [{ "code": { "text": "Diabète de type 2" } }] }),
        json!({ "resourceType": "Condition", "id": "h", "subject": patient,
            "clinicalStatus": { "coding": [{ "code": "active" }] },
            "category": [{ "coding": [{ "system": "http://snomed.info/sct", "code": "21134002" }] }],
            "code": { "text": "Surdité" }, "note": [{ "text": "Parler face à moi" }] }),
    ]);
    let read = read_bundle(&bundle).unwrap();
    let found: Vec<(ProfileKind, &str, Option<&str>, bool, bool)> = read
        .profile
        .iter()
        .map(|e| (e.kind, e.code.display.as_str(), e.detail.as_deref(), e.declared, e.restricted))
        .collect();
    assert_eq!(
        found,
        [
            (ProfileKind::Directive, "Pas d'acharnement.", None, true, true),
            (ProfileKind::OrganDonation, "refuses-some", Some("Les cornées"), false, false),
            (ProfileKind::FamilyHistory, "Diabète de type 2", None, false, false),
            (ProfileKind::Disability, "Surdité", Some("Parler face à moi"), false, false),
        ]
    );
    // Directives on paper kept elsewhere (a reference by name only), a file that is no text,
    // a consent revoked (what it stated is withdrawn), a position that neither permits nor
    // denies, a disability whose only note is the patient's own.
    let bundle = bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "Consent", "id": "d1", "status": "active", "scope": adr, "patient": patient,
            "category": [{ "coding": [{ "system": "http://loinc.org", "code": "42348-3" }] }],
            "sourceReference": { "display": "Chez mon notaire" } }),
        json!({ "resourceType": "Consent", "id": "d2", "status": "active", "scope": adr, "patient": patient,
            "category": [{ "coding": [{ "system": "http://loinc.org", "code": "42348-3" }] }],
            "sourceAttachment": { "contentType": "application/pdf", "data": "JVBERi0=", "title": "Directives.pdf" } }),
        json!({ "resourceType": "Consent", "id": "d3", "status": "inactive", "scope": adr, "patient": patient,
            "category": [{ "coding": [{ "system": "http://loinc.org", "code": "42348-3" }] }] }),
        json!({ "resourceType": "Consent", "id": "o2", "status": "active", "scope": adr, "patient": patient,
            "category": [{ "text": "Organ and tissue donation" }],
            "policyRule": { "text": "Code de la santé publique, article L1232-1" } }),
        json!({ "resourceType": "Condition", "id": "h2", "subject": patient,
            "clinicalStatus": { "coding": [{ "code": "active" }] },
            "category": [{ "coding": [{ "system": "http://snomed.info/sct", "code": "21134002" }] }],
            "code": { "text": "Fauteuil roulant" },
            "note": [{ "authorReference": patient, "text": "Rampe à l'entrée" }] }),
    ]);
    let read = read_bundle(&bundle).unwrap();
    let found: Vec<(&str, Option<&str>, bool)> =
        read.profile.iter().map(|e| (e.code.display.as_str(), e.detail.as_deref(), e.document.is_some())).collect();
    assert_eq!(
        found,
        [("Chez mon notaire", None, false), ("Directives.pdf", None, false), ("Fauteuil roulant", None, false)]
    );
    assert_eq!(read.withdrawn_profile.iter().map(|w| w.source.as_str()).collect::<Vec<_>>(), ["Consent/d3"]);
    assert_eq!(read.profile[2].patient_note.as_ref().map(|n| n.0.as_str()), Some("Rampe à l'entrée"));
    // An unknown status is refused with its entry named.
    let error = refused(&bundle_of(vec![
        a_patient(),
        json!({ "resourceType": "Consent", "id": "z", "status": "maybe", "scope": adr, "patient": patient }),
    ]));
    assert_eq!((error.entry, error.problem), (Some(1), Problem::UnknownCode { field: "status", code: "maybe".into() }));
}
