## تسجيل الدخول
signin-title = تسجيل الدخول
signin-intro = استخدم مفتاح المرور المحفوظ في هاتفك أو حاسوبك أو مفتاح الأمان.
signin-username-label = البريد الإلكتروني
signin-username-hint = قد يقترح متصفحك مفاتيح المرور في هذا الحقل.
signin-button = تسجيل الدخول بمفتاح مرور
signin-working = جارٍ تسجيل الدخول…
signin-failed = تعذّر تسجيل دخولك بمفتاح المرور هذا. حاول مرة أخرى أو اسأل في مكتب الاستقبال.
signin-no-account = ليس لديك حساب بعد؟ يمكن لمكتب الاستقبال في مركزك الصحي تسجيلك.

## التسجيل
enrol-title = أنشئ مفتاح المرور
enrol-welcome = مرحبًا، { $name }.
enrol-intro = مفتاح المرور يحلّ محلّ كلمة السر: يبقى على جهازك ويُفتح ببصمتك أو وجهك أو رمزك السري. لا يمكن لأحد غيرك استخدامه.
enrol-button = إنشاء مفتاح المرور
enrol-working = جارٍ إنشاء مفتاح المرور…
enrol-failed = تعذّر إنشاء مفتاح المرور. حاول مرة أخرى.
link-unknown-title = رابط غير معروف
link-unknown-text = رابط التسجيل هذا غير موجود. تحقّق من أنه كامل، أو اطلب رابطًا جديدًا من مكتب الاستقبال.
link-used-title = رابط مستعمل
link-used-text = استُعمل هذا الرابط من قبل لإنشاء مفتاح مرور. سجّل الدخول بهذا المفتاح، أو اطلب رابطًا جديدًا من مكتب الاستقبال.
link-expired-title = رابط منتهي الصلاحية
link-expired-text = هذا الرابط لم يعد صالحًا. اطلب رابطًا جديدًا من مكتب الاستقبال.

## العمليات (رسائل مشتركة)
ceremony-cancelled = أُلغيت العملية أو انتهت مهلتها. يمكنك المحاولة مرة أخرى.
ceremony-unsupported = هذا المتصفح لا يدعم مفاتيح المرور. جرّب متصفحًا حديثًا.
ceremony-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.

## الحساب
account-title = حسابي
account-passkeys-title = مفاتيح المرور الخاصة بي
account-passkeys-intro = لكل جهاز تسجّل الدخول منه مفتاح مروره الخاص.
passkey-created = أُنشئ في { $date }
passkey-last-used = آخر استعمال في { $date }
passkey-never-used = لم يُستعمل قط لتسجيل الدخول
passkey-name-label = اسم مفتاح المرور
passkey-rename = إعادة التسمية
passkey-remove = حذف
passkey-remove-label = حذف مفتاح المرور «{ $name }»
passkey-rename-label = إعادة تسمية مفتاح المرور «{ $name }»
passkey-only-one = هذا مفتاح مرورك الوحيد: أضف مفتاحًا آخر قبل حذفه، وإلا فلن تتمكن من تسجيل الدخول.
passkey-add-title = إضافة مفتاح مرور
passkey-add-intro = أضف مفتاح مرور على جهاز آخر حتى لا تفقد أبدًا الوصول إلى ملفك.
passkey-add-button = إضافة مفتاح مرور
passkey-add-working = جارٍ إضافة مفتاح المرور…
passkey-add-failed = تعذّرت إضافة مفتاح المرور. حاول مرة أخرى.
passkey-default-name = مفتاح المرور { $number }
account-language-title = اللغة
account-language-intro = يراسلك Carnet ويُعرض باللغة التي تختارها.
account-export-title = بياناتي
account-export-intro = نزّل نسخة كاملة من الملف: الهوية، والنتائج مع قيمها المرجعية، واللقاحات، والوثائق مع ملفاتها. الملف بصيغة FHIR R4 التي تقرؤها برامج الصحة. يحتوي على كل هذه البيانات الصحية: احفظه في مكان آمن.
account-export-link = تنزيل الملف (FHIR، JSON)
notice-passkey-renamed = أُعيدت تسمية مفتاح المرور.
notice-passkey-removed = حُذف مفتاح المرور. أُنهيت الجلسات التي فُتحت به.
notice-passkey-added = أُضيف مفتاح المرور. أُرسلت إليك رسالة أمان بالبريد الإلكتروني.
notice-language-changed = تغيّرت اللغة.
error-verify-first = حفاظًا على أمانك، أكّد أولًا أنك أنت بمفتاح مرورك («أنا هو»)، ثم أعد المحاولة.
account-verify-title = أكّد أنك أنت
account-verify-intro = لإضافة مفتاح مرور أو حذفه، أكّد أولًا بمفتاح مرورك أنك أنت: فلا يستطيع أحد غيرك فعل ذلك على جهاز بقي متصلًا. يسري ذلك 5 دقائق.
account-verify-button = أنا هو
account-verify-working = جارٍ التحقق…
account-verify-failed = لم ينجح التحقق. أعد المحاولة بمفتاح مرورك.
notice-verified = تم التأكيد: يمكنك إضافة مفتاح مرور أو حذفه خلال الدقائق الخمس القادمة.

## الأجهزة المتصلة (التذكرة 18)
account-devices-title = الأجهزة المتصلة
account-devices-intro = الأجهزة التي سجّلت الدخول عليها الآن. إذا لم تتعرّف على أحدها، أو فقدت هاتفًا، فسجّل الخروج من الأجهزة الأخرى.
account-device-signed-in-with = سُجّل الدخول في { $date } بمفتاح المرور «{ $passkey }»
account-device-signed-in = سُجّل الدخول في { $date }
account-device-last-seen = آخر نشاط في { $date }
account-device-this-one = (هذا الجهاز)
account-devices-end-others = { $count ->
    [one] تسجيل الخروج من الجهاز الآخر
   *[other] تسجيل الخروج من الأجهزة الأخرى ({ $count })
}
account-devices-verify-first = لتسجيل الخروج من الأجهزة الأخرى، أكّد أولًا أنك أنت.
notice-others-signed-out = تم تسجيل الخروج من الأجهزة الأخرى. يبقى هذا الجهاز وحده متصلًا.
