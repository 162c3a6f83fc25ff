# Carnet — العربية (من اليمين إلى اليسار).
# كل نص ظاهر يأتي من هنا؛ لكل اللغات المعرّفات نفسها تمامًا.
# الأرقام بالأرقام العربية الغربية (0-9) في كل مكان، كما في المغرب العربي.

## عام
language-name = العربية
# التاريخ والوقت (نمط strftime؛ ‎%B‎ هو اسم الشهر أدناه).
datetime-pattern = %-d %B %Y، %H:%M
site-name = Carnet
site-tagline = ملفك الصحي، تشاركه مع من تختار.
skip-to-content = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-menu = القائمة
nav-home = الرئيسية
nav-account = حسابي
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
language-label = اللغة
language-switch = العرض بـ{ $language }
footer-text = Carnet، بوابة مفتوحة المصدر للمرضى.
javascript-needed = مفاتيح المرور تحتاج إلى JavaScript: فعّله في متصفحك للمتابعة.

## الأدوار
role-patient = مريض
role-caregiver = مرافق
role-professional = مهني صحي
role-staff = الاستقبال والمساعدة الرقمية
role-admin = الإدارة

## الرئيسية
home-title = الرئيسية
home-greeting = مرحبًا، { $name }
home-roles = أنت مسجَّل الدخول بصفة: { $roles }.
home-signed-out-title = مرحبًا بك في Carnet
home-signed-out-text = سجّل الدخول بمفتاح المرور لرؤية ملفك الصحي. للحصول على حساب، اسأل في مكتب الاستقبال في مركزك الصحي.
home-account-hint = أدِر مفاتيح المرور واللغة من حسابك.

## تسجيل الدخول
signin-title = تسجيل الدخول
signin-intro = استخدم مفتاح المرور المحفوظ في هاتفك أو حاسوبك أو مفتاح الأمان.
signin-username-label = البريد الإلكتروني
signin-username-hint = قد يقترح متصفحك مفاتيح المرور في هذا الحقل.
signin-button = تسجيل الدخول بمفتاح مرور
signin-working = جارٍ تسجيل الدخول…
signin-failed = تعذّر تسجيل دخولك بمفتاح المرور هذا. حاول مرة أخرى أو اسأل في مكتب الاستقبال.
signin-no-account = ليس لديك حساب بعد؟ يمكن لمكتب الاستقبال في مركزك الصحي تسجيلك.

## التسجيل
enrol-title = أنشئ مفتاح المرور
enrol-welcome = مرحبًا، { $name }.
enrol-intro = مفتاح المرور يحلّ محلّ كلمة السر: يبقى على جهازك ويُفتح ببصمتك أو وجهك أو رمزك السري. لا يمكن لأحد غيرك استخدامه.
enrol-button = إنشاء مفتاح المرور
enrol-working = جارٍ إنشاء مفتاح المرور…
enrol-failed = تعذّر إنشاء مفتاح المرور. حاول مرة أخرى.
link-unknown-title = رابط غير معروف
link-unknown-text = رابط التسجيل هذا غير موجود. تحقّق من أنه كامل، أو اطلب رابطًا جديدًا من مكتب الاستقبال.
link-used-title = رابط مستعمل
link-used-text = استُعمل هذا الرابط من قبل لإنشاء مفتاح مرور. سجّل الدخول بهذا المفتاح، أو اطلب رابطًا جديدًا من مكتب الاستقبال.
link-expired-title = رابط منتهي الصلاحية
link-expired-text = هذا الرابط لم يعد صالحًا. اطلب رابطًا جديدًا من مكتب الاستقبال.

## العمليات (رسائل مشتركة)
ceremony-cancelled = أُلغيت العملية أو انتهت مهلتها. يمكنك المحاولة مرة أخرى.
ceremony-unsupported = هذا المتصفح لا يدعم مفاتيح المرور. جرّب متصفحًا حديثًا.
ceremony-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.

## الحساب
account-title = حسابي
account-passkeys-title = مفاتيح المرور الخاصة بي
account-passkeys-intro = لكل جهاز تسجّل الدخول منه مفتاح مروره الخاص.
passkey-created = أُنشئ في { $date }
passkey-last-used = آخر استعمال في { $date }
passkey-never-used = لم يُستعمل قط لتسجيل الدخول
passkey-name-label = اسم مفتاح المرور
passkey-rename = إعادة التسمية
passkey-remove = حذف
passkey-remove-label = حذف مفتاح المرور «{ $name }»
passkey-rename-label = إعادة تسمية مفتاح المرور «{ $name }»
passkey-only-one = هذا مفتاح مرورك الوحيد: أضف مفتاحًا آخر قبل حذفه، وإلا فلن تتمكن من تسجيل الدخول.
passkey-add-title = إضافة مفتاح مرور
passkey-add-intro = أضف مفتاح مرور على جهاز آخر حتى لا تفقد أبدًا الوصول إلى ملفك.
passkey-add-button = إضافة مفتاح مرور
passkey-add-working = جارٍ إضافة مفتاح المرور…
passkey-add-failed = تعذّرت إضافة مفتاح المرور. حاول مرة أخرى.
passkey-default-name = مفتاح المرور { $number }
account-language-title = اللغة
account-language-intro = يراسلك Carnet ويُعرض باللغة التي تختارها.
account-export-title = بياناتي
account-export-intro = نزّل نسخة كاملة من الملف: الهوية، والنتائج مع قيمها المرجعية، واللقاحات، والوثائق مع ملفاتها. الملف بصيغة FHIR R4 التي تقرؤها برامج الصحة. يحتوي على كل هذه البيانات الصحية: احفظه في مكان آمن.
account-export-link = تنزيل الملف (FHIR، JSON)
notice-passkey-renamed = أُعيدت تسمية مفتاح المرور.
notice-passkey-removed = حُذف مفتاح المرور. أُنهيت الجلسات التي فُتحت به.
notice-passkey-added = أُضيف مفتاح المرور. أُرسلت إليك رسالة أمان بالبريد الإلكتروني.
notice-language-changed = تغيّرت اللغة.

## الأخطاء
error-title = حدث خطأ ما
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو ليس لديك حق الوصول إليها.
back-home = العودة إلى الرئيسية
error-name-invalid = يجب أن يتكون الاسم من 1 إلى 100 حرف.
error-email-invalid = عنوان البريد الإلكتروني هذا غير صالح.
error-email-taken = يوجد حساب بهذا العنوان البريدي من قبل.
error-role-invalid = هذا الدور غير موجود.
error-passkey-name-invalid = يجب أن يتكون اسم مفتاح المرور من 1 إلى 64 حرفًا.
error-last-passkey = لا يمكنك حذف آخر مفتاح مرور لديك: أضف مفتاحًا آخر أولًا.
error-not-found = غير موجود.
error-sign-in-required = يجب عليك تسجيل الدخول.
error-ceremony = فشل التحقق من مفتاح المرور. حاول مرة أخرى.
error-rate-limited = محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.
error-bad-request = الطلب غير صالح.
error-unsupported-media = صيغة الطلب غير مقبولة.
error-payload-too-large = الطلب كبير جدًا.
error-cross-origin = رُفض الطلب: لم يصدر عن Carnet.
error-internal = مشكلة تقنية تمنعنا من الرد. حاول مرة أخرى بعد قليل.
error-method = هذا الإجراء غير مسموح به هنا.

