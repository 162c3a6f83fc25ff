## Results
results-title = My results
results-search-label = Search for a test
results-from-label = From
results-to-label = To
results-search-button = Show
results-empty = No results in your record yet.
results-none-found = No test matches your search.
results-none-in-period = No results in this period.
results-period-caption = Results of the period, newest first
results-category-laboratory = Laboratory tests
results-category-vital-signs = Measurements (blood pressure, weight…)
results-category-survey = Questionnaires and scores
results-category-social-history = Lifestyle (smoking, alcohol…)
results-category-exam = Physical examination
results-category-imaging = Imaging
results-category-procedure = Procedures and tests
results-category-therapy = Therapy and rehabilitation
results-category-activity = Physical activity
results-category-other = Other observations
results-back = Back to my results
result-range = Reference range: { $range }
result-count = { $count ->
    [0] no results
    [one] one result
   *[other] { $count } results
}
result-latest = Latest result: { $value }, on { $date }
result-date = Date
result-test = Test
result-value = Result
result-reference = Reference range
result-performer = Performed by
result-no-value = No value
history-caption = History: { $test }
trend-title = Trend: { $test }
trend-description = Values over time. The same data is in the table below.
trend-legend-line = Line and dots: your results, from the oldest to the latest.
trend-legend-band = Shaded band: reference range of the latest result.
trend-legend-out = Square: result outside the reference range.
flag-normal = Normal
flag-low = Low
flag-high = High
flag-critical-low = Critically low
flag-critical-high = Critically high
flag-abnormal = Abnormal
flag-critical = Critical

## Documents
documents-title = My documents
documents-kinds-label = Kinds of documents
documents-all = All
documents-empty = No documents here yet.
documents-back = Back to my documents
document-kind-report = Test report
document-kind-prescription = Prescription
document-kind-imaging = Imaging
document-kind-letter = Letter
document-kind-other = Other document
document-kind = Kind
document-author = Author
document-author-unknown = Author not given
document-added-by = Added by { $name }
document-date = Date
document-file = File
document-size-kb = { $size } KB
document-seal = Seal
document-sealed = Sealed, unchanged
document-seal-broken = Invalid seal: the document was altered
document-patient-provided = Document added by the patient
document-sealed-explained = Carnet signed this document when it was published. Anyone who receives a copy can check that it is authentic and intact.
document-open = Open
document-download = Download
document-replaced = Replaced by a corrected version
document-treatments-title = Treatments on this prescription
document-replaced-by = This document was corrected: see the new version
document-replaces = This document corrects an earlier version: see it
document-verify-hint = Verify a copy of this document

## Verification
verify-title = Verify a document
verify-intro = Received a document from Carnet? Choose the file: Carnet tells you whether it sealed it, who published it and when, and whether it is intact. The file is not kept.
verify-file-label = File to verify
verify-button = Verify
verify-another = Verify another file
verify-sealed-title = Authentic and intact
verify-sealed-text = { $kind } published by { $author } on { $date }, sealed by this Carnet. The file has not changed since.
verify-author-patient = the patient themselves (a document they added to their record)
verify-unknown-title = Document not recognised
verify-unknown-text = This Carnet sealed no document identical to this file: either it comes from elsewhere, or it was changed, even by a single byte.
verify-broken-title = Invalid seal
verify-broken-text = An identical document is stored, but its seal no longer matches: the stored information was altered. Report it to the care centre.
verify-key-title = Verify without Carnet
verify-key-text = Seals are Ed25519 signatures made with the public key below. The format is described in Carnet's documentation.
verify-key-id = Key id
verify-public-key = Public key

## Adding documents
upload-link = Add a document
upload-title = Add a document
upload-intro = Add a document you received to your record (PDF, JPEG or PNG, { $size } MB at most). It will be marked as added by you.
upload-title-label = Document title
upload-kind-label = Kind
upload-file-label = File
upload-button = Add
notice-uploaded = The document was added to your record.
notice-already-added = This file was already in the record: here it is; it was not added a second time.
error-upload-type = This file is not a PDF, a JPEG or a PNG image (its content was checked, not just its name).
error-upload-title = Give the document a title (200 characters at most, on one line).
error-upload-duplicate = This document is already in your record.
error-upload-quota = The files added to this record already take all the space allowed. Ask the reception desk if you need more.

