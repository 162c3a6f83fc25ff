# Renewal requests: a patient asks a treatment's prescriber to renew it (issue 19).
renewal-ask-title = طلب تجديد
renewal-ask-intro = يُرسل طلبك إلى { $prescriber } الذي يقبله أو يرفضه من فضائه. تتلقى رسالة إلكترونية فور رده.
renewal-field-message = رسالة إلى الطبيب (اختيارية)
renewal-ask-button = إرسال الطلب
renewal-ask-link = طلب تجديد
renewal-ask-link-for = طلب تجديد: { $name }
renewal-pending = طُلب التجديد في { $date } من { $prescriber }: في انتظار الرد.
renewal-accepted = قبل { $prescriber } التجديد في { $date }.
renewal-declined = رفض { $prescriber } التجديد في { $date }.
renewal-answer-note = رده: { $note }
notice-renewal-requested = أُرسل طلب التجديد.
notice-renewal-answered = أُرسل ردك إلى المريض.
renewals-title = طلبات التجديد
renewals-open-profile = فتح ملفه الصحي
renewals-none = لا توجد طلبات في الانتظار.
renewals-asked = طُلب في { $date } من { $by }
renewals-message = الرسالة: { $message }
renewals-field-note = ردك (اختياري)
renewals-accept = قبول
renewals-decline = رفض
renewals-status-accepted = قُبل في { $date }
renewals-status-declined = رُفض في { $date }
error-renewal-no-prescriber = واصف هذا العلاج لا يستخدم Carnet: اطلب التجديد في زيارتك القادمة.
error-renewal-not-readable = لا يستطيع واصف العلاج قراءة ملفك: امنحه الإذن أولًا من صفحة المشاركة.
error-renewal-pending = هناك طلب لهذا العلاج ينتظر الرد بالفعل.
error-renewal-message = لا تتجاوز الرسالة 500 حرف، في سطر واحد.
history-action-profile-request-renewal = طلب تجديد علاج
history-action-profile-answer-renewal = الرد على طلب تجديد
history-tried-profile-request-renewal = محاولة طلب تجديد علاج
history-tried-profile-answer-renewal = محاولة الرد على طلب تجديد
mail-renewal-requested-subject = مريض يطلب منك تجديدًا
mail-renewal-requested-body =
    مرحبًا { $name }،

    يطلب منك مريض تجديد علاج. أجب من فضائك:

    { $url }
mail-renewal-requested-action = عرض الطلبات
mail-renewal-answered-subject = تلقى طلب التجديد ردًا
mail-renewal-answered-body =
    مرحبًا { $name }،

    رد الطبيب على طلب التجديد. اقرأ الرد في ملفك الصحي:

    { $url }
mail-renewal-answered-action = قراءة الرد
