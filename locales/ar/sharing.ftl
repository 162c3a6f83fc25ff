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
