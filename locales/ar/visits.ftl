## Visits prepared before the day: kinds of visit, instructions, pre-visit forms and their signature.

# Errors.
error-visit-kind-language = اختر إحدى لغات كارنيه.
error-visit-kind-name = أعطِ نوع الزيارة اسمًا: سطر واحد، 80 حرفًا على الأكثر، بلا وسوم.
error-visit-kind-instructions = التعليمات نص عادي من 2000 حرف على الأكثر.
error-visit-kind-bring = الوثائق المطلوب إحضارها نص عادي من 1000 حرف على الأكثر.
error-visit-kind-too-many = تقترح 20 نوعًا من الزيارات بالفعل: احذف واحدًا أولًا.
error-visit-kind-unknown = لم يعد هذا النوع من الزيارات مقترحًا: اختر نوعًا آخر.
error-visit-kind-wrong-slot = هذا الموعد مخصّص لطريقة الاستشارة الأخرى (في العيادة أو بالفيديو): اختر موعدًا مقترحًا لهذا النوع من الزيارات.
error-visit-question-label = اكتب السؤال: سطر واحد، 200 حرف على الأكثر، بلا وسوم.
error-visit-question-options = يحتاج الاختيار إلى 2 إلى 12 إجابة مختلفة، واحدة في كل سطر، كلٌّ منها 80 حرفًا على الأكثر.
error-visit-question-options-count = أعطِ عدد الإجابات نفسه كما في اللغات الأخرى، وبالترتيب نفسه.
error-visit-question-type = اختر نوع الإجابة المنتظرة.
error-visit-question-prefill = لا يمكن ملء إجابة مسبقًا من الملخص الصحي إلا إذا كانت نصًّا.
error-visit-question-too-many = يضمّ الاستبيان 20 سؤالًا على الأكثر.
error-visit-form-answers = بعض الإجابات تحتاج إلى تصحيح: انظر الأسئلة المشار إليها أدناه.
error-visit-form-signed = هذا الاستبيان موقَّع: لم يعد من الممكن تغييره.
error-visit-form-not-to-sign = لا شيء للتوقيع هنا: الاستبيان غير مملوء، أو موقَّع بالفعل، أو أن الموعد قد مضى.
error-visit-form-changed = تغيّرت الإجابات أثناء التوقيع: أعد قراءتها ثم وقّع.
error-visit-answer-required = هذا السؤال يحتاج إلى إجابة.
error-visit-answer-text = اكتب نصًّا عاديًا من 2000 حرف على الأكثر.
error-visit-answer-choice = اختر إحدى الإجابات المقترحة.
error-visit-answer-date = أدخل تاريخًا، مثلًا 12/03/2026.
error-visit-answer-number = أدخل رقمًا، مثلًا 72 أو 72.5.

# Words shared by the pages, the e-mails and the signed copy.
visit-kind-label = نوع الزيارة
visit-instructions-label = التعليمات
visit-bring-label = ما يجب إحضاره
visit-form-label = استبيان ما قبل الزيارة
visit-answer-none = —
visit-answer-yes = نعم
visit-answer-no = لا
visit-item-text = نص حر
visit-item-boolean = نعم أو لا
visit-item-choice = اختيار من قائمة
visit-item-date = تاريخ
visit-item-number = رقم
visit-prefill-allergies = الحساسيات
visit-prefill-treatments = العلاجات الحالية
visit-prefill-none = لا شيء (يكتب المريض)

# E-mails (confirmation, move, reminder).
visit-mail-kind = نوع الزيارة: { $kind }
visit-mail-form = يجب ملء استبيان قبل الزيارة، في صفحة الموعد.
visit-mail-form-signed = يجب ملء استبيان وتوقيعه قبل الزيارة، في صفحة الموعد.

# The signed copy (a PDF in the record's documents).
visit-signed-title = استبيان موقَّع: { $kind }
visit-signed-file = استبيان-موقع
visit-signed-patient = لـ: { $patient }
visit-signed-appointment = موعد مع { $professional }، { $when }
visit-signed-by = وقّعه { $signer } في { $when }، بمفتاح مروره (مع التحقق من المستخدم).
visit-signed-passkey = مفتاح المرور: { $passkey }
visit-signed-fingerprint = بصمة الإجابات (SHA-256): { $fingerprint }

