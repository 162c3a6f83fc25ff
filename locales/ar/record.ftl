## النتائج
results-title = نتائجي
results-search-label = البحث عن تحليل
results-from-label = من
results-to-label = إلى
results-search-button = عرض
results-empty = لا توجد نتائج في ملفك بعد.
results-none-found = لا يوجد تحليل يطابق بحثك.
results-none-in-period = لا توجد نتائج في هذه الفترة.
results-period-caption = نتائج الفترة، من الأحدث إلى الأقدم
results-category-laboratory = تحاليل مخبرية
results-category-vital-signs = قياسات (ضغط الدم، الوزن…)
results-category-survey = استبيانات ونقاط
results-category-social-history = نمط الحياة (التدخين، الكحول…)
results-category-exam = الفحص السريري
results-category-imaging = التصوير الطبي
results-category-procedure = إجراءات وفحوص
results-category-therapy = علاج وإعادة تأهيل
results-category-activity = النشاط البدني
results-category-other = ملاحظات أخرى
results-back = العودة إلى نتائجي
result-range = المجال المرجعي: { $range }
result-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
result-latest = آخر نتيجة: { $value }، في { $date }
result-date = التاريخ
result-test = التحليل
result-value = النتيجة
result-reference = المجال المرجعي
result-performer = أجراه
result-no-value = بلا قيمة
history-caption = السجل: { $test }
trend-title = التطور: { $test }
trend-description = القيم عبر الزمن. البيانات نفسها في الجدول أدناه.
trend-legend-line = الخط والنقاط: نتائجك، من الأقدم إلى الأحدث.
trend-legend-band = الشريط المظلَّل: المجال المرجعي لآخر نتيجة.
trend-legend-out = المربّع: نتيجة خارج المجال المرجعي.
flag-normal = طبيعي
flag-low = منخفض
flag-high = مرتفع
flag-critical-low = منخفض بشكل حرج
flag-critical-high = مرتفع بشكل حرج
flag-abnormal = غير طبيعي
flag-critical = حرج

## الوثائق
documents-title = وثائقي
documents-kinds-label = أنواع الوثائق
documents-all = الكل
documents-empty = لا توجد وثائق هنا بعد.
documents-back = العودة إلى وثائقي
document-kind-report = تقرير تحاليل
document-kind-prescription = وصفة طبية
document-kind-imaging = تصوير طبي
document-kind-letter = رسالة
document-kind-other = وثيقة أخرى
document-kind = النوع
document-author = الكاتب
document-author-unknown = الكاتب غير مذكور
document-added-by = أضافها { $name }
document-date = التاريخ
document-file = الملف
document-size-kb = { $size } كيلوبايت
document-seal = الختم
document-sealed = مختومة، لم تتغير
document-seal-broken = ختم غير صالح: عُدّلت الوثيقة
document-patient-provided = وثيقة أضافها المريض
document-sealed-explained = وقّع Carnet هذه الوثيقة عند نشرها. يمكن لكل من يتلقى نسخة منها أن يتحقق من أنها أصلية وسليمة.
document-open = فتح
document-download = تنزيل
document-replaced = استُبدلت بنسخة مصحَّحة
document-treatments-title = العلاجات في هذه الوصفة
document-replaced-by = صُحّحت هذه الوثيقة: اطّلع على النسخة الجديدة
document-replaces = تصحّح هذه الوثيقة نسخة سابقة: اطّلع عليها
document-verify-hint = التحقق من نسخة من هذه الوثيقة