## الرسائل الإلكترونية
mail-invitation-subject = دعوتك إلى Carnet
mail-invitation-body =
    مرحبًا { $name }،

    أُنشئ لك حساب في Carnet. لاستعماله، أنشئ مفتاح المرور بفتح هذا الرابط على هاتفك أو حاسوبك:

    { $url }

    يعمل هذا الرابط مرة واحدة فقط وتنتهي صلاحيته بعد { $hours } ساعة.

    إن لم تكن تنتظر هذه الرسالة، فتجاهلها.
mail-passkey-added-subject = أُضيف مفتاح مرور إلى حسابك في Carnet
mail-passkey-added-body =
    مرحبًا { $name }،

    أُضيف مفتاح مرور باسم «{ $passkey }» إلى حسابك في Carnet في { $when }.

    إن كنت أنت من فعل ذلك، فلا شيء عليك. وإلا فأخبر مكتب الاستقبال في مركزك الصحي واحذف هذا المفتاح من حسابك:

    { $url }
mail-record-updated-subject = جديد في ملفك الصحي
mail-record-updated-body =
    مرحبًا { $name }،

    { $count ->
        [one] أُضيف عنصر جديد إلى ملفك الصحي.
        [two] أُضيف عنصران جديدان إلى ملفك الصحي.
        [few] أُضيفت { $count } عناصر جديدة إلى ملفك الصحي.
        [many] أُضيف { $count } عنصرًا جديدًا إلى ملفك الصحي.
       *[other] أُضيف { $count } عنصر جديد إلى ملفك الصحي.
    } سجّل الدخول للاطلاع على ما أُضيف:

    { $url }

    حمايةً لخصوصيتك، لا تحتوي هذه الرسالة على أي معلومة طبية.

## الملف الصحي: الصيغ
# التاريخ فقط (نمط strftime).
date-pattern = %-d %B %Y
# الفاصل العشري للقيم المقيسة.
decimal-separator = ,
nav-results = النتائج
nav-documents = الوثائق
nav-vaccinations = التطعيمات
pager-older = الأقدم
error-date-invalid = أحد التواريخ غير صالح: استعمل الصيغة يوم/شهر/سنة (dd/mm/yyyy).
error-health-id-invalid = رقم INS هذا غير صالح: يتكون من 15 خانة ويجب أن يتطابق مفتاحه.
error-health-id-taken = رقم INS هذا مسجَّل لملف آخر.
error-upload-missing = اختر ملفًا.
error-upload-too-large = حجم هذا الملف أكبر من 10 ميغابايت.

## الرئيسية (المريض)
home-new-title = الجديد منذ زيارتك الأخيرة
home-nothing-new = لا جديد منذ زيارتك الأخيرة.
home-new-results = { $count ->
    [zero] لا نتائج جديدة
    [one] نتيجة جديدة واحدة
    [two] نتيجتان جديدتان
    [few] { $count } نتائج جديدة
    [many] { $count } نتيجة جديدة
   *[other] { $count } نتيجة جديدة
}
home-out-of-range-title = نتائج خارج المجال المرجعي
home-out-of-range-none = لا توجد أيّ نتيجة من نتائجك الأخيرة خارج مجالها المرجعي.
home-out-of-range-nothing-to-judge = لا توجد بعدُ نتائج لها قيم مرجعية.
home-out-of-range-hint = النتيجة خارج المجال المرجعي ليست بالضرورة غير طبيعية بالنسبة إليك: ناقشها مع طبيبك.
home-all-results = كل نتائجي
home-vaccinations-title = تطعيمات مستحقة
home-all-vaccinations = سجل تطعيماتي
home-verify-link = التحقق من وثيقة ختمها Carnet

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
document-replaced-by = صُحّحت هذه الوثيقة: اطّلع على النسخة الجديدة
document-replaces = تصحّح هذه الوثيقة نسخة سابقة: اطّلع عليها
document-verify-hint = التحقق من نسخة من هذه الوثيقة

## التطعيمات
vaccinations-title = تطعيماتي
vaccinations-due-title = مستحقة
vaccinations-history-title = التطعيمات المتلقّاة
vaccinations-empty = لا توجد تطعيمات مسجلة.
vaccinations-up-to-date = لا شيء مستحق حاليًا وفق جدول التطعيمات.
vaccinations-no-birth-date = تاريخ ميلادك غير معروف، لذا لا يمكن حساب التطعيمات المستحقة.
vaccinations-source = وفق { $source }. قد يوصي طبيبك بتطعيمات أخرى.
vaccinations-print-hint = لطباعة سجل تطعيماتك، استعمل أمر الطباعة في متصفحك.
vaccination-overdue = متأخر
vaccination-due = مستحق
vaccination-since = منذ { $date }
vaccination-scheduled = مقرَّر { $age }
vaccination-age-months = في عمر { $months } شهرًا
vaccination-age-years = في عمر { $years } سنة
vaccination-vaccine = اللقاح
vaccination-date = التاريخ
vaccination-dose = الجرعة
vaccination-lot = الدفعة
vaccination-by = بواسطة
vaccine-series-dtp = الخناق والكزاز وشلل الأطفال (والسعال الديكي)
vaccine-series-hib = المستدمية النزلية من النوع ب
vaccine-series-hepb = التهاب الكبد ب
vaccine-series-pneumo-child = المكورات الرئوية (الرضّع)
vaccine-series-menb = المكورات السحائية ب
vaccine-series-men-acwy = المكورات السحائية ACWY
vaccine-series-mmr = الحصبة والنكاف والحصبة الألمانية
vaccine-series-rotavirus = فيروس الروتا
vaccine-series-hpv = فيروس الورم الحليمي البشري
vaccine-series-pneumo-adult = المكورات الرئوية (65 سنة فأكثر)
vaccine-series-zoster = الحزام الناري
vaccine-series-influenza = الإنفلونزا (كل سنة)
vaccine-series-covid-19 = كوفيد-19 (كل سنة)

