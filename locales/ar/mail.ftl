## الرسائل الإلكترونية: جزء HTML والأزرار والإشعارات المجمّعة (التذكرة 16)

# ما تعلنه قارئات الشاشة عن الرسالة داخل صفحتها (aria-roledescription).
mail-html-role = بريد إلكتروني
mail-html-copy-link = إن لم يعمل الزر، فانسخ هذا العنوان في متصفحك:
# زر رسالة ليس لها زر خاص بها.
mail-action-open = فتح Carnet
# التوقيع المضاف في آخر كل رسالة.
mail-signature = — Carnet

mail-invitation-action = إنشاء مفتاح المرور الخاص بي
mail-passkey-added-action = عرض مفاتيح المرور في حسابي
mail-record-updated-action = فتح ملفي الصحي
mail-record-corrected-action = عرض ملفي الصحي
mail-first-read-action = معرفة من اطّلع على ملفي
mail-emergency-access-action = معرفة من اطّلع على ملفي
mail-first-read-for-action = عرض من اطّلع على الملف
mail-emergency-access-for-action = عرض من اطّلع على الملف
mail-access-requested-action = الرد على الطلب
mail-delegation-invitation-action = عرض الدعوة
mail-delegation-granted-action = عرض مرافقيّ
mail-delegation-first-used-action = معرفة من اطّلع على ملفي
mail-delegation-ended-action = عرض مرافقيّ
mail-delegation-ended-delegate-action = عرض الأشخاص الذين أساعدهم
mail-recovery-action = إنشاء مفتاح المرور الجديد
mail-representative-added-action = عرض الأشخاص الذين أساعدهم
mail-coming-of-age-action = إنشاء مفتاح المرور الخاص بي
mail-appointment-confirmed-action = عرض الموعد
mail-appointment-moved-action = عرض الموعد
mail-appointment-moved-by-professional-action = عرض الموعد أو تغييره أو إلغاؤه
mail-appointment-cancelled-action = عرض الموعد
mail-appointment-cancelled-by-professional-action = عرض الموعد
mail-appointment-reminder-action = عرض الموعد أو تغييره أو إلغاؤه
mail-appointment-slot-freed-action = عرض المواعيد المتاحة

mail-recovery-in-person-subject = استُعيد حسابك في Carnet لدى مكتب الاستقبال
mail-recovery-in-person-body =
    مرحبًا { $name }،

    في مكتب الاستقبال، وبعد التحقق من هويتك، سُلِّم إليك يدًا بيد رابطٌ لإنشاء مفتاح مرور جديد، عن طريق { $staff }. انتهت جلساتك المفتوحة. وبمجرد إنشاء المفتاح الجديد ستتوقف جميع مفاتيح المرور القديمة عن العمل.

    إن لم تكن أنت، فاتصل بمكتب الاستقبال في أقرب وقت: ربما انتحل أحدهم هويتك.
