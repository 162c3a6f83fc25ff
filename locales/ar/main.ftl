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
error-import-conflict-ins = رقم INS لهذا المريض ليس رقم الملف الذي يحمل المعرّف نفسه: لم يُدمج شيء.
error-import-conflict-birth-date = تاريخ ميلاد هذا المريض ليس تاريخ الملف الذي يحمل المعرّف نفسه: لم يُدمج شيء.
error-import-conflict-family-name = اسم عائلة هذا المريض ليس اسم الملف الذي يحمل المعرّف نفسه: لم يُدمج شيء.
error-upload-missing = اختر ملفًا.
error-upload-too-large = حجم هذا الملف أكبر من 10 ميغابايت.

## الرئيسية (المريض)
home-new-title = الجديد منذ زيارتك الأخيرة
home-nothing-new = لا جديد منذ زيارتك الأخيرة.
home-authorizations-to-review = { $count ->
        [one] منذ بلوغك 18 عامًا، إذن أعطاه ممثلوك القانونيون نيابةً عنك ينتظر قرارك.
        [two] منذ بلوغك 18 عامًا، إذنان أعطاهما ممثلوك القانونيون نيابةً عنك ينتظران قرارك.
        [few] منذ بلوغك 18 عامًا، { $count } أذونات أعطاها ممثلوك القانونيون نيابةً عنك تنتظر قرارك.
        [many] منذ بلوغك 18 عامًا، { $count } إذنًا أعطاه ممثلوك القانونيون نيابةً عنك ينتظر قرارك.
       *[other] منذ بلوغك 18 عامًا، { $count } إذن أعطاه ممثلوك القانونيون نيابةً عنك ينتظر قرارك.
    }
home-authorizations-review-link = اختر الآن
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