## التحقق
verify-title = التحقق من وثيقة
verify-intro = تلقيت وثيقة من Carnet؟ اختر الملف: يخبرك Carnet إن كان قد ختمه، ومن نشره ومتى، وإن كان سليمًا. لا يُحتفظ بالملف.
verify-file-label = الملف المراد التحقق منه
verify-button = تحقّق
verify-another = التحقق من ملف آخر
verify-sealed-title = أصلية وسليمة
verify-sealed-text = { $kind } نشرها { $author } في { $date }، وختمها Carnet هذا. لم يتغير الملف منذ ذلك الحين.
verify-author-patient = المريض نفسه (وثيقة أضافها إلى ملفه)
verify-unknown-title = وثيقة غير معروفة
verify-unknown-text = لم يختم Carnet هذا أي وثيقة مطابقة لهذا الملف: إما أنها من مصدر آخر، وإما أنها عُدّلت ولو ببايت واحد.
verify-broken-title = ختم غير صالح
verify-broken-text = توجد وثيقة مطابقة محفوظة، لكن ختمها لم يعد مطابقًا: عُدّلت المعلومات المحفوظة. أبلغ المركز الصحي بذلك.
verify-key-title = التحقق من دون Carnet
verify-key-text = الأختام توقيعات Ed25519 أُنشئت بالمفتاح العام أدناه. الصيغة موصوفة في توثيق Carnet.
verify-key-id = معرّف المفتاح
verify-public-key = المفتاح العام

## إضافة الوثائق
upload-link = إضافة وثيقة
upload-title = إضافة وثيقة
upload-intro = أضف إلى ملفك وثيقة تلقيتها (PDF أو JPEG أو PNG، { $size } ميغابايت على الأكثر). ستُعلَّم بأنك أضفتها.
upload-title-label = عنوان الوثيقة
upload-kind-label = النوع
upload-file-label = الملف
upload-button = إضافة
notice-uploaded = أُضيفت الوثيقة إلى ملفك.
notice-already-added = كان هذا الملف موجودًا في الملف من قبل: ها هو، ولم يُضف مرة ثانية.
error-upload-type = هذا الملف ليس PDF ولا صورة JPEG أو PNG (فُحص محتواه لا اسمه فقط).
error-upload-title = أعطِ الوثيقة عنوانًا (200 حرف على الأكثر، في سطر واحد).
error-upload-duplicate = هذه الوثيقة موجودة في ملفك من قبل.
error-upload-quota = تشغل الملفات المضافة إلى هذا الملف كل المساحة المتاحة. اسأل مكتب الاستقبال إن احتجت إلى المزيد.