## التحقق
verify-title = التحقق من وثيقة
verify-intro = تلقيت وثيقة من Carnet؟ اختر الملف: يخبرك Carnet إن كان قد ختمه، ومن نشره ومتى، وإن كان سليمًا. لا يُحتفظ بالملف.
verify-file-label = الملف المراد التحقق منه
verify-button = تحقّق
verify-another = التحقق من ملف آخر
verify-sealed-title = أصلية وسليمة
verify-sealed-text = { $kind } نشرها { $author } في { $date }، وختمها Carnet هذا. لم يتغير الملف منذ ذلك الحين.
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
error-upload-type = هذا الملف ليس PDF ولا صورة JPEG أو PNG (فُحص محتواه لا اسمه فقط).
error-upload-title = أعطِ الوثيقة عنوانًا (200 حرف على الأكثر، في سطر واحد).
error-upload-duplicate = هذه الوثيقة موجودة في ملفك من قبل.

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
publish-vaccine-label = اللقاح
publish-vaccination-date-label = تاريخ التطعيم
publish-dose-label = رقم الجرعة (اختياري)
publish-lot-label = رقم الدفعة (اختياري)
publish-button = نشر
notice-published = نُشر: ملف المريض محدَّث وقد أُبلغ المريض.
error-birth-date-invalid = تاريخ الميلاد غير صالح.
error-publish-identity = يجب تعريف المريض برقم INS وتاريخ الميلاد.
error-publish-no-record = لا يوجد ملف يطابق رقم INS وتاريخ الميلاد هذين. تحقّق منهما؛ يمكن تسجيل المريض في مكتب الاستقبال.
error-publish-date-invalid = التاريخ غير صالح (لا يمكن أن يكون في المستقبل).
error-publish-no-results = املأ تحليلًا واحدًا ونتيجته على الأقل.
error-publish-test-unknown = اختر التحليل من القائمة.
error-publish-value-invalid = إحدى النتائج ليست عددًا (مثلًا 1,18).
error-publish-range-invalid = أحد الحدود المرجعية ليس عددًا، أو الحد الأدنى أعلى من الحد الأعلى.
error-publish-not-pdf = يجب أن يكون التقرير ملف PDF (فُحص محتواه).
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
fhir-stored = حُفظ: أُضيف { $results } نتيجة و{ $reports } تقرير و{ $documents } وثيقة و{ $vaccinations } تطعيم.
error-token-required = رمز API مفقود أو غير صالح أو ملغى.
error-fhir-media = أرسل Bundle من FHIR بصيغة JSON (Content-Type: application/fhir+json).
error-replaces-unknown = الوثيقة التي تصحّحها هذه الوثيقة (relatesTo replaces) ليست في هذا الملف.
home-new-results-many = أكثر من { $count } نتيجة جديدة
verify-fingerprint = بصمة SHA-256 للملف:

## المشاركة والتتبع (issue 4)
nav-sharing = المشاركة
nav-patients = مرضاي
record-of = ملف { $name }
record-emergency = وصول طارئ
record-sections-label = أقسام الملف
overview-latest-title = الأحدث
overview-nothing = لا شيء في هذا الملف بعد.
patients-title = مرضاي
patients-empty = لم يأذن لك أي مريض بعد.
patients-born = تاريخ الميلاد { $date }
patients-status-authorized = أذن لك
patients-emergency-until = وصول طارئ حتى { $time }
patients-request-title = طلب الوصول من مريض
patients-request-intro = يتلقى المريض طلبك ويقرّر. سترى ملفه هنا بعد أن يأذن لك.
patients-request-button = إرسال الطلب
patients-emergency-title = وصول طارئ
patients-emergency-intro = فقط حين لا تحتمل رعاية المريض انتظار موافقته. يدوم الوصول 4 ساعات، ويُبلَّغ المريض فورًا، ويظهر في سجله مع السبب الذي تذكره. المريض الذي حظرك يبقى محميًا.
patients-emergency-reason-label = السبب (إلزامي، يراه المريض)
patients-emergency-button = فتح وصول طارئ
notice-access-requested = أُرسل طلبك إن كان هناك ملف مطابق. ستتمكن من قراءة الملف بعد أن يأذن لك المريض.
error-emergency-reason-missing = اذكر سبب الوصول الطارئ.
error-emergency-reason-invalid = يجب أن يكون السبب سطرًا واحدًا من 500 حرف على الأكثر.
error-emergency-refused = لا يوجد ملف يمكنك فتحه يطابق رقم INS وتاريخ الميلاد هذين.
visibility-title = من يمكنه رؤية هذه الوثيقة
visibility-professionals = إخفاؤها عن المهنيين الصحيين
visibility-representatives = إخفاؤها عن الممثلين القانونيين
visibility-hint = الوثيقة المخفية عن المهنيين تبقى ظاهرة لك، وللأشخاص الذين يتصرفون نيابة عنك، وللمهني الذي كتبها ما دام له حق الوصول إلى ملفك. والوثيقة المخفية عن الممثلين القانونيين تبقى ظاهرة لك وللمهنيين الذين لهم حق الوصول إلى ملفك.
visibility-save = حفظ
notice-visibility-saved = حُفظ اختيارك.
sharing-title = المشاركة
sharing-intro = أنت من يقرّر، مهنيًا بعد مهني، من يمكنه قراءة ملفك. الحظر يتقدّم على كل شيء آخر، حتى على الوصول الطارئ.
sharing-history-link = من اطّلع على ملفي
notice-sharing-authorize = يمكن لهذا المهني الآن قراءة ملفك.
notice-sharing-revoke = لم يعد بإمكان هذا المهني قراءة ملفك.
notice-sharing-block = هذا المهني محظور: لم يعد بإمكانه قراءة ملفك، حتى في حالة طارئة.
notice-sharing-unblock = لم يعد هذا المهني محظورًا.
notice-sharing-approve = قُبل الطلب: يمكن لهذا المهني الآن قراءة ملفك.
notice-sharing-refuse = رُفض الطلب.
notice-sharing-preference = حُفظ اختيارك.
error-sharing-unknown-professional = هذا المهني ليس في الدليل.
error-sharing-no-request = هذا الطلب لم يعد قيد الانتظار.
sharing-requests-title = الطلبات
sharing-requested-on = طُلب في { $date }
sharing-authorized-title = من يمكنه قراءة ملفي
sharing-authorized-none = لا يمكن لأي مهني قراءة ملفك.
sharing-authorized-on = أُذن له في { $date }
sharing-emergencies-title = وصول طارئ جارٍ
sharing-emergency-reason = السبب المذكور: { $reason }
sharing-emergency-until = حتى { $time }
sharing-blocked-title = المحظورون
sharing-blocked-none = لم تحظر أحدًا.
sharing-blocked-on = حُظر في { $date }
sharing-directory-title = البحث عن مهني
sharing-directory-name-label = الاسم أو رقم RPPS
sharing-directory-specialty-label = التخصص
sharing-directory-any-specialty = أي تخصص
sharing-directory-city-label = المدينة
sharing-directory-search = بحث
sharing-directory-none = لا يوجد مهني يطابق هذا البحث.
sharing-status-authorized = يمكنه قراءة ملفك
sharing-status-blocked = محظور
sharing-status-requested = طلب الوصول
sharing-new-documents-title = الوثائق الجديدة
sharing-new-documents-label = تبدأ الوثائق الجديدة مخفية عن المهنيين
sharing-new-documents-hint = يمكنك بعد ذلك إظهار كل وثيقة من صفحتها. المهني الذي كتب الوثيقة يراها دائمًا، ما دام له حق الوصول إلى ملفك.
sharing-save = حفظ
sharing-rpps = RPPS { $rpps }
sharing-authorize = الإذن
sharing-revoke = سحب الإذن
sharing-block = حظر
sharing-unblock = رفع الحظر
sharing-approve = قبول
sharing-refuse = رفض
specialty-general-practice = الطب العام
specialty-cardiology = أمراض القلب
specialty-dermatology = الأمراض الجلدية
specialty-endocrinology = الغدد الصماء
specialty-gynaecology = أمراض النساء
specialty-paediatrics = طب الأطفال
specialty-psychiatry = الطب النفسي
specialty-radiology = الأشعة
specialty-medical-biology = التحاليل الطبية
specialty-nursing = التمريض
specialty-pharmacy = الصيدلة
specialty-dentistry = طب الأسنان
specialty-physiotherapy = العلاج الطبيعي
specialty-midwifery = القبالة
error-rpps-invalid = رقم RPPS يتكون من 11 رقمًا.
error-rpps-taken = لمهني آخر رقم RPPS هذا.
error-specialty-unknown = هذا التخصص غير معروف.
error-city-invalid = يجب أن تكون المدينة سطرًا واحدًا من 100 حرف على الأكثر.
history-title = من اطّلع على ملفي
history-intro = كل وصول إلى ملفك وكل تغيير يقوم به غيرك، مسموحًا كان أو مرفوضًا.
history-from-label = من
history-to-label = إلى
history-who-label = الشخص
history-who-anyone = أي شخص
history-filter = تصفية
history-csv = تنزيل بصيغة CSV
history-empty = لم يطّلع أحد غيرك على ملفك في هذه الفترة.
history-table-caption = عمليات الوصول والتغييرات، من الأحدث إلى الأقدم
history-csv-time = الوقت
history-csv-who = من
history-csv-role = الدور
history-csv-action = ما حدث
history-csv-about = بخصوص
history-csv-decision = النتيجة
history-csv-emergency = طارئ
history-csv-emergency-reason = السبب المذكور
history-csv-yes = نعم
history-csv-no = لا
history-emergency = طارئ
history-emergency-reason = السبب المذكور: { $reason }
history-actor-operator = الفريق التقني لـ Carnet
history-actor-unknown = غير معروف
history-action-read-summary = قراءة ملخص ملفك
history-action-read-results = قراءة نتائجك
history-action-read-result-history = قراءة سجل أحد تحاليلك
history-action-read-documents = قراءة قائمة وثائقك
history-action-read-document = فتح إحدى وثائقك
history-action-read-vaccinations = قراءة تطعيماتك
history-action-read-sharing = قراءة إعدادات المشاركة لديك
history-action-read-history = قراءة هذا السجل
history-action-write-import = استيراد بيانات إلى ملفك
history-action-write-publish = النشر في ملفك
history-action-write-upload = إضافة وثيقة إلى ملفك
history-action-share-authorize = الإذن لمهني بقراءة ملفك
history-action-share-revoke = سحب إذن مهني
history-action-share-block = حظر مهني
history-action-share-unblock = رفع الحظر عن مهني
history-action-share-approve = قبول طلب وصول من مهني
history-action-share-refuse = رفض طلب وصول من مهني
history-action-share-hide-document = إخفاء وثيقة
history-action-share-show-document = إظهار وثيقة من جديد
history-action-share-hide-new-documents = تغيير إعداد الوثائق الجديدة
history-action-access-request = طلب الوصول إلى ملفك منك
history-action-access-emergency = فتح وصول طارئ إلى ملفك
history-action-auth-sign-in = تسجيل الدخول
history-reason-owner = إنه ملفك أنت
history-reason-consent = أذنت لهذا المهني بقراءة ملفك
history-reason-emergency = كان وصول طارئ جاريًا
history-reason-blocked = حظرت هذا المهني
history-reason-no-consent = لم تأذن لهذا المهني
history-reason-hidden-document = أخفيت هذه الوثيقة عن المهنيين
history-reason-no-access = لا حق لهذا الشخص في ملفك
history-reason-unknown-record = هذا الملف غير موجود
history-reason-owner-only = هذا مقصور على صاحب الملف
history-reason-professional = يحق ذلك للمهنيين الصحيين
history-reason-organisation-token = عبر برمجية مؤسسة، بمفتاح اتصالها بـ Carnet
history-reason-operator = الاستيراد مقصور على الفريق التقني، من الخادم
history-reason-passkey = بمفتاح المرور الخاص بك
history-reason-enrolment = عند التسجيل
history-reason-bad-assertion = مفتاح مرور غير معروف
history-reason-user-handle-mismatch = مفتاح مرور غير معروف
history-role-patient = مريض
history-role-professional = مهني صحي
history-role-organisation = مؤسسة
history-role-operator = الفريق التقني
history-role-caregiver = مرافق
history-role-staff = الاستقبال
history-role-admin = الإدارة
history-role-none = بلا دور
history-role-person = شخص
mail-first-read-subject = اطّلع مهني على ملفك الصحي
mail-first-read-body =
    مرحبًا { $name }،

    اطّلع مهني صحي أذنت له على ملفك لأول مرة. اعرف من ومتى في «من اطّلع على ملفي»:

    { $url }

    إن لم تكن تتوقع ذلك، يمكنك سحب إذنه أو حظره من صفحة المشاركة.
