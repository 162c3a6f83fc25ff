## المواعيد (issue 16): التأكيد قبل الإلغاء أو الحظر، الاستشارات بالفيديو، تواريخ الأجندة،
## الموعد القادم، نسخ لمقدّمي الرعاية، العنوان والهاتف.

# التواريخ بالحروف (الأجندة).
day-of-month = { $day }
date-long = { $weekday } { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
agenda-week-heading = الأسبوع من { $from } إلى { $to }
agenda-today-mark = (اليوم)
agenda-day-empty = لا توجد فترات في هذا اليوم.
agenda-day-link-label = عرض يوم { $day } وحده
agenda-cancelled-by-patient = ألغاه { $patient }
agenda-cancel-reason = سبب الإلغاء: { $reason }
agenda-cancel-link = إلغاء هذا الموعد…
agenda-cancel-confirm-title = إلغاء موعد { $patient }؟
agenda-cancel-confirm = نعم، الإلغاء وإبلاغ المريض
agenda-cancel-keep = لا، الإبقاء على الموعد
agenda-cancel-effect-patient = يتلقى { $patient } رسالة إلغاء، مع الملف الذي يزيل الموعد من تقويمه.
agenda-cancel-effect-waiting = تصبح الفترة متاحة، ويُبلَّغ المرضى في قائمة انتظارك.

# المكان: الرمز البريدي والهاتف.
place-postcode-label = الرمز البريدي
place-phone-label = هاتف العيادة
place-phone-hint = يُعطى للمرضى مع العنوان، مثلًا 04 78 00 00 00.
error-place-postcode = يتكوّن الرمز البريدي من 5 أرقام.
error-place-phone = اذكر هاتف العيادة: 10 أرقام (04 78 00 00 00) أو رقمًا دوليًا (+33 4 78 00 00 00).
appointment-phone = الهاتف: { $phone }
appointment-phone-label = هاتف العيادة

# الاستشارات بالفيديو.
settings-video-label = رابط الاستشارة عن بُعد (اختياري)
settings-video-hint = عنوان https لقاعة الانتظار الافتراضية لديك، 500 حرف على الأكثر. يراه المريض في صفحة الموعد قبل البدء بـ { $minutes } دقيقة. لازم لفتح فترات بالفيديو.
error-video-url = يجب أن يكون رابط الاستشارة عن بُعد عنوان https كاملًا (https://…)، بلا مسافات ولا اسم مستخدم، 500 حرف على الأكثر.
error-video-url-needed = اذكر أولًا رابط الاستشارة عن بُعد في إعدادات المواعيد: يجب أن تكون هناك طريقة للانضمام إلى كل استشارة بالفيديو.
appointment-where-video = استشارة بالفيديو
appointment-where-video-text = استشارة بالفيديو: انضمّ إليها من صفحة الموعد (الرابط أدناه)، قبل البدء بـ { $minutes } دقيقة.
appointment-join = الانضمام إلى الاستشارة بالفيديو
appointment-join-hint = يفتح الرابط خدمة الاستشارة عن بُعد لدى { $professional } في علامة تبويب جديدة.
appointment-join-opens = سيظهر هنا رابط الانضمام إلى الاستشارة يوم { $when }، قبل البدء بـ { $minutes } دقيقة.
appointment-join-missing = لم يذكر { $professional } بعدُ رابطًا للاستشارة عن بُعد: اتصل بالعيادة.
appointment-join-ended = انتهت هذه الاستشارة بالفيديو.

# إلغاء موعد: صفحة التأكيد.
appointment-cancel-title = إلغاء هذا الموعد؟
appointment-cancel-effect-slot = يُلغى الموعد وتصبح الفترة متاحة لمرضى آخرين.
appointment-cancel-effect-mail = تؤكّد رسالة بالبريد الإلكتروني الإلغاء، مع الملف الذي يزيل الموعد من التقويم.
appointment-cancel-effect-professional = يرى { $professional } الإلغاء في أجندته، مع السبب إن ذكرته.
appointment-cancel-reason-label = سبب الإلغاء (اختياري، يراه المهني وحده)
appointment-cancel-reason-hint = نص عادي، { $max } حرف على الأكثر. لا يُرسَل أبدًا بالبريد الإلكتروني.
appointment-cancel-confirm = نعم، إلغاء الموعد
appointment-cancel-keep = لا، الإبقاء على الموعد
appointment-cancel-reason-shown = سبب الإلغاء
appointment-book-again = حجز موعد جديد مع { $professional }
notice-appointment-booked-for = تأكّد الموعد لـ { $patient }. يصلك التأكيد بالبريد الإلكتروني مع ملف التقويم.
notice-appointment-booked-for-both = تأكّد الموعد لـ { $patient }. يصلك التأكيد بالبريد الإلكتروني، ويصل أيضًا إلى { $patient }، مع ملف التقويم.
notice-appointment-moved-for = تغيّر موعد { $patient }. الفترة السابقة أصبحت متاحة؛ تصلك نسخة من الرسالة.
notice-appointment-cancelled-for = أُلغي موعد { $patient }. تصلك نسخة من الرسالة.

# حظر مهني: صفحة التأكيد.
sharing-block-page-title = حظر مهني
sharing-rpps-label = رقم RPPS
sharing-block-title = حظر { $professional }؟
sharing-block-now = اليوم
sharing-block-now-none = لا قرار: لا يستطيع هذا المهني قراءة ملفك، إلا في حالة طارئة.
sharing-block-effects-title = ما يغيّره الحظر
sharing-block-effect-read = لا يعود { $professional } قادرًا على قراءة ملفك، ولا حتى في حالة طارئة، بدءًا من طلبه التالي.
sharing-block-effect-emergency = ينتهي فورًا أي وصول طارئ فتحه { $professional }.
sharing-block-effect-requests = تُرفض طلبات الوصول التي يرسلها؛ تراها في «من اطّلع على ملفي».
sharing-block-effect-publish = ما ينشره { $professional } لك (نتائج، تقارير) يستمر في الوصول إلى ملفك.
sharing-block-effect-appointments = مواعيدك مع { $professional } لا تتغيّر.
sharing-block-undo = يمكنك رفع الحظر في أي وقت من صفحة المشاركة.
sharing-block-confirm = نعم، حظر هذا المهني
sharing-block-keep = لا، العودة إلى المشاركة

# الرئيسية: الموعد القادم.
home-next-appointment-title = الموعد القادم
home-next-appointment-none = لا توجد مواعيد قادمة.
home-next-appointment-open = رؤية الموعد
home-all-appointments = كل المواعيد

# ملف .ics: الوصف (دون السبب أبدًا).
appointment-ics-description =
    موعد مع { $professional } ({ $specialty })، لـ { $patient }.
    { $where }
    لرؤيته أو تغييره أو إلغائه: { $url }
    { $hours ->
        [0] عبر الإنترنت حتى بدء الموعد.
       *[other] عبر الإنترنت حتى { $hours } ساعة قبله؛ بعد ذلك، اتصل بالعيادة.
    }
appointment-ics-description-cancelled =
    موعد ملغى مع { $professional } ({ $specialty })، لـ { $patient }.
    لحجز موعد آخر: { $url }

# نسخة لمن حجز الموعد أو غيّره أو ألغاه نيابةً عن المريض.
mail-appointment-confirmed-copy-action = عرض الموعد
mail-appointment-moved-copy-action = عرض الموعد
mail-appointment-cancelled-copy-action = عرض الموعد
mail-appointment-confirmed-copy-subject = تأكّد الموعد لـ { $patient }: { $when }
mail-appointment-confirmed-copy-body =
    مرحبًا { $name }،

    حجزت موعدًا لـ { $patient } مع { $professional }:
    { $when }
    { $place }

    يصلك هذا التأكيد لأنك حجزت هذا الموعد لـ { $patient }. الملف المرفق يضيفه إلى تقويمك. لرؤيته أو تغييره أو إلغائه:

    { $url }
mail-appointment-moved-copy-subject = تغيّر موعد { $patient }: { $when }
mail-appointment-moved-copy-body =
    مرحبًا { $name }،

    غيّرت موعد { $patient } مع { $professional }. الوقت الجديد:
    { $when }
    { $place }

    تصلك هذه النسخة لأنك أجريت هذا التغيير لـ { $patient }. الملف المرفق يحدّث تقويمك. التفاصيل:

    { $url }
mail-appointment-cancelled-copy-subject = أُلغي موعد { $patient }: { $when }
mail-appointment-cancelled-copy-body =
    مرحبًا { $name }،

    ألغيت موعد { $patient } مع { $professional } يوم { $when }.

    تصلك هذه النسخة لأنك أجريت هذا التغيير لـ { $patient }. الملف المرفق يزيله من تقويمك. لحجز موعد آخر:

    { $url }