## النشر (المهنيون)
nav-publish = نشر
publish-title = النشر في ملف
publish-intro = يُعرَّف المريض برقم INS وتاريخ الميلاد؛ يجب أن يكون ملفه موجودًا. يُبلَّغ بالبريد الإلكتروني دون أي تفصيل طبي.
publish-results-title = نتائج تحاليل أو قياسات
publish-report-title = تقرير (PDF)
publish-vaccination-title = تطعيم
publish-health-id-label = رقم INS للمريض (15 خانة)
publish-birth-date-label = تاريخ الميلاد
publish-taken-at-label = تاريخ أخذ العيّنة أو القياس وساعته
publish-test-label = التحليل أو القياس { $row }
publish-test-none = —
publish-value-label = النتيجة { $row }
publish-low-label = الحد الأدنى { $row } (إن كان مختلفًا)
publish-high-label = الحد الأعلى { $row } (إن كان مختلفًا)
publish-report-title-label = العنوان
publish-report-kind-label = النوع
publish-report-date-label = تاريخ الوثيقة
publish-report-file-label = ملف PDF
publish-report-hide-representatives = إخفاء هذه الوثيقة عن الممثلين القانونيين
publish-report-hide-representatives-hint = لمريض قاصر طلب السرية (استشارة دون والديه مثلًا): لن يرى ممثلوه القانونيون هذه الوثيقة ولا عنوانها. لا أثر لذلك على مريض راشد.
publish-vaccine-label = اللقاح
publish-vaccination-date-label = تاريخ التطعيم
publish-dose-label = رقم الجرعة (اختياري)
publish-lot-label = رقم الدفعة (اختياري)
publish-prescription-title = وصفة طبية (PDF وعلاجات)
publish-prescription-intro = تنضمّ العلاجات المكتوبة هنا إلى الملف الصحي للمريض، مرتبطةً بالوصفة: يرى مصدر كلّ علاج ويمكنه أن يطلب منك تجديده.
publish-prescription-date-label = تاريخ الوصفة
publish-prescription-file-label = الوصفة الموقّعة (ملف PDF)
publish-prescription-hide-representatives = إخفاء هذه الوصفة وعلاجاتها عن الممثلين القانونيين
publish-prescription-document-title = وصفة طبية
publish-treatment-legend = العلاج { $row }
publish-treatment-name-label = الدواء وجرعته وشكله
publish-treatment-name-hint = مثلاً: أملوديبين 5 ملغ، أقراص. اترك الأسطر غير المستعملة فارغة.
publish-treatment-dosage-label = طريقة الاستعمال
publish-treatment-days-label = المدة بالأيام (اختياري)
error-prescription-days = المدة عدد من الأيام، من 1 إلى 365.
error-prescription-empty = اكتب علاجاً واحداً على الأقل: الدواء وطريقة تناوله.
publish-profile-title = حساسية أو مشكلة صحية أو إجراء طبي
publish-profile-intro = ما تسجّله هنا ينضمّ إلى الملف الصحي للمريض باسمك: يراه المريض، ويراه أولاً الطبيب الذي يعالجه في حالة طارئة.
publish-profile-kind-legend = ما تسجّله
publish-profile-kind-allergy = حساسية أو عدم تحمّل
publish-profile-kind-condition = مشكلة صحية (مرض أو سابقة مرضية)
publish-profile-kind-procedure = عملية جراحية أو إجراء طبي تمّ (مثلاً: استئصال الزائدة، تنظير القولون)
publish-profile-kind-emergency = زيارة إلى قسم الطوارئ
publish-profile-kind-stay = إقامة في المستشفى (انتهت)
publish-profile-name-label = ما هو: المادة أو المشكلة أو الإجراء أو القسم
publish-profile-detail-label = رد الفعل أو سبب الإجراء أو ملاحظات (اختياري)
publish-profile-since-label = منذ، أو يوم الإجراء (اختياري)
publish-profile-until-label = تاريخ الشفاء لمشكلة سابقة؛ اليوم الأخير لإجراء استمرّ عدة أيام (اختياري)
publish-profile-place-label = المؤسسة، لإقامة في المستشفى أو زيارة للطوارئ (اختياري)
publish-profile-high-risk = حساسية عالية الخطورة (يُخشى حدوث رد فعل خطير)
publish-button = نشر
notice-published = نُشر: ملف المريض محدَّث وقد أُبلغ المريض.
error-birth-date-invalid = تاريخ الميلاد غير صالح.
error-publish-identity = يجب تعريف المريض برقم INS وتاريخ الميلاد.
error-publish-identify-limit = لم تطابق منشورات كثيرة خلال هذه الساعة أيّ ملف. تحقّق من رقم INS وتاريخ ميلاد مرضاك، ثم أعد المحاولة لاحقًا.
error-publish-author-claimed = ينشر البرنامج باسمه فقط: لا يمكن أن يكون المؤلف حسابًا في Carnet.
error-publish-no-record = لا يوجد ملف يطابق رقم INS وتاريخ الميلاد هذين. تحقّق منهما؛ يمكن تسجيل المريض في مكتب الاستقبال.
error-publish-date-invalid = التاريخ غير صالح (لا يمكن أن يكون في المستقبل).
error-publish-no-results = املأ تحليلًا واحدًا ونتيجته على الأقل.
error-publish-test-unknown = اختر التحليل من القائمة.
error-publish-value-invalid = إحدى النتائج ليست عددًا (مثلًا 1,18).
error-publish-range-invalid = أحد الحدود المرجعية ليس عددًا، أو الحد الأدنى أعلى من الحد الأعلى.
error-publish-not-pdf = يجب أن تكون الوثيقة ملف PDF (فُحص محتواها).
error-publish-vaccine-unknown = اختر اللقاح من القائمة.
error-publish-dose-invalid = يجب أن يكون رقم الجرعة عددًا من 1 إلى 20.
error-publish-lot-invalid = رقم الدفعة 40 حرفًا على الأكثر، في سطر واحد.
lab-test-1558-6 = سكر الدم على الريق
lab-test-4548-4 = الهيموغلوبين السكري (HbA1c)
lab-test-2093-3 = الكوليسترول الكلي
lab-test-13457-7 = الكوليسترول LDL
lab-test-2085-9 = الكوليسترول HDL
lab-test-2571-8 = الدهون الثلاثية
lab-test-2160-0 = الكرياتينين
lab-test-718-7 = الهيموغلوبين
lab-test-6690-2 = الكريات البيضاء
lab-test-777-3 = الصفائح الدموية
lab-test-3016-3 = TSH
lab-test-2276-4 = الفيريتين
lab-test-1988-5 = البروتين التفاعلي C (CRP)
lab-test-2951-2 = الصوديوم
lab-test-2823-3 = البوتاسيوم
vaccine-146 = سداسي التكافؤ (DTaP-IPV-Hib-HepB)
vaccine-115 = dTpa-IPV (الخناق، الكزاز، السعال الديكي، شلل الأطفال)
vaccine-113 = Td-IPV (الخناق، الكزاز، شلل الأطفال)، للبالغين
vaccine-03 = الحصبة والنكاف والحصبة الألمانية (MMR)
vaccine-08 = التهاب الكبد ب
vaccine-133 = المكورات الرئوية المقترن، 13 تكافؤًا
vaccine-216 = المكورات الرئوية المقترن، 20 تكافؤًا
vaccine-203 = المكورات السحائية ACWY
vaccine-163 = المكورات السحائية ب
vaccine-165 = فيروس الورم الحليمي البشري، 9 تكافؤات
vaccine-187 = الحزام الناري (لقاح مؤتلف)
vaccine-140 = الإنفلونزا الموسمية
vaccine-208 = كوفيد-19 (mRNA)
vaccine-119 = فيروس الروتا