mail-emergency-access-subject = وصول طارئ إلى ملفك الصحي
mail-emergency-access-body =
    مرحبًا { $name }،

    فتح مهني صحي وصولًا طارئًا إلى ملفك. يدوم 4 ساعات. اعرف من ومتى والسبب الذي ذكره في «من اطّلع على ملفي»:

    { $url }

    إن كنت تعترض، يمكنك حظره من صفحة المشاركة: الحظر ينهي وصوله فورًا.
mail-access-requested-subject = مهني يطلب الاطلاع على ملفك الصحي
mail-access-requested-body =
    مرحبًا { $name }،

    يطلب مهني صحي قراءة ملفك. اقبل أو ارفض في صفحة المشاركة:

    { $url }
home-patients-link = مرضاي وطلبات الوصول

## التفويضات: المرافقون والممثلون القانونيون (issue 5)
nav-caregivers = مرافقيّ
nav-helping = من أساعدهم
acting-region-label = التصرف نيابةً عن شخص آخر
acting-for = تتصرف نيابةً عن: { $name }
acting-back-to-mine = العودة إلى حسابي
acting-switch = تغيير الشخص
home-record-of = ملف { $name }
home-helping-link = من أساعدهم
caregivers-title = مرافقيّ
caregivers-intro = دع شخصًا تثق به يتصرف نيابةً عنك: قريبًا أو صديقًا أو مساعدًا. أنت تختار ما يمكنه فعله وإلى متى، ويمكنك إنهاء ذلك في أي وقت.
caregivers-current-title = من يمكنهم التصرف نيابةً عني
caregivers-none = لا أحد يمكنه التصرف نيابةً عنك.
caregivers-invite-title = دعوة مرافق
caregivers-invite-intro = نرسل إليه رابطًا بالبريد الإلكتروني. يقبل بحسابه الخاص في Carnet (أو ينشئ حسابًا)؛ وتُبلَّغ أنت بالبريد الإلكتروني.
caregivers-email-label = عنوان بريده الإلكتروني
caregivers-scopes-legend = ما يمكنه فعله
delegation-scope-record-label = قراءة ملفي (النتائج، الوثائق، التطعيمات)
delegation-scope-appointments-label = رؤية مواعيدي وحجزها وتغييرها وإلغاؤها
delegation-scope-upload-label = إضافة وثائق إلى ملفي
caregivers-last-day-label = اليوم الأخير (اختياري)
caregivers-last-day-hint = اتركه فارغًا لعدم تحديد نهاية: يدوم حتى تنهيه أنت أو هو.
caregivers-protected-hint = لا يدير المرافق أبدًا مفاتيح مرورك ولا خيارات المشاركة ولا مرافقيك ولا من اطّلع على ملفك.
caregivers-invite-button = إرسال الدعوة
caregivers-past-title = المنتهية والمنقضية
caregivers-withdraw = سحب الدعوة
caregivers-withdraw-label = سحب الدعوة المرسلة إلى { $name }
delegation-end = إنهاء
delegation-end-label = منع { $name } من التصرف نيابةً عني
notice-delegation-invited = أُرسلت الدعوة.
notice-delegation-accepted = قبلت. أنت الآن تتصرف نيابةً عن هذا الشخص: الشريط أعلى كل صفحة يوضح ذلك.
notice-delegation-ended = تم: انتهى هذا الوصول.
helping-title = من أساعدهم
helping-intro = الأشخاص الذين سمحوا لك بالتصرف نيابةً عنهم. اختر من تتصرف نيابةً عنه؛ وستذكر كل صفحة ذلك في أعلاها.
helping-none = لم يسمح لك أحد بعد بالتصرف نيابةً عنه.
helping-as-caregiver = بصفة مرافق
helping-as-representative = بصفة ممثل قانوني
helping-act-for = التصرف نيابةً عن هذا الشخص
helping-act-for-label = التصرف نيابةً عن { $name }
helping-current = أنت تتصرف نيابةً عن هذا الشخص
helping-stop = التوقف عن المساعدة
helping-stop-label = التوقف عن التصرف نيابةً عن { $name }
delegation-status-invited = أُرسلت الدعوة
delegation-status-running = سارٍ
delegation-status-expired = منقضٍ
delegation-status-ended = منتهٍ
delegation-ended-on = انتهى في { $date }
delegation-until = حتى { $date } ضمنًا
delegation-until-ended = حتى ينهيه أحدكما
delegation-scope-record = قراءة الملف
delegation-scope-appointments = إدارة المواعيد
delegation-scope-upload = إضافة وثائق
invitation-title = دعوة لمساعدة شخص
invitation-lead = يدعوك { $patient } إلى التصرف نيابةً عنه في Carnet:
invitation-expires = يمكن قبول هذه الدعوة حتى { $date }.
invitation-signed-in-as = أنت مسجَّل الدخول باسم { $name }.
invitation-accept = قبول
invitation-join-title = جديد في Carnet
invitation-join-intro = أنشئ حسابك بالعنوان الذي أُرسلت إليه هذه الدعوة ({ $email })، ثم مفتاح المرور.
invitation-name-label = اسمك
invitation-join-button = إنشاء حسابي
invitation-have-account-title = لديّ حساب في Carnet
invitation-have-account-text = سجّل الدخول، ثم افتح الرابط من البريد الإلكتروني مجددًا لتقبل.
invitation-unknown-title = دعوة غير معروفة
invitation-unknown-text = هذه الدعوة غير موجودة. تحقّق من أن الرابط كامل، أو اطلب من الشخص الذي دعاك أن يرسل دعوة جديدة.
invitation-used-title = الدعوة لم تعد متاحة
invitation-used-text = قُبلت هذه الدعوة من قبل، أو سُحبت.
invitation-expired-title = انتهت صلاحية الدعوة
invitation-expired-text = هذه الدعوة لم تعد صالحة. اطلب من الشخص الذي دعاك أن يرسل دعوة جديدة.
error-delegation-no-scope = اختر شيئًا واحدًا على الأقل يمكنه فعله.
error-delegation-end-past = لا يمكن أن يكون اليوم الأخير في الماضي.
error-delegation-own-address = هذا عنوانك أنت: ادعُ شخصًا آخر.
error-delegation-already-invited = توجد دعوة قيد الانتظار لهذا العنوان من قبل.
error-delegation-own-record = لا يمكنك التصرف نيابةً عن نفسك: هذه الدعوة صادرة عن حسابك.
error-delegation-exists = يمكنك التصرف نيابةً عن هذا الشخص من قبل.
mail-delegation-invitation-subject = يدعوك { $patient } إلى مساعدته في Carnet
mail-delegation-invitation-body =
    مرحبًا،

    يدعوك { $patient } إلى التصرف نيابةً عنه في Carnet، بوابته الصحية. ستتمكن من: { $what }. { $until }.

    للقبول، افتح هذا الرابط (يعمل لمدة 7 أيام):

    { $url }

    إن كنت لا تعرف هذا الشخص، فتجاهل هذه الرسالة.
