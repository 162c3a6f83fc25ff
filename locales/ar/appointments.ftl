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
