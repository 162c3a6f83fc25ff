## مكتب الاستقبال: الاسترجاع المسلَّم يدًا بيد (التذكرة 16)

desk-recover-handover-legend = كيف يحصل المريض على رابط الاسترجاع
handover-recovery-title = رابط الاسترجاع
handover-recovery-intro = يمسح المريض هذا الرمز بهاتفه لإنشاء مفتاح مرور جديد. يعمل الرابط مرة واحدة خلال 15 دقيقة. وبمجرد إنشاء المفتاح الجديد تتوقف مفاتيح المرور القديمة عن العمل.
handover-recovery-qr-label = رمز QR لرابط الاسترجاع

## صفحة الاسترجاع التي يفتحها المريض
recovery-title = إنشاء مفتاح مرور جديد
recovery-welcome = مرحبًا { $name }. بدأ مكتب الاستقبال استرجاع حسابك: انتهت جلساتك المفتوحة.
recovery-old-passkeys = تنبيه: بمجرد أن تنشئ المفتاح الجديد، ستتوقف جميع مفاتيح المرور القديمة عن العمل على كل أجهزتك، وستُحذف من حسابك. وحتى ذلك الحين، ما زالت تعمل.
recovery-found-device = إن عثرت لاحقًا على جهاز قديم، فلن يُدخلك مفتاحه القديم بعد الآن: أضف عليه مفتاح مرور جديدًا من صفحة حسابك.
recovery-button = إنشاء مفتاح المرور الجديد

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
notice-desk-minor-created = أُنشئ ملف القاصر. سيتمكن الممثلون من التصرف نيابةً عنه بمجرد أن يوافق شخص آخر من مكتب الاستقبال على تعيينهم.
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
desk-minor-title = ملف قاصر وممثلوه القانونيون
desk-minor-intro = عيّن ممثلًا قانونيًا أو اثنين، بعد الاطلاع على وثيقة تثبت ذلك. يتصرفان نيابةً عن القاصر حتى بلوغه 18 سنة، باستثناء الوثائق المخفية عن الممثلين القانونيين. إذا كان للقاصر ملف من قبل (الرقم INS وتاريخ الميلاد والاسم نفسها)، يُضاف الممثلون إليه. يجب أن يوافق شخص آخر من مكتب الاستقبال على كل تعيين.
desk-given-label = الاسم الشخصي
desk-family-label = اسم العائلة
desk-minor-email-label = عنوان البريد الإلكتروني للقاصر نفسه (اختياري)
desk-minor-email-hint = إليه تُرسل دعوته لاستعمال ملفه بنفسه عند بلوغه 18 سنة.
desk-representative-legend = الممثل القانوني { $number }
desk-minor-button = حفظ وطلب الموافقة
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
handover-intro = يمسح المريض هذا الرمز بهاتفه لإنشاء مفتاح مروره. يعمل مرة واحدة خلال 15 دقيقة: أثناء الزيارة.
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
history-reason-identity-not-matched = مرفوض: الهوية المقدَّمة لا تطابق هذا الملف
error-desk-identity-mismatch = هذا الرقم INS مرتبط بملف موجود، والهوية المُدخلة لا تطابقه (تاريخ الميلاد، اسم العائلة). تحقّق من وثيقة الهوية: لا يمكن ربط هذا الملف هنا.
error-desk-minor-record = هذا الرقم INS لملف قاصر: يديره ممثلوه القانونيون. لا يمكن ربطه بحساب في مكتب الاستقبال.