mail-delegation-granted-subject = يمكن لشخص الآن التصرف نيابةً عنك في Carnet
mail-delegation-granted-body =
    مرحبًا { $name }،

    قبل { $caregiver } دعوتك ويمكنه الآن التصرف نيابةً عنك، كما اخترت. يمكنك إنهاء ذلك في أي وقت:

    { $url }
mail-delegation-first-used-subject = استعمل مرافقك وصوله
mail-delegation-first-used-body =
    مرحبًا { $name }،

    فتح { $caregiver } ملفك لأول مرة. كل ما يفعله مذكور في «من اطّلع على ملفي»:

    { $url }
mail-delegation-ended-subject = لم يعد بإمكان مرافق التصرف نيابةً عنك
mail-delegation-ended-body =
    مرحبًا { $name }،

    لم يعد بإمكان { $caregiver } التصرف نيابةً عنك في Carnet. تجد مرافقيك في هذه الصفحة:

    { $url }
mail-delegation-ended-delegate-subject = لم يعد بإمكانك التصرف نيابةً عن { $patient }
mail-delegation-ended-delegate-body =
    مرحبًا { $name }،

    لم يعد بإمكانك التصرف نيابةً عن { $patient } في Carnet. تجد الأشخاص الذين تساعدهم في هذه الصفحة:

    { $url }
history-action-read-delegations = قراءة قائمة مرافقيك
history-action-delegation-invite = دعوة مرافق
history-action-delegation-end = إنهاء تفويض
history-action-delegation-accept = قبول التصرف نيابة عنك
history-reason-delegation = عبر التفويض الذي منحته
history-reason-representative = بصفة ممثل قانوني
history-reason-no-delegation = لم تمنح هذا الشخص أي تفويض
history-reason-delegation-ended = كان التفويض قد انتهى
history-reason-patient-adult = بلغت 18 عامًا: لم يعد الممثل القانوني يتصرف نيابة عنك
history-reason-out-of-scope = التفويض الذي منحته لا يسمح بذلك
history-reason-invitation = قُبلت دعوتك
history-reason-delegate = بطلب من المرافق
history-role-representative = ممثل قانوني