## استيراد FHIR (الرفض)
fhir-error-in-entry-of-type = المدخل { $entry } ({ $type }): { $problem }
fhir-error-in-entry = المدخل { $entry }: { $problem }
fhir-not-json = ليس JSON ({ $detail })
fhir-not-a-bundle = ليس Bundle من FHIR
fhir-bundle-type = نوع الحزمة "{ $type }" ليس transaction ولا batch ولا collection
fhir-too-large = أكبر من { $size } ميغابايت
fhir-empty = الحزمة لا تحتوي على مدخلات
fhir-missing-field = { $field } ناقص
fhir-invalid-field = { $field } { $reason }
fhir-dangling-reference = المرجع "{ $reference }" لا يشير إلى أي شيء قابل للاستعمال في هذه الحزمة
fhir-unknown-code = { $field } يحمل الرمز غير المعروف "{ $code }"
fhir-duplicate = { $what } يظهر مرتين
fhir-reason-not-a-number = ليس عددًا
fhir-reason-not-a-date = ليس تاريخًا (YYYY-MM-DD)
fhir-reason-not-a-date-time = ليس تاريخًا أو تاريخًا وساعة بصيغة FHIR
fhir-reason-not-text = ليس نصًا
fhir-reason-not-an-integer = ليس عددًا صحيحًا
fhir-reason-not-a-positive-integer = ليس عددًا صحيحًا موجبًا
fhir-reason-bound-not-a-number = له حدّ ليس عددًا
fhir-reason-low-above-high = حدّه الأدنى أعلى من حدّه الأعلى
fhir-reason-no-inline-data = لا يحتوي على بيانات مضمَّنة
fhir-reason-not-base64 = البيانات ليست بصيغة base64
fhir-reason-empty = فارغ
fhir-reason-end-before-start = ينتهي قبل أن يبدأ
fhir-stored = حُفظ: أُضيف { $results } نتيجة و{ $reports } تقرير و{ $documents } وثيقة و{ $vaccinations } تطعيم.
error-token-required = رمز API مفقود أو غير صالح أو ملغى.
error-fhir-media = أرسل Bundle من FHIR بصيغة JSON (Content-Type: application/fhir+json).
error-imaging-unknown = فحص تصوير يذكره هذا التقرير (imagingStudy) ليس في هذا الملف.
error-prescribed-unknown = علاج تذكره هذه الوصفة (context.related) ليس في هذا الملف.
error-replaces-unknown = الوثيقة التي تصحّحها هذه الوثيقة (relatesTo replaces) ليست في هذا الملف.
home-new-results-many = أكثر من { $count } نتيجة جديدة
verify-fingerprint = بصمة SHA-256 للملف:

mail-record-corrected-subject = تصحيح في ملفك الصحي
mail-record-corrected-body =
    مرحبًا { $name }،

    { $count ->
        [one] صحّح المهني أو المختبر الذي نشر عنصرًا في ملفك الصحي هذا العنصرَ أو سحبه.
        [two] صُحّح عنصران في ملفك الصحي أو سُحبا من قِبل من نشرهما.
        [few] صُحّحت { $count } عناصر في ملفك الصحي أو سُحبت من قِبل من نشرها.
        [many] صُحّح { $count } عنصرًا في ملفك الصحي أو سُحب من قِبل من نشره.
       *[other] صُحّح { $count } عنصر في ملفك الصحي أو سُحب من قِبل من نشره.
    } سجّل الدخول للاطلاع على القيمة الجديدة؛ تبقى القيمة السابقة ظاهرة في السجل:

    { $url }

    حمايةً لخصوصيتك، لا تحتوي هذه الرسالة على أي معلومة طبية.

result-corrected-by = صُحّح في { $date } من قِبل { $publisher }.
result-corrected = صُحّح في { $date }.
result-withdrawn-by = سحبه { $publisher } في { $date }: نُشرت هذه النتيجة عن طريق الخطأ.
result-withdrawn = سُحب في { $date }: نُشرت هذه النتيجة عن طريق الخطأ.
result-all-withdrawn = سحب ناشرو نتائج هذا التحليل جميعَ نتائجه: يبيّن السجل أدناه من سحبها ومتى.
result-previous-value = نُشر سابقًا: { $value }، بتاريخ { $taken } (استُبدل في { $date }).

fhir-entry-not-kept = قُرئ ولم يُحفظ: لا يحتفظ Carnet بهذا النوع من الموارد أو هذه الفئة أو هذه الحالة.
fhir-post-only = أرسل حزمة FHIR بطريقة POST.

mail-record-updated-for-subject = جديد في الملف الصحي لـ { $child }
mail-record-updated-for-body =
    مرحبًا { $name }،

    { $count ->
        [one] أُضيف عنصر جديد إلى الملف الصحي لـ { $child } الذي أنت ممثله القانوني.
        [two] أُضيف عنصران جديدان إلى الملف الصحي لـ { $child } الذي أنت ممثله القانوني.
        [few] أُضيفت { $count } عناصر جديدة إلى الملف الصحي لـ { $child } الذي أنت ممثله القانوني.
        [many] أُضيف { $count } عنصرًا جديدًا إلى الملف الصحي لـ { $child } الذي أنت ممثله القانوني.
       *[other] أُضيف { $count } عنصر جديد إلى الملف الصحي لـ { $child } الذي أنت ممثله القانوني.
    } سجّل الدخول وتصرّف نيابةً عن { $child } للاطلاع على ما أُضيف:

    { $url }

    حمايةً لخصوصيته، لا تتضمن هذه الرسالة أي معلومة طبية.
mail-record-updated-for-action = فتح الملف الصحي
mail-record-corrected-for-subject = تصحيح في الملف الصحي لـ { $child }
mail-record-corrected-for-body =
    مرحبًا { $name }،

    { $count ->
        [one] صحّح من نشر عنصرًا في الملف الصحي لـ { $child }، الذي أنت ممثله القانوني، هذا العنصرَ أو سحبه.
        [two] صُحّح عنصران في الملف الصحي لـ { $child }، الذي أنت ممثله القانوني، أو سُحبا من قِبل من نشرهما.
        [few] صُحّحت { $count } عناصر في الملف الصحي لـ { $child }، الذي أنت ممثله القانوني، أو سُحبت من قِبل من نشرها.
        [many] صُحّح { $count } عنصرًا في الملف الصحي لـ { $child }، الذي أنت ممثله القانوني، أو سُحب من قِبل من نشره.
       *[other] صُحّح { $count } عنصر في الملف الصحي لـ { $child }، الذي أنت ممثله القانوني، أو سُحب من قِبل من نشره.
    } سجّل الدخول وتصرّف نيابةً عن { $child } للاطلاع على القيمة الجديدة؛ تبقى القيمة السابقة ظاهرة في السجل:

    { $url }

    حمايةً لخصوصيته، لا تتضمن هذه الرسالة أي معلومة طبية.
mail-record-corrected-for-action = عرض الملف الصحي
error-publish-place = اكتب اسم المؤسسة في سطر واحد (200 حرف على الأكثر).
