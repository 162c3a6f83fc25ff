# Carnet — المشاركة: من اطّلع على ملفي، طلبات الوصول، الوثائق المخفية، النشر من الملف (issue 16).
# رسائل جديدة لهذا المجال؛ النصوص الموجودة تُعدّل في مكانها في main.ftl.

## Who saw my record: each line says who did or tried what, and what happened
history-event = { $who }: { $action }
history-action-read-identity = قراءة هويتك (الاسم وتاريخ الميلاد ورقم INS) للنشر في ملفك
history-action-unknown = إجراء على ملفك
history-tried-read-summary = محاولة قراءة ملخص ملفك
history-tried-read-results = محاولة قراءة نتائجك
history-tried-read-result-history = محاولة قراءة سجل أحد تحاليلك
history-tried-read-documents = محاولة قراءة قائمة وثائقك
history-tried-read-document = محاولة فتح إحدى وثائقك
history-tried-read-vaccinations = محاولة قراءة تطعيماتك
history-tried-read-profile = محاولة قراءة ملفك الصحي
history-tried-read-sharing = محاولة قراءة إعدادات المشاركة لديك
history-tried-read-history = محاولة قراءة هذا السجل
history-tried-read-delegations = محاولة قراءة قائمة مرافقيك
history-tried-read-appointments = محاولة الاطلاع على مواعيدك
history-tried-read-export = محاولة تنزيل نسخة كاملة من ملفك
history-tried-read-identity = محاولة قراءة هويتك (الاسم وتاريخ الميلاد ورقم INS) للنشر في ملفك
history-tried-read-agenda = محاولة الاطلاع على الأجندة المهنية
history-tried-read-appointment = محاولة فتح موعدك في الأجندة المهنية
history-tried-write-import = محاولة استيراد بيانات إلى ملفك
history-tried-write-publish = محاولة النشر في ملفك
history-tried-write-upload = محاولة إضافة وثيقة إلى ملفك
history-tried-share-authorize = محاولة الإذن لمهني بقراءة ملفك
history-tried-share-revoke = محاولة سحب إذن مهني
history-tried-share-block = محاولة حظر مهني
history-tried-share-unblock = محاولة رفع الحظر عن مهني
history-tried-share-approve = محاولة قبول طلب وصول من مهني
history-tried-share-refuse = محاولة رفض طلب وصول من مهني
history-tried-share-hide-document = محاولة إخفاء وثيقة
history-tried-share-show-document = محاولة إظهار وثيقة من جديد
history-tried-share-hide-new-documents = محاولة تغيير إعداد الوثائق الجديدة
history-tried-access-request = محاولة طلب الوصول إلى ملفك منك
history-tried-access-emergency = محاولة فتح وصول طارئ إلى ملفك
history-tried-auth-sign-in = محاولة تسجيل الدخول
history-tried-delegation-invite = محاولة دعوة مرافق
history-tried-delegation-end = محاولة إنهاء تفويض
history-tried-delegation-accept = محاولة قبول التصرف نيابة عنك
history-tried-appointment-book = محاولة حجز موعد لك
history-tried-appointment-move = محاولة تغيير أحد مواعيدك
history-tried-appointment-cancel = محاولة إلغاء أحد مواعيدك
history-tried-appointment-wait = محاولة تغيير تسجيلك في قائمة انتظار
history-tried-profile-declare = محاولة تعديل ملفك الصحي
history-tried-profile-annotate = محاولة إضافة ملاحظة إلى ملفك الصحي
history-tried-profile-confirm = محاولة تأكيد عنصر من ملفك الصحي
history-tried-profile-hide-from-representatives = محاولة تغيير من يرى عنصرًا من ملفك الصحي
history-tried-desk-enrol = محاولة إنشاء حسابك في مكتب الاستقبال
history-tried-desk-recovery = محاولة بدء استرجاع حسابك في مكتب الاستقبال
history-tried-desk-minor = محاولة إنشاء هذا الملف في مكتب الاستقبال
history-tried-desk-assist-start = محاولة فتح جلسة مساعَدة على ملفك
history-tried-desk-assist-approve = محاولة الحصول على موافقتك على جلسة مساعَدة
history-tried-desk-assist-end = محاولة إنهاء الجلسة المساعَدة
history-tried-unknown = محاولة إجراء على ملفك
history-by-professional = { $name } (مهني صحي)
history-by-assisting = { $name } (الاستقبال)، أثناء مرافقتك
history-by-caregiver = { $name } (مرافق)، نيابة عنك
history-by-representative = { $name } (ممثل قانوني)، نيابة عنك
history-by-staff = { $name } (الاستقبال)
history-by-caregiver-role = { $name } (مرافق)
history-by-representative-role = { $name } (ممثل قانوني)
history-by-organisation = { $name } (برمجية مؤسسة)
history-by-patient = { $name } (مريض)
history-by-admin = { $name } (الإدارة)
history-by-person = { $name }
history-by-operator = الفريق التقني لـ Carnet
history-outcome-allowed = مسموح: { $why }
history-outcome-refused = مرفوض: { $why }
history-reason-hidden-document-representative = هذه الوثيقة مخفية عن الممثلين القانونيين
history-reason-out-of-scope-staff = هذا غير مسموح في جلسة مساعَدة
history-reason-unknown = قاعدة وصول في Carnet
history-request-waiting = بانتظار ردك
history-request-accepted = قبلت الطلب
history-request-refused = رفضت الطلب
history-request-blocked = حظرت هذا المهني
history-request-unanswered = لم يصدر منك رد
history-about = بخصوص: { $about }