## مكتب الاستقبال: التسجيل، الاسترجاع، القاصرون، الجلسات المساعَدة، الكشك (issue 5)
nav-desk = مكتب الاستقبال
home-desk-link = مكتب الاستقبال
notice-session-ended = انتهت الجلسة ولم يبقَ منها شيء على هذا الجهاز.
assisted-region-label = جلسة مساعَدة
assisted-banner = بمساعدة { $staff } — لـ{ $patient }
assisted-end = إنهاء الجلسة
desk-title = مكتب الاستقبال
desk-intro = تحقّق من وثيقة هوية الشخص قبل أي من هذه العمليات. لا ترى هنا أبدًا البيانات الصحية لأحد: فقط مع المريض، في جلسة يوافق عليها.
notice-desk-enrolled = أُنشئ الحساب وأُرسل رابط التسجيل إلى المريض بالبريد الإلكتروني.
notice-desk-recovery-sent = أُرسل رابط استرجاع إلى عنوان بريد المريض. أُنهيت جلساته.
notice-desk-minor-created = أُنشئ ملف القاصر؛ وأُبلغ الممثلون بالبريد الإلكتروني.
notice-desk-kiosk-on = أصبح هذا الجهاز كشكًا.
notice-desk-kiosk-off = لم يعد هذا الجهاز كشكًا.
notice-desk-code-sent = أُرسل رمز إلى عنوان بريد المريض.
desk-assist-title = مساعدة مريض حاضر
desk-assist-intro = يوافق المريض على الجلسة بمفتاح مروره أو برمز يُرسل إليه. تدوم 30 دقيقة على الأكثر، وتنتهي بعد 5 دقائق دون نشاط.
desk-assist-button = بدء جلسة مساعَدة
desk-enrol-title = تسجيل مريض
desk-enrol-intro = سينشئ المريض مفتاح مروره على هاتفه أو حاسوبه، وليس على هذا الجهاز أبدًا.
desk-name-label = الاسم الكامل
desk-email-label = البريد الإلكتروني
desk-handover-legend = كيف يحصل المريض على رابط التسجيل
desk-handover-email = بالبريد الإلكتروني
desk-handover-print = الآن، كرمز QR للمسح أو الطباعة
desk-enrol-button = إنشاء الحساب
desk-recover-title = مساعدة مريض فقد كل مفاتيح مروره
desk-recover-intro = بعد التحقق من هوية المريض حضوريًا، أعطه رابط استرجاع: بالبريد الإلكتروني إلى عنوانه الخاص (لا تراه أنت أبدًا)، أو الآن كرمز QR يمسحه بهاتفه. تنتهي جلساته فورًا؛ وتتوقف مفاتيح المرور القديمة عن العمل بمجرد أن ينشئ مفتاحًا جديدًا.
desk-recover-button = بدء الاسترجاع
desk-minor-title = إنشاء ملف قاصر
desk-minor-intro = اربط ممثلًا قانونيًا أو اثنين. يتصرفان نيابةً عن القاصر حتى بلوغه 18 سنة، باستثناء الوثائق المخفية عن الممثلين القانونيين.
desk-given-label = الاسم الشخصي
desk-family-label = اسم العائلة
desk-minor-email-label = عنوان البريد الإلكتروني للقاصر نفسه (اختياري)
desk-minor-email-hint = إليه تُرسل دعوته لاستعمال ملفه بنفسه عند بلوغه 18 سنة.
desk-representative-legend = الممثل القانوني { $number }
desk-minor-button = إنشاء الملف
desk-kiosk-title = هذا الجهاز
desk-kiosk-on = هذا الجهاز كشك: تنتهي الجلسات بعد 5 دقائق دون نشاط، و30 دقيقة على الأكثر، وتسجيل الخروج يمحو كل شيء.
desk-kiosk-off = هذا الجهاز غير معلَّم ككشك.
desk-kiosk-mark = تعليمه ككشك
desk-kiosk-unmark = إزالة علامة الكشك
assist-title = جلسة مساعَدة: موافقة المريض
assist-lead = أنت على وشك مساعدة { $patient }.
assist-what = بعد موافقته، ترى ملفه ويمكنك فعل ما يطلبه — باستثناء تغيير مفاتيح مروره أو خيارات المشاركة أو مرافقيه.
assist-passkey-title = بمفتاح مروره
assist-passkey-intro = يستعمل المريض مفتاح مروره على هذا الجهاز (أو على هاتفه، إن أتاح هذا الجهاز ذلك).
assist-passkey-button = الموافقة بمفتاح مرور
assist-passkey-failed = لم يوافق مفتاح المرور على الجلسة. حاول مرة أخرى، أو استعمل رمزًا.
assist-code-title = برمز
assist-code-intro = نرسل إلى المريض بالبريد الإلكتروني رمزًا من 6 أرقام. يقرؤه لك، فتكتبه هنا.
assist-code-label = الرمز الذي قرأه المريض
assist-code-hint = صالح حتى { $time }.
assist-code-verify = التحقق من الرمز
assist-code-send = إرسال رمز
assist-code-resend = إرسال رمز جديد
handover-title = رابط التسجيل
handover-intro = يمسح المريض هذا الرمز بهاتفه لإنشاء مفتاح مروره. يعمل مرة واحدة.
handover-qr-label = رمز QR لرابط التسجيل
handover-hint = يمكنك طباعة هذه الصفحة للمريض. لا تُعرض إلا مرة واحدة.
handover-done = تم
error-desk-no-account = لا يوجد حساب مريض يطابق رقم INS وتاريخ الميلاد هذين.
error-desk-not-minor = هذا الشخص ليس قاصرًا.
error-desk-representative-missing = اذكر ممثلًا قانونيًا أو اثنين.
error-desk-representatives-same = يحتاج الممثلان إلى عنوانين بريديين مختلفين.
error-desk-code-wrong = هذا الرمز غير صحيح.
error-desk-code-expired = لا يوجد رمز صالح: أرسل رمزًا جديدًا.
error-desk-code-attempts = { $attempts } رموز خاطئة: أرسل رمزًا جديدًا.
error-desk-code-limit = لا يمكن إرسال رموز أخرى لهذه الجلسة: ابدأ جلسة جديدة.
mail-assisted-code-subject = رمزك لمكتب الاستقبال
mail-assisted-code-body =
    مرحبًا { $name }،

    يطلب { $staff }، في مكتب الاستقبال، فتح ملفك معك. إن كنت هناك وتوافق، فاقرأ عليه هذا الرمز:

    { $code }

    صالح لمدة 10 دقائق. إن لم تكن في مكتب الاستقبال، فلا تعطه لأحد.
mail-recovery-subject = أنشئ مفتاح مرور جديدًا لـCarnet
mail-recovery-body =
    مرحبًا { $name }،

    بطلب منك، بدأ مكتب الاستقبال استرجاع حسابك. أُنهيت جلساتك. أنشئ مفتاح مرور جديدًا بهذا الرابط (صالح { $hours } ساعة):

    { $url }

    وبمجرد أن تنشئه، ستتوقف جميع مفاتيح المرور القديمة عن العمل على كل أجهزتك.

    إن لم تطلب ذلك، فاتصل بمكتب الاستقبال.
mail-representative-added-subject = يمكنك الآن التصرف نيابةً عن { $minor } في Carnet
mail-representative-added-body =
    مرحبًا { $name }،

    بصفتك ممثلًا قانونيًا، يمكنك الآن التصرف نيابةً عن { $minor } في Carnet، حتى بلوغه 18 سنة:

    { $url }
mail-coming-of-age-subject = ملفك الصحي أصبح ملكك
mail-coming-of-age-body =
    مرحبًا { $name }،

    بلغت 18 سنة: لم يعد ممثلوك القانونيون يتصرفون نيابةً عنك في Carnet. أنشئ مفتاح مرورك الخاص لاستعمال ملفك (الرابط صالح { $hours } ساعة):

    { $url }
history-action-desk-enrol = إنشاء حسابك في مكتب الاستقبال
history-action-desk-recovery = بدء استرجاع حسابك في مكتب الاستقبال
history-action-desk-minor = إنشاء هذا الملف في مكتب الاستقبال
history-action-desk-assist-start = فتح جلسة مساعَدة على ملفك
history-action-desk-assist-approve = الحصول على موافقتك على جلسة مساعَدة
history-action-desk-assist-end = إنهاء الجلسة المساعَدة
history-reason-identity-checked = تُحقّق من الهوية حضوريًا
history-reason-code = أكّدت بالرمز المعروض
history-reason-assisted = في جلسة مساعَدة وافقت عليها
history-reason-assisted-ended = كانت الجلسة المساعَدة قد انتهت