# Booking.
book-kind-legend = لأي نوع من الزيارات؟
book-kind-has-form = استبيان يُملأ قبل الزيارة
book-kind-other = سبب آخر
book-kind-show = عرض المواعيد
slots-for-kind = مواعيد لـ: { $kind }.
slots-change-kind = تغيير نوع الزيارة
visit-form-after-booking = سيكون عليك ملء استبيان قبل الزيارة.
visit-form-to-sign-after-booking = سيكون عليك ملء استبيان وتوقيعه قبل الزيارة.

# The appointment's page.
visit-before-title = قبل زيارتك
visit-form-to-fill = { $count ->
    [one] يُرجى الإجابة عن السؤال قبل الزيارة.
    [two] يُرجى الإجابة عن السؤالين قبل الزيارة.
   *[other] يُرجى الإجابة عن الأسئلة ({ $count }) قبل الزيارة.
}
visit-form-fill = ملء الاستبيان
visit-form-change = تعديل إجاباتي
visit-form-sent-on = أُرسلت الإجابات في { $when }.
visit-form-awaits-signature = إجاباتك تنتظر توقيعك.
visit-form-sign-link = توقيع إجاباتي
visit-form-signed-on = وقّعه { $signer } في { $when }.
visit-form-signed-document = عرض النسخة الموقَّعة في وثائقك
visit-form-outdated = تغيّر الاستبيان منذ الإجابة عنه: يُرجى الإجابة عنه من جديد.
visit-form-answers-not-shown = الإجابات جزء من الملخص الصحي الذي لا يشمله تفويضك: لذلك لا تُعرض عليك.
visit-form-signed-by-patient = يوقّع المريض، أو ممثله القانوني، هذه الإجابات بمفتاح مروره.
visit-form-not-filled = الاستبيان غير مملوء.
notice-visit-form-sent = أُرسلت إجاباتك. يمكنك تعديلها حتى موعد الزيارة.
notice-visit-form-signed = إجاباتك موقَّعة. نسخة مختومة موجودة في وثائقك.

# The form.
visit-form-title = استبيان ما قبل الزيارة
visit-form-intro = تصل إجاباتك إلى المهني مع موعدك. يمكنك تعديلها حتى موعد الزيارة.
visit-form-intro-signed = تصل إجاباتك إلى المهني مع موعدك. ستوقّعها بعد ذلك بمفتاح مرورك.
visit-question-required = { $label } (إلزامي)
visit-answer-prefilled = مملوء مسبقًا من ملخصك الصحي: تحقّق منه وصحّحه عند الحاجة.
visit-answer-date-hint = مثلًا 12/03/2026.
visit-answer-number-hint = رقم، مثلًا 72 أو 72.5.
visit-form-send = إرسال إجاباتي
visit-form-continue = المتابعة إلى التوقيع
visit-form-back = العودة إلى الموعد

# Signing.
visit-sign-title = توقيع إجاباتك
visit-sign-intro = أعد قراءة الإجابات المقدَّمة لـ { $patient }.
visit-sign-passkey-title = التوقيع بمفتاح مرورك
visit-sign-what = بالتوقيع، تؤكّد هذه الإجابات. يحتفظ كارنيه بنسخة مختومة، مؤرَّخة وباسمك، في وثائق الملف.
visit-sign-button = التوقيع بمفتاح مروري
visit-sign-working = جارٍ التوقيع…
visit-sign-failed = لم يكتمل التوقيع. أعد المحاولة، أو أعد قراءة إجاباتك.

# "Who saw my record".
history-action-read-visit-form = قرأ استبيانك قبل الزيارة
history-action-appointment-prepare = أجاب عن الاستبيان قبل الزيارة
history-action-appointment-sign = وقّع الاستبيان قبل الزيارة
history-tried-read-visit-form = حاول قراءة استبيانك قبل الزيارة
history-tried-appointment-prepare = حاول الإجابة عن الاستبيان قبل الزيارة
history-tried-appointment-sign = حاول توقيع الاستبيان قبل الزيارة