## مكتب الاستقبال: تعيين ممثل قانوني بموافقة شخصين (التذكرة 18)
desk-evidence-legend = الوثيقة المقدَّمة التي تثبت الصلة بالقاصر
desk-evidence-hint = يجب أن تكون قد اطّلعت على الأصل. سيطّلع عليه أيضًا شخص آخر من مكتب الاستقبال قبل الموافقة.
desk-evidence-birth-certificate = شهادة الميلاد
desk-evidence-family-record-book = الدفتر العائلي
desk-evidence-court-decision = حكم قضائي (وصاية، تفويض السلطة الأبوية)
desk-evidence-seen-birth-certificate = الوثيقة المقدَّمة: شهادة الميلاد.
desk-evidence-seen-family-record-book = الوثيقة المقدَّمة: الدفتر العائلي.
desk-evidence-seen-court-decision = الوثيقة المقدَّمة: حكم قضائي.
desk-waiting-title = تعيينات ممثلين بانتظار الموافقة
desk-waiting-intro = يحتاج كل تعيين إلى موافقة شخص ثانٍ من مكتب الاستقبال. قبل الموافقة، اطّلع بنفسك على الوثيقة وعلى وثيقة هوية الممثل.
desk-waiting-who = { $representative }، ممثل قانوني لـ { $minor }
desk-waiting-email = البريد الإلكتروني: { $email }
desk-waiting-birth = تاريخ ميلاد القاصر: { $birth }
desk-waiting-proposed = اقترحه { $staff } في { $time }.
desk-waiting-yours = أنت من قدّم هذا الاقتراح: يجب أن يوافق عليه شخص آخر من مكتب الاستقبال.
desk-waiting-approve = موافقة
desk-waiting-refuse = رفض
desk-waiting-withdraw = سحب اقتراحي
notice-desk-representatives-proposed = اقتُرح الممثلون للملف الموجود لهذا القاصر. يجب أن يوافق شخص آخر من مكتب الاستقبال على كل تعيين.
notice-desk-representative-approved = تمت الموافقة على التعيين: يمكن للممثل التصرف نيابةً عن القاصر، وأُبلغ من كانوا يتصرفون نيابةً عنه من قبل.
notice-desk-representative-refused = سُحب الاقتراح: لم يُعيَّن أحد.
error-desk-evidence-missing = حدّد الوثيقة المقدَّمة التي تثبت الصلة بين الممثل والقاصر.
error-desk-staff-account = هذا العنوان لشخص من مكتب الاستقبال أو لمسؤول في Carnet: لا يمكن لمكتب الاستقبال أن يجعله مريضًا ولا ممثلًا قانونيًا.
error-desk-already-representative = هذا الشخص ممثل قانوني لهذا القاصر من قبل، أو أن تعيينه بانتظار الموافقة.
error-desk-second-person-needed = أنت من قدّم هذا الاقتراح: يجب أن يوافق عليه شخص آخر من مكتب الاستقبال.
history-action-desk-representative-propose = اقترح في مكتب الاستقبال ممثلًا قانونيًا لهذا الملف
history-action-desk-representative-approve = وافق في مكتب الاستقبال على تعيين ممثل قانوني لهذا الملف
history-action-desk-representative-refuse = رفض في مكتب الاستقبال تعيين ممثل قانوني لهذا الملف
history-tried-desk-representative-propose = محاولة اقتراح ممثل قانوني لهذا الملف في مكتب الاستقبال
history-tried-desk-representative-approve = محاولة الموافقة على تعيين ممثل قانوني في مكتب الاستقبال
history-tried-desk-representative-refuse = محاولة رفض تعيين ممثل قانوني في مكتب الاستقبال
history-reason-birth-certificate = بعد الاطلاع على شهادة ميلاد
history-reason-family-record-book = بعد الاطلاع على دفتر عائلي
history-reason-court-decision = بعد الاطلاع على حكم قضائي
history-reason-staff-account = مرفوض: لا يمكن لمكتب الاستقبال تعيين أحد أفراده
history-reason-second-person-needed = مرفوض: يجب أن يوافق شخص ثانٍ من مكتب الاستقبال
mail-representative-appointed-subject = عُيّن ممثل قانوني لملفك في Carnet
mail-representative-appointed-body =
    مرحبًا { $name }،

    عيّن { $staff }، في مكتب الاستقبال، { $representative } ممثلًا قانونيًا لك على Carnet، { $evidence ->
        [birth-certificate] بعد الاطلاع على شهادة ميلاد
        [family-record-book] بعد الاطلاع على دفتر عائلي
       *[court-decision] بعد الاطلاع على حكم قضائي
    }. يمكن لهذا الشخص الآن التصرف نيابةً عنك حتى بلوغك 18 سنة.

    يمكنك رؤية ذلك في سجل ملفك:

    { $url }

    إذا لم يكن هذا طبيعيًا، فاتصل بمكتب الاستقبال.
mail-representative-appointed-for-subject = عُيّن ممثل قانوني آخر لـ { $child }
mail-representative-appointed-for-body =
    مرحبًا { $name }،

    عيّن { $staff }، في مكتب الاستقبال، { $representative } ممثلًا قانونيًا لـ { $child } على Carnet، { $evidence ->
        [birth-certificate] بعد الاطلاع على شهادة ميلاد
        [family-record-book] بعد الاطلاع على دفتر عائلي
       *[court-decision] بعد الاطلاع على حكم قضائي
    }. يمكن لهذا الشخص الآن التصرف نيابةً عن { $child }، مثلك.

    يمكنك رؤية ذلك في سجل الملف، عند التصرف نيابةً عن { $child }:

    { $url }

    إذا لم يكن هذا طبيعيًا، فاتصل بمكتب الاستقبال.
mail-recovery-started-for-subject = بدأ مكتب الاستقبال استعادة حساب { $child }
mail-recovery-started-for-body =
    مرحبًا { $name }،

    بدأ { $staff }، في مكتب الاستقبال، استعادة حساب Carnet الخاص بـ { $child }، الذي أنت ممثله القانوني: انتهت جلساته، ويمكن إنشاء مفتاح مرور جديد.

    يمكنك رؤية ذلك في سجل الملف، عند التصرف نيابةً عن { $child }:

    { $url }

    إذا لم يكن هذا طبيعيًا، فاتصل بمكتب الاستقبال.
mail-representative-appointed-action = عرض سجل الملف
mail-representative-appointed-for-action = عرض سجل الملف
mail-recovery-started-for-action = عرض سجل الملف