## Publishing (professionals)
nav-publish = Publish
publish-title = Publish to a record
publish-intro = The patient is named by INS and birth date; their record must already exist. They are told by e-mail, with no medical detail.
publish-results-title = Test results or measurements
publish-report-title = A report (PDF)
publish-vaccination-title = A vaccination
publish-health-id-label = Patient's INS (15 characters)
publish-birth-date-label = Birth date
publish-taken-at-label = Date and time of the sample or measurement
publish-test-label = Test or measurement { $row }
publish-test-none = —
publish-value-label = Result { $row }
publish-low-label = Low bound { $row } (if different)
publish-high-label = High bound { $row } (if different)
publish-report-title-label = Title
publish-report-kind-label = Kind
publish-report-date-label = Date of the document
publish-report-file-label = PDF file
publish-report-hide-representatives = Hide this document from the legal representatives
publish-report-hide-representatives-hint = For a minor who asked for confidentiality (a consultation without their parents, for example): their legal representatives will see neither this document nor its title. No effect for an adult patient.
publish-vaccine-label = Vaccine
publish-vaccination-date-label = Date of the vaccination
publish-dose-label = Dose number (optional)
publish-lot-label = Lot number (optional)
publish-prescription-title = A prescription (PDF and treatments)
publish-prescription-intro = The treatments written here join the patient's health profile, linked to the prescription: they see where each comes from and can ask you to renew it.
publish-prescription-date-label = Date of the prescription
publish-prescription-file-label = The signed prescription (PDF file)
publish-prescription-hide-representatives = Hide this prescription and its treatments from legal representatives
publish-prescription-document-title = Prescription
publish-treatment-legend = Treatment { $row }
publish-treatment-name-label = Medication, strength and form
publish-treatment-name-hint = For example: Amlodipine 5 mg, tablet. Leave unused rows empty.
publish-treatment-dosage-label = Dosage
publish-treatment-days-label = Duration in days (optional)
error-prescription-days = A duration is a number of days, from 1 to 365.
error-prescription-empty = Write at least one treatment: the medication, and how to take it.
publish-profile-title = An allergy, a health problem or a procedure
publish-profile-intro = What you record here joins the patient's health profile, in your name: they see it, and a doctor treating them in an emergency sees it first.
publish-profile-kind-legend = What you record
publish-profile-kind-allergy = An allergy or an intolerance
publish-profile-kind-condition = A health problem (an illness, a past condition)
publish-profile-kind-procedure = An operation or a procedure done (for example: appendectomy, colonoscopy)
publish-profile-kind-emergency = An emergency visit
publish-profile-kind-stay = A hospital stay (one that is over)
publish-profile-name-label = What it is: the substance, the problem, the procedure or the ward
publish-profile-detail-label = Reaction, reason for the procedure or remarks (optional)
publish-profile-since-label = Since, or the day of the procedure (optional)
publish-profile-until-label = Healed on, for a past problem; last day, for a procedure over several days (optional)
publish-profile-place-label = Hospital, for a stay or an emergency visit (optional)
publish-profile-high-risk = High-risk allergy (a severe reaction is to be feared)
publish-button = Publish
notice-published = Published: the patient's record is up to date and the patient was told.
error-birth-date-invalid = The birth date is not valid.
error-publish-identity = The patient must be named by INS and birth date.
error-publish-identify-limit = Too many publications this hour matched no record. Check your patients' INS and birth dates, then try again later.
error-publish-author-claimed = Software publishes only in its own name: an author cannot be a Carnet account.
error-publish-no-record = No record matches this INS and birth date. Check them; the patient can be enrolled at the reception desk.
error-publish-date-invalid = The date is not valid (it cannot be in the future).
error-publish-no-results = Fill in at least one test and its result.
error-publish-test-unknown = Choose the test from the list.
error-publish-value-invalid = A result is not a number (for example 1.18).
error-publish-range-invalid = A reference bound is not a number, or the low bound is above the high one.
error-publish-not-pdf = The document must be a PDF file (its content was checked).
error-publish-vaccine-unknown = Choose the vaccine from the list.
error-publish-dose-invalid = The dose number must be a number from 1 to 20.
error-publish-lot-invalid = The lot number must be 40 characters at most, on one line.
lab-test-1558-6 = Fasting glucose
lab-test-4548-4 = Glycated haemoglobin (HbA1c)
lab-test-2093-3 = Total cholesterol
lab-test-13457-7 = LDL cholesterol
lab-test-2085-9 = HDL cholesterol
lab-test-2571-8 = Triglycerides
lab-test-2160-0 = Creatinine
lab-test-718-7 = Haemoglobin
lab-test-6690-2 = White blood cells
lab-test-777-3 = Platelets
lab-test-3016-3 = TSH
lab-test-2276-4 = Ferritin
lab-test-1988-5 = C-reactive protein (CRP)
lab-test-2951-2 = Sodium
lab-test-2823-3 = Potassium
vaccine-146 = Hexavalent (DTaP-IPV-Hib-HepB)
vaccine-115 = Tdap-IPV (diphtheria, tetanus, pertussis, polio)
vaccine-113 = Td-IPV (diphtheria, tetanus, polio), adult
vaccine-03 = MMR (measles, mumps, rubella)
vaccine-08 = Hepatitis B
vaccine-133 = Pneumococcal conjugate, 13-valent
vaccine-216 = Pneumococcal conjugate, 20-valent
vaccine-203 = Meningococcal ACWY
vaccine-163 = Meningococcal B
vaccine-165 = HPV, 9-valent
vaccine-187 = Shingles (recombinant vaccine)
vaccine-140 = Seasonal influenza
vaccine-208 = COVID-19 (mRNA)
vaccine-119 = Rotavirus

