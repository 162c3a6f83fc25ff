# Messages with the care team (issue 20).
nav-messages = الرسائل
nav-messages-unread = { $count ->
    [one] (رسالة واحدة غير مقروءة)
   *[other] ({ $count } رسائل غير مقروءة)
}
nav-messages-count-more = { $count }+
nav-messages-unread-more = (أكثر من { $count } رسالة غير مقروءة)
messages-title = الرسائل
messages-intro = اكتب إلى فريق رعايتك واقرأ ردودهم. تبقى الرسائل في ملفك.
messages-intro-care = رسائل مرضاك: يكتب إليك هنا من سمحوا لك بقراءة ملفاتهم.
messages-tabs-label = المحادثات
messages-tab-current = الجارية
messages-tab-archived = المؤرشفة
messages-search-label = البحث في المواضيع
messages-search-button = بحث
messages-own-title = محادثاتي
messages-new-button = كتابة رسالة
messages-inbox-title = رسائل مرضاي
messages-settings-link = إعدادات الرسائل
messages-none = لا توجد محادثات هنا.
messages-unread = { $count ->
    [one] رسالة جديدة
   *[other] { $count } جديدة
}
messages-emergency = ليست للحالات الطارئة: في حالة الطوارئ، اتصل بالرقم 15 أو 112.
messages-body-label = الرسالة
messages-file-label = إرفاق ملف (اختياري)
messages-file-hint = ‏PDF أو JPEG أو PNG، بحد أقصى { $size } ميغابايت.
messages-subject-label = الموضوع
messages-new-title = الكتابة إلى مختص صحي
messages-back = العودة إلى الرسائل
messages-to-legend = إلى من تكتب؟
messages-practice = عيادة
messages-send-button = إرسال
messages-no-recipient = يمكنك الكتابة إلى المختصين الذين سمحت لهم بقراءة ملفك، أو الذين لديك موعد معهم. ليس لديك أي منهم بعد.
messages-no-recipient-sharing = اختيار من يمكنه قراءة ملفي
messages-closed-title = لا يستقبلون رسائل المرضى
messages-closed-hint = لا يستقبل هؤلاء المختصون رسائل عبر الإنترنت: اتصل بعيادتهم.
messages-patient-title = الرسائل مع { $name }
messages-patient-link = الرسائل
messages-write-title = الكتابة إلى المريض
messages-with = مع { $name }
messages-about = ملف { $name }
messages-older = رسائل أقدم
messages-reply-title = الرد
messages-archive-button = أرشفة المحادثة
messages-unarchive-button = إعادتها إلى المحادثات الجارية
messages-automatic = { $name } (رد تلقائي)
messages-for = { $name }، نيابة عن { $patient }
messages-read-on = قرأها المختص في { $date }
messages-not-read = لم تُقرأ بعد
messages-file-size = { $size } كيلوبايت
messages-file-saved = في مستنداتي
messages-file-save = حفظ في مستنداتي
messages-settings-title = إعدادات الرسائل
messages-settings-notices = إعلامي بالبريد الإلكتروني برسالة جديدة (دون محتواها، مرة واحدة في الساعة على الأكثر)
messages-settings-accepts = يمكن للمرضى أن يكتبوا إلي أولًا
messages-settings-reply-label = رد تلقائي أثناء الغياب
messages-settings-reply-hint = يُرسل إلى المرضى الذين يكتبون إليك، مرة واحدة في اليوم لكل محادثة. اتركه فارغًا لعدم إرسال شيء.
messages-settings-button = حفظ
notice-message-sent = أُرسلت رسالتك.
notice-message-archived = أُرشفت المحادثة.
notice-message-unarchived = عادت المحادثة إلى المحادثات الجارية.
notice-message-saved = حُفظ الملف في مستنداتك.
notice-message-settings = حُفظت إعداداتك.
error-message-body = اكتب رسالتك: 5000 حرف على الأكثر، نصًا بسيطًا (دون وسوم أو أحرف غير مرئية).
error-message-subject = اكتب موضوعًا: سطر واحد من 120 حرفًا على الأكثر، دون وسوم.
error-message-not-their-professional = لا يمكنك الكتابة إلا إلى مختص سمحت له بقراءة ملفك، أو لديك موعد معه.
error-message-not-accepting = لا يستقبل هذا المختص رسائل المرضى عبر الإنترنت: اتصل بعيادته.
error-message-absence-reply = الرد التلقائي 1000 حرف على الأكثر، نصًا بسيطًا.
error-practice-name = اسم العيادة سطر واحد من 200 حرف على الأكثر.
mail-message-received-subject = لديك رسالة جديدة في Carnet
mail-message-received-body =
    مرحبًا { $name }،

    لديك رسالة جديدة في Carnet. سجّل الدخول لقراءتها:

    { $url }
mail-message-received-action = قراءة رسائلي
history-action-read-messages = قرأ رسائلك
history-action-message-start = بدأ محادثة
history-action-message-write = كتب رسالة
history-action-message-archive = أرشف محادثة
history-tried-read-messages = حاول قراءة رسائلك
history-tried-message-start = حاول بدء محادثة
history-tried-message-write = حاول كتابة رسالة
history-tried-message-archive = حاول أرشفة محادثة
history-reason-not-party = هذه المحادثة أو هذا الموعد ليس مع هذا المختص
delegation-scope-messages-label = قراءة رسائلي مع فريق رعايتي وكتابتها
delegation-scope-messages = تبادل الرسائل مع فريق الرعاية
history-reason-appointment = موعد مع هذا المختص
history-reason-not-their-professional = لم تسمح لهذا المختص ولا موعد لديك معه
history-reason-not-accepting = هذا المختص لا يستقبل رسائل المرضى
messages-file-publish-as = النشر في الملف بصفته
messages-file-publish = نشر
messages-file-in-record = في ملف المريض
notice-message-published = نُشر الملف في ملف المريض، مختومًا باسمك.