## المواعيد (issue 6)
error-availability-time = اكتب الأوقات بالساعات والدقائق، مثلًا 09:00.
error-availability-slot-length = تدوم الفترة من 5 إلى 240 دقيقة.
error-availability-too-short = يجب أن ينتهي الدوام بعد بدايته، مع متسع لفترة واحدة على الأقل.
error-availability-overlap = هذه الساعات تتداخل مع دوام آخر في اليوم نفسه. غيّر الساعات أو احذف الدوام الآخر.
error-availability-visit = اختر نوع الزيارة: حضوريًا أو بالفيديو.
error-availability-weekday = اختر يومًا من أيام الأسبوع.
error-place-name = أعطِ المكان اسمًا (80 حرفًا على الأكثر، في سطر واحد).
error-place-address = اكتب العنوان (200 حرف على الأكثر، في سطر واحد).
error-place-city = اكتب المدينة (80 حرفًا على الأكثر).
error-place-zone = اختر منطقة زمنية من القائمة.
error-place-unknown = هذا المكان لم يعد موجودًا. اختر مكانًا من القائمة.
error-closure-past = لا يمكن أن يبدأ الإغلاق قبل اليوم.
error-closure-range = يجب أن تأتي النهاية بعد البداية، في حدود 92 يومًا.
error-cutoff-invalid = مهلة الإلغاء عدد ساعات من 0 إلى 168.
error-languages-none = اختر لغة واحدة على الأقل.
error-search-specialty = اختر تخصصًا من القائمة.
error-search-language = اختر لغة من القائمة.
error-search-city = يجب أن تكون المدينة في سطر واحد من 80 حرفًا على الأكثر.
error-appointment-taken = حُجزت هذه الفترة للتو أو لم تعد معروضة. اختر فترة أخرى.
error-appointment-slot-unknown = هذه الفترة ليست في هذه الأجندة. اختر فترة من القائمة.
error-appointment-slot-past = مضت هذه الفترة. اختر فترة أخرى.
error-appointment-too-many = لديك 3 مواعيد قادمة مع هذا المهني. ألغِ أحدها لحجز موعد آخر.
error-appointment-reason-long = السبب 500 حرف على الأكثر. يُرجى اختصاره.
error-appointment-reason-markup = لا يمكن أن يحتوي السبب على وسوم مثل <b> أو </p>. يُرجى كتابة نص عادي.
error-appointment-reason-invalid = يحتوي السبب على محارف غير مرئية. يُرجى كتابته من جديد.
error-appointment-cutoff = هذا الموعد قريب جدًا لإلغائه أو تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
error-appointment-past = هذا الموعد في الماضي.
error-appointment-cancelled = هذا الموعد أُلغي أو غُيّر من قبل.
error-appointment-same-slot = الموعد في هذا الوقت أصلًا. اختر فترة أخرى.
error-form-expired = هذا النموذج لم يعد صالحًا. أعد تحميل الصفحة وحاول مرة أخرى.

nav-appointments = المواعيد
nav-agenda = الأجندة
time-pattern = %H:%M
day-with-weekday = { $weekday } { $date }
appointment-when = { $day } على الساعة { $time }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
spoken-fr = الفرنسية
spoken-en = الإنجليزية
spoken-es = الإسبانية
spoken-ar = العربية
spoken-de = الألمانية
spoken-it = الإيطالية
spoken-pt = البرتغالية
spoken-zh = الصينية

appointments-title = مواعيدي
appointments-book = حجز موعد
appointments-upcoming-title = القادمة
appointments-none = لا يوجد موعد قادم.
appointments-past-title = الماضية والملغاة
appointments-waiting-title = قوائم الانتظار
appointments-see-slots = رؤية الفترات
appointments-leave-waiting = مغادرة القائمة
appointments-leave-waiting-label = مغادرة قائمة انتظار { $professional }
appointment-title = موعد
appointment-when-label = متى
appointment-with-label = مع
appointment-where-label = أين
appointment-for-label = لـ
appointment-reason-label = السبب (يراه المهني وحده)
appointment-status-label = الحالة
appointment-status-booked = مؤكَّد
appointment-status-past = ماضٍ
appointment-status-cancelled = ملغى
appointment-status-cancelled-by-professional = ألغاه المهني
appointment-minutes = ({ $minutes } دقيقة)
appointment-visit-in-person = حضوريًا
appointment-visit-video = مكالمة فيديو
appointment-visit-video-short = فيديو
appointment-add-to-calendar = إضافة إلى تقويمي (.ics)
appointment-move = تغيير الموعد
appointment-cancel = إلغاء الموعد
appointment-cutoff-hint = يمكنك إلغاء هذا الموعد أو تغييره عبر الإنترنت حتى { $hours } ساعة قبله.
appointment-cutoff-passed = بقي أقل من { $hours } ساعة على الموعد: لإلغائه أو تغييره، يُرجى الاتصال بالعيادة.
appointment-back = العودة إلى مواعيدي
appointment-ics-summary = موعد: { $professional }
notice-appointment-booked = تأكّد الموعد. رسالة تأكيد في طريقها إليك مع ملف لتقويمك.
notice-appointment-moved = تغيّر الموعد. الفترة السابقة أصبحت متاحة من جديد.
notice-appointment-cancelled = أُلغي الموعد.
notice-appointment-waiting = أنت في قائمة الانتظار: سنراسلك إن أُتيحت فترة أبكر.
notice-appointment-left-waiting = غادرت قائمة الانتظار.
notice-appointment-cancelled-patient-told = أُلغي الموعد. يُبلَّغ المريض بالبريد الإلكتروني.
notice-appointment-moved-patient-told = تغيّر الموعد. يُبلَّغ المريض بالبريد الإلكتروني.

book-title = حجز موعد
book-search-label = البحث عن مهني
book-specialty-label = التخصص
book-city-label = المدينة
book-language-label = اللغة المحكية
book-any = أي
book-search = بحث
book-none = لا يوجد مهني مطابق. جرّب بحثًا أوسع.
book-results-title = النتائج
book-speaks = يتحدث: { $languages }
book-earliest = أقرب فترة متاحة: { $when }
book-no-free-slot = لا توجد فترة متاحة حاليًا.
book-confirm-title = تأكيد الموعد
book-move-title = نقل الموعد إلى هنا
book-reason-label = السبب (اختياري، يراه المهني وحده)
book-reason-hint = نص عادي، { $max } حرف على الأكثر.
book-confirm = تأكيد
book-move-confirm = النقل إلى هنا
book-other-slot = اختيار فترة أخرى
slots-title = الفترات المتاحة
slots-none = لا توجد فترات متاحة في هذه الأيام.
slots-later = الأيام التالية
slots-moving = اختر الفترة الجديدة. تبقى الفترة القديمة لك حتى تؤكّد.
slots-slot-label = ، { $visit }، { $place }
slots-waiting-title = قائمة الانتظار
slots-waiting-intro = لا شيء يناسبك؟ سجّل: سنراسلك فور إتاحة فترة أبكر.
slots-waiting-join = ضعني في قائمة الانتظار
slots-back = البحث عن مهني آخر