# The professional's view of the answers.
visit-form-answered-by = أجاب { $name } في { $when }

# The professional's kinds of visit.
agenda-visit-kinds-link = أنواع الزيارات
visit-kinds-title = أنواع الزيارات
visit-kinds-intro = اقترح أنواعًا من الزيارات (مثلًا «تحليل دم على الريق») مع تعليماتها والوثائق المطلوب إحضارها واستبيان يُملأ قبلها. يراها المريض عند حجز الموعد، وفي التأكيد، وفي التذكير.
visit-kinds-none = لا تقترح أي نوع من الزيارات بعد.
visit-kind-questions = { $count ->
    [0] بلا استبيان
    [one] سؤال واحد
    [two] سؤالان
   *[other] { $count } أسئلة
}
visit-kind-signed = للتوقيع
visit-kind-written-in = مكتوب بـ: { $languages }
visit-kind-add-title = إضافة نوع من الزيارات
visit-kind-lang-label = لغة هذه النصوص
visit-kind-name-label = الاسم
visit-kind-name-hint = ما يختاره المريض، مثلًا «تحليل دم على الريق».
visit-kind-instructions-hint = ما يجب على المريض فعله قبل الزيارة: الصيام، الحضور مبكرًا…
visit-kind-bring-hint = بطاقة التأمين الصحي، الوصفة الطبية، الفحوص السابقة…
visit-kind-visit-legend = كيف تجري الزيارة
visit-kind-signature-label = يجب توقيع الاستبيان
visit-kind-signature-hint = الموافقة على العلاج، القبول المسبق: يوقّع المريض إجاباته بمفتاح مروره، وتنضم نسخة مختومة إلى ملفه.
visit-kind-add-button = إضافة هذا النوع من الزيارات
visit-kind-title = نوع الزيارة
visit-kind-languages-label = اللغات
visit-kind-not-written = (للكتابة)
visit-kind-texts-title = النصوص بـ{ $language }
visit-kind-save = حفظ
visit-questions-title = استبيان ما قبل الزيارة
visit-questions-intro = الأسئلة بالترتيب الذي يراها به المريض. السؤال غير المكتوب بلغته يُعرض بالفرنسية.
visit-questions-none = لا استبيان: أضف سؤالًا لإنشاء واحد.
visit-question-add-title = إضافة سؤال
visit-question-type-label = نوع الإجابة
visit-question-label-label = السؤال (بـ{ $language })
visit-question-options-label = الإجابات المقترحة (للاختيار)
visit-question-options-hint = واحدة في كل سطر، من 2 إلى 12.
visit-question-options-same = واحدة في كل سطر، بالترتيب نفسه كما في اللغات الأخرى.
visit-question-prefill-label = الملء المسبق بـ
visit-question-prefill-hint = لإجابة نصية: يجد المريض ما يقوله ملخصه الصحي، ويصحّحه عند الحاجة.
visit-question-required-label = الإجابة إلزامية
visit-question-add-button = إضافة السؤال
visit-question-is-required = إلزامي
visit-question-prefilled-from = مملوء مسبقًا بـ: { $what }
visit-question-not-written = غير مكتوب بهذه اللغة بعد.
visit-question-word = الكتابة بـ{ $language }
visit-question-save = حفظ السؤال
visit-question-remove = حذف
visit-question-remove-label = حذف السؤال «{ $question }»
visit-kind-retire-title = التوقف عن اقتراح هذا النوع من الزيارات
visit-kind-retire-intro = تحتفظ به المواعيد المحجوزة بالفعل، مع إجاباتها.
visit-kind-retire-button = التوقف عن اقتراحه
visit-kinds-back = العودة إلى أنواع الزيارات
notice-visit-kind-added = أُضيف نوع الزيارة. اكتبه بلغات أخرى وأضف أسئلة عند الحاجة.
notice-visit-kind-saved = تم الحفظ.
notice-visit-kind-retired = لم يعد هذا النوع من الزيارات مقترحًا.
notice-question-added = أُضيف السؤال.
notice-question-saved = حُفظ السؤال.
notice-question-removed = حُذف السؤال.