## FHIR import (refusals)
fhir-error-in-entry-of-type = entry { $entry } ({ $type }): { $problem }
fhir-error-in-entry = entry { $entry }: { $problem }
fhir-not-json = not JSON ({ $detail })
fhir-not-a-bundle = not a FHIR Bundle
fhir-bundle-type = bundle type "{ $type }" is not transaction, batch or collection
fhir-too-large = larger than { $size } MB
fhir-empty = the bundle has no entries
fhir-missing-field = missing { $field }
fhir-invalid-field = { $field } { $reason }
fhir-dangling-reference = reference "{ $reference }" points to nothing usable in this bundle
fhir-unknown-code = { $field } has the unknown code "{ $code }"
fhir-duplicate = { $what } appears twice
fhir-reason-not-a-number = is not a number
fhir-reason-not-a-date = is not a date (YYYY-MM-DD)
fhir-reason-not-a-date-time = is not a FHIR date or date-time
fhir-reason-not-text = is not text
fhir-reason-not-an-integer = is not an integer
fhir-reason-not-a-positive-integer = is not a positive integer
fhir-reason-bound-not-a-number = has a bound that is not a number
fhir-reason-low-above-high = has its low bound above its high bound
fhir-reason-no-inline-data = has no inline data
fhir-reason-not-base64 = data is not base64
fhir-reason-empty = is empty
fhir-reason-end-before-start = ends before it starts
fhir-stored = Stored: { $results } results, { $reports } reports, { $documents } documents, { $vaccinations } vaccinations added.
error-token-required = API token missing, invalid or revoked.
error-fhir-media = Send a FHIR Bundle as JSON (Content-Type: application/fhir+json).
error-imaging-unknown = An imaging study this report names (imagingStudy) is not in this record.
error-prescribed-unknown = A treatment this prescription names (context.related) is not in this record.
error-replaces-unknown = The document this one corrects (relatesTo replaces) is not in this record.
home-new-results-many = More than { $count } new results
verify-fingerprint = The file's SHA-256 fingerprint:

mail-record-corrected-subject = A correction in your health record
mail-record-corrected-body =
    Hello { $name },

    { $count ->
        [one] An item in your health record was corrected or withdrawn by the professional or laboratory who published it.
       *[other] { $count } items in your health record were corrected or withdrawn by the professionals or laboratories who published them.
    } Sign in to see the new value; the previous one stays visible in the history:

    { $url }

    To protect your privacy, this message contains no medical information.

result-corrected-by = Corrected on { $date } by { $publisher }.
result-corrected = Corrected on { $date }.
result-withdrawn-by = Withdrawn by { $publisher } on { $date }: this result had been published in error.
result-withdrawn = Withdrawn on { $date }: this result had been published in error.
result-all-withdrawn = Every result of this test was withdrawn by whoever published it: the history below says who and when.
result-previous-value = Published before: { $value }, taken on { $taken } (replaced on { $date }).

fhir-entry-not-kept = Read, not kept: Carnet does not keep this resource type, category or status.
fhir-post-only = Send a FHIR Bundle with POST.

mail-record-updated-for-subject = Something new in { $child }'s health record
mail-record-updated-for-body =
    Hello { $name },

    { $count ->
        [one] One new item was added to the health record of { $child }, whose legal representative you are.
       *[other] { $count } new items were added to the health record of { $child }, whose legal representative you are.
    } Sign in and act for { $child } to see what was added:

    { $url }

    To protect their privacy, this message contains no medical information.
mail-record-updated-for-action = Open the health record
mail-record-corrected-for-subject = A correction in { $child }'s health record
mail-record-corrected-for-body =
    Hello { $name },

    { $count ->
        [one] An item in the health record of { $child }, whose legal representative you are, was corrected or withdrawn by the professional or laboratory who published it.
       *[other] { $count } items in the health record of { $child }, whose legal representative you are, were corrected or withdrawn by the professionals or laboratories who published them.
    } Sign in and act for { $child } to see the new value; the previous one stays visible in the history:

    { $url }

    To protect their privacy, this message contains no medical information.
mail-record-corrected-for-action = See the health record
error-publish-place = Name the place on one line (200 characters at most).