agenda-title = أجندتي
agenda-nav-label = التنقل في الأجندة
agenda-previous-day = اليوم السابق
agenda-next-day = اليوم التالي
agenda-previous-week = الأسبوع السابق
agenda-next-week = الأسبوع التالي
agenda-today = اليوم
agenda-show-week = عرض الأسبوع
agenda-availability-link = أوقات توفّري
agenda-summary = { $booked } موعد في { $slots } فترة.
agenda-free = متاحة
agenda-appointment-title = موعد مريض
agenda-no-reason = لم يُذكر سبب.
agenda-move-title = تغيير الموعد
agenda-move-label = الفترة الجديدة
agenda-move-button = التغيير وإبلاغ المريض
agenda-cancel-title = إلغاء
agenda-cancel-intro = يتلقى المريض رسالة إلغاء، ويُبلَّغ المرضى في قائمة الانتظار بأن الفترة أصبحت متاحة.
agenda-back = العودة إلى الأجندة

availability-title = أوقات توفّري
availability-intro = تصبح أوقات دوامك الأسبوعية فترات قابلة للحجز للأسابيع الثمانية القادمة.
notice-availability-place = أُضيف المكان.
notice-availability-opening = أُضيف الدوام: فتراته مفتوحة للحجز.
notice-availability-opening-removed = حُذف الدوام. المواعيد المحجوزة تبقى.
notice-availability-closure = حُفظ الإغلاق. المواعيد المحجوزة في تلك الأيام تبقى: ألغِها أو غيّرها.
notice-availability-reopened = أُعيد فتح اليوم.
notice-availability-settings = حُفظت الإعدادات.
places-title = الأماكن
places-none = لا يوجد مكان بعد. أضف مكانًا لفتح الفترات.
places-add-title = إضافة مكان
place-name-label = الاسم (مثلًا «العيادة»)
place-address-label = العنوان
place-city-label = المدينة
place-zone-label = المنطقة الزمنية
places-add-button = إضافة المكان
openings-title = الدوام الأسبوعي
openings-none = لا يوجد دوام بعد.
openings-add-title = إضافة دوام
opening-place-label = المكان
opening-weekday-label = اليوم
opening-start-label = البداية
opening-end-label = النهاية
opening-slot-label = مدة الفترة (بالدقائق)
opening-slot-hint = من 5 إلى 240 دقيقة.
opening-visit-legend = نوع الزيارة
openings-add-button = إضافة الدوام
opening-summary = { $weekday }، { $hours }، فترات من { $minutes } دقيقة
opening-remove = حذف
opening-remove-label = حذف الدوام { $opening }
closures-title = أيام الإغلاق
closures-none = لا يوجد يوم إغلاق قادم.
closure-from-label = من
closure-to-label = إلى (اختياري)
closure-to-hint = اتركه فارغًا ليوم واحد.
closure-booked-hint = المواعيد المحجوزة في تلك الأيام تبقى: ألغِها أو غيّرها من الأجندة.
closures-add-button = إغلاق هذه الأيام
closure-reopen = إعادة الفتح
closure-reopen-label = إعادة فتح { $day }
booking-settings-title = إعدادات المواعيد
settings-cutoff-label = مهلة الإلغاء عبر الإنترنت (بالساعات)
settings-cutoff-hint = يمكن للمرضى الإلغاء أو التغيير حتى هذا العدد من الساعات قبل الموعد (من 0 إلى 168).
settings-languages-legend = اللغات المحكية
settings-save = حفظ

mail-appointment-confirmed-subject = تأكّد الموعد: { $when }
mail-appointment-confirmed-body =
    مرحبًا { $name }،

    تأكّد موعد { $patient } مع { $professional }:
    { $when }
    { $place }

    الملف المرفق يضيفه إلى تقويمك. لرؤيته أو تغييره أو إلغائه:

    { $url }
mail-appointment-moved-subject = تغيّر الموعد: { $when }
mail-appointment-moved-body =
    مرحبًا { $name }،

    تغيّر موعد { $patient } مع { $professional }. الوقت الجديد:
    { $when }
    { $place }

    الملف المرفق يحدّث تقويمك. التفاصيل:

    { $url }
mail-appointment-moved-by-professional-subject = غُيّر موعدك: { $when }
mail-appointment-moved-by-professional-body =
    مرحبًا { $name }،

    غيّر { $professional } موعد { $patient }. الوقت الجديد:
    { $when }
    { $place }

    الملف المرفق يحدّث تقويمك. إن لم يناسبك هذا الوقت، يمكنك تغييره أو إلغاؤه:

    { $url }
mail-appointment-cancelled-subject = أُلغي الموعد: { $when }
mail-appointment-cancelled-body =
    مرحبًا { $name }،

    أُلغي موعد { $patient } مع { $professional } يوم { $when }.

    الملف المرفق يزيله من تقويمك. لحجز موعد آخر:

    { $url }
mail-appointment-cancelled-by-professional-subject = ألغى { $professional } الموعد
mail-appointment-cancelled-by-professional-body =
    مرحبًا { $name }،

    ألغى { $professional } موعد { $patient } يوم { $when }. نأسف لذلك.

    الملف المرفق يزيله من تقويمك. لحجز موعد آخر:

    { $url }
mail-appointment-reminder-subject = تذكير: موعد { $when }
mail-appointment-reminder-body =
    مرحبًا { $name }،

    تذكير بموعد { $patient } مع { $professional }:
    { $when }
    { $place }

    لا تستطيع الحضور؟ ألغِه أو غيّره لتحرير الفترة:

    { $url }
mail-appointment-slot-freed-subject = أُتيحت فترة أبكر مع { $professional }
mail-appointment-slot-freed-body =
    مرحبًا { $name }،

    أُتيحت للتو فترة مع { $professional }: { $when }.

    يحصل عليها أول من يحجزها:

    { $url }
history-action-read-appointments = الاطلاع على مواعيدك
history-action-read-export = تنزيل نسخة كاملة من ملفك
history-action-appointment-book = حجز موعد لك
history-action-appointment-move = تغيير أحد مواعيدك
history-action-appointment-cancel = إلغاء أحد مواعيدك
history-action-appointment-wait = تغيير تسجيلك في قائمة انتظار
history-action-read-agenda = الاطلاع على الأجندة المهنية
history-action-read-appointment = فتح موعدك في الأجندة المهنية
history-reason-own-agenda = موعد محجوز مع هذا المهني

## Dates
# أسماء الأشهر (لـ ‎%B‎ و‎%b‎ في أنماط التاريخ).
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر

# المناطق الزمنية لأماكن الاستقبال.
zone-europe-paris = فرنسا القارية (باريس)
zone-america-guadeloupe = غوادلوب
zone-america-martinique = مارتينيك
zone-america-cayenne = غويانا الفرنسية (كايين)
zone-indian-reunion = لا ريونيون
zone-indian-mayotte = مايوت
zone-america-miquelon = سان بيير وميكلون
zone-pacific-noumea = كاليدونيا الجديدة (نوميا)
zone-pacific-tahiti = بولينيزيا الفرنسية (تاهيتي)