## Hidden documents: said in words in the lists and on the document's page
document-visibility = الظهور
document-hidden-from-professionals = مخفية عن المهنيين
document-hidden-from-representatives = مخفية عن الممثلين القانونيين

## My patients: the requests sent, as typed
patients-requests-title = الطلبات المرسلة
patients-requests-hint = يبقى كل طلب هنا { $days } يومًا كما أدخلته. إذا قبله المريض ظهر باسمه في القائمة أعلاه، وأمكنك قراءة ملفه.
patients-request-ins = رقم INS
patients-request-sent-on = أُرسل الطلب في { $date }

## Publishing: measurements (vital signs), and from a patient's record
lab-test-8480-6 = ضغط الدم الانقباضي
lab-test-8462-4 = ضغط الدم الانبساطي
lab-test-8867-4 = معدل نبض القلب
lab-test-29463-7 = الوزن
lab-test-8302-2 = الطول
lab-test-8310-5 = درجة الحرارة
lab-test-59408-5 = تشبع الأكسجين (SpO2)
lab-test-2339-0 = سكر الدم (وخز الإصبع)
lab-test-72514-3 = الألم (من 10)
publish-for-patient-link = النشر لهذا المريض
publish-for-title = النشر لـ { $name }
publish-for-intro = ما تنشره هنا يُضاف إلى ملف { $name }. يُبلَّغ المريض بالبريد الإلكتروني دون أي تفصيل طبي.
publish-for-born = تاريخ الميلاد { $date }
publish-for-no-ins = ليس لهذا الملف رقم INS أو تاريخ ميلاد: لا يمكن النشر فيه من البوابة.
notice-published-for = نُشر في ملف { $name }.
publish-other-patient = النشر لمريض آخر (رقم INS وتاريخ الميلاد)

## A patient's record seen by a professional: it speaks to the professional
results-title-of = نتائج { $name }
documents-title-of = وثائق { $name }
vaccinations-title-of = تطعيمات { $name }
results-empty-other = لا توجد نتائج في هذا الملف بعد.
results-back-other = العودة إلى النتائج
documents-back-other = العودة إلى الوثائق
overview-out-of-range-none = آخر نتيجة لكل تحليل ضمن مجاله المرجعي.
overview-results-none = لا توجد بعد في هذا الملف نتيجة لها مجال مرجعي.
vaccinations-source-professional = حسب { $source }. قد تُستطبّ تطعيمات أخرى حسب حالة المريض.
vaccinations-no-birth-date-professional = تاريخ ميلاد المريض غير معروف: لا يمكن حساب التطعيمات المستحقة.
error-publish-no-ins = ليس لهذا الملف رقم INS أو تاريخ ميلاد: لا يمكن النشر فيه من البوابة.

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
sharing-review-title = أذونات أُعطيت حين كنت قاصرًا
sharing-review-intro = أذن ممثلوك القانونيون لهؤلاء المهنيين بقراءة ملفك حين كنت قاصرًا. منذ بلوغك 18 عامًا عُلّقت هذه الأذونات: القرار لك. احتفظ بما تريد منها واسحب الباقي.
sharing-review-given-on = أُذن نيابةً عنك في { $date }
sharing-keep = الإبقاء على الإذن
notice-sharing-block = هذا المهني محظور: لم يعد بإمكانه قراءة ملفك، حتى في حالة طارئة.
notice-sharing-unblock = لم يعد هذا المهني محظورًا.
notice-sharing-approve = قُبل الطلب: يمكن لهذا المهني الآن قراءة ملفك.
notice-sharing-refuse = رُفض الطلب.
notice-sharing-preference = حُفظ اختيارك.
error-sharing-unknown-professional = هذا المهني ليس في الدليل.
error-sharing-self = لا يمكنك أن تأذن لنفسك في ملف تتصرف نيابةً عن صاحبه.
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
history-action-read-profile = قراءة ملفك الصحي
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
mail-first-read-for-subject = اطّلع مهني على الملف الصحي لـ{ $child }
mail-first-read-for-body =
    مرحبًا { $name }،

    اطّلع مهني صحي مأذون له لأول مرة على ملف { $child } الذي أنت ممثله القانوني. اعرف من اطّلع ومتى في «من اطّلع على ملفي»، بالتصرّف نيابةً عن { $child }:

    { $url }

    إن لم تكن تتوقع ذلك، يمكنك سحب الإذن منه أو حظره من صفحة المشاركة.
mail-emergency-access-for-subject = وصول طارئ إلى الملف الصحي لـ{ $child }
mail-emergency-access-for-body =
    مرحبًا { $name }،

    فتح مهني صحي وصولًا طارئًا إلى ملف { $child } الذي أنت ممثله القانوني. يدوم 4 ساعات. اعرف من ومتى والسبب المذكور في «من اطّلع على ملفي»، بالتصرّف نيابةً عن { $child }:

    { $url }

    إن كنت تعترض، يمكنك حظره من صفحة المشاركة: الحظر يُنهي وصوله فورًا.
