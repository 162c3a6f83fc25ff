## التفويضات: المرافقون والممثلون القانونيون (issue 5)
nav-caregivers = مرافقيّ
nav-helping = من أساعدهم
acting-region-label = التصرف نيابةً عن شخص آخر
acting-for = تتصرف نيابةً عن: { $name }
acting-back-to-mine = العودة إلى حسابي
acting-switch = تغيير الشخص
home-record-of = ملف { $name }
home-helping-link = من أساعدهم
caregivers-title = مرافقيّ
caregivers-intro = دع شخصًا تثق به يتصرف نيابةً عنك: قريبًا أو صديقًا أو مساعدًا. أنت تختار ما يمكنه فعله وإلى متى، ويمكنك إنهاء ذلك في أي وقت.
caregivers-current-title = من يمكنهم التصرف نيابةً عني
caregivers-none = لا أحد يمكنه التصرف نيابةً عنك.
caregivers-invite-title = دعوة مرافق
caregivers-invite-intro = نرسل إليه رابطًا بالبريد الإلكتروني. يقبل بحسابه الخاص في Carnet (أو ينشئ حسابًا)؛ وتُبلَّغ أنت بالبريد الإلكتروني.
caregivers-email-label = عنوان بريده الإلكتروني
caregivers-scopes-legend = ما يمكنه فعله
delegation-scope-record-label = قراءة ملفي (النتائج، الوثائق، التطعيمات)
delegation-scope-profile-label = قراءة ملفي الصحي (الحساسية، الأمراض، العلاجات، الإقامات في المستشفى)
delegation-scope-measurements-label = قراءة قياساتي وإدخالها (الوزن، ضغط الدم، سكر الدم…)
delegation-scope-appointments-label = رؤية مواعيدي وحجزها وتغييرها وإلغاؤها
delegation-scope-upload-label = إضافة وثائق إلى ملفي
caregivers-last-day-label = اليوم الأخير (اختياري)
caregivers-last-day-hint = اتركه فارغًا لعدم تحديد نهاية: يدوم حتى تنهيه أنت أو هو.
caregivers-protected-hint = لا يدير المرافق أبدًا مفاتيح مرورك ولا خيارات المشاركة ولا مرافقيك ولا من اطّلع على ملفك.
caregivers-invite-button = إرسال الدعوة
caregivers-past-title = المنتهية والمنقضية
caregivers-withdraw = سحب الدعوة
caregivers-withdraw-label = سحب الدعوة المرسلة إلى { $name }
delegation-end = إنهاء
delegation-end-label = منع { $name } من التصرف نيابةً عني
notice-delegation-invited = أُرسلت الدعوة.
notice-delegation-accepted = قبلت. أنت الآن تتصرف نيابةً عن هذا الشخص: الشريط أعلى كل صفحة يوضح ذلك.
notice-delegation-ended = تم: انتهى هذا الوصول.
helping-title = من أساعدهم
helping-intro = الأشخاص الذين سمحوا لك بالتصرف نيابةً عنهم. اختر من تتصرف نيابةً عنه؛ وستذكر كل صفحة ذلك في أعلاها.
helping-none = لم يسمح لك أحد بعد بالتصرف نيابةً عنه.
helping-as-caregiver = بصفة مرافق
helping-as-representative = بصفة ممثل قانوني
helping-act-for = التصرف نيابةً عن هذا الشخص
helping-act-for-label = التصرف نيابةً عن { $name }
helping-current = أنت تتصرف نيابةً عن هذا الشخص
helping-stop = التوقف عن المساعدة
helping-stop-label = التوقف عن التصرف نيابةً عن { $name }
delegation-status-invited = أُرسلت الدعوة
delegation-status-running = سارٍ
delegation-status-expired = منقضٍ
delegation-status-ended = منتهٍ
delegation-ended-on = انتهى في { $date }
delegation-until = حتى { $date } ضمنًا
delegation-until-ended = حتى ينهيه أحدكما
delegation-scope-record = قراءة الملف
delegation-scope-profile = قراءة الملف الصحي
delegation-scope-measurements = قراءة القياسات وإدخالها
delegation-scope-appointments = إدارة المواعيد
delegation-scope-upload = إضافة وثائق
invitation-title = دعوة لمساعدة شخص
invitation-lead = يدعوك { $patient } إلى التصرف نيابةً عنه في Carnet:
invitation-expires = يمكن قبول هذه الدعوة حتى { $date }.
invitation-signed-in-as = أنت مسجَّل الدخول باسم { $name }.
invitation-accept = قبول
invitation-join-title = جديد في Carnet
invitation-join-intro = أنشئ حسابك بالعنوان الذي أُرسلت إليه هذه الدعوة ({ $email })، ثم مفتاح المرور بالرابط الذي سنرسله إليه.
invitation-name-label = اسمك
invitation-join-button = إنشاء حسابي
invitation-have-account-title = لديّ حساب في Carnet
invitation-have-account-text = سجّل الدخول، ثم افتح الرابط من البريد الإلكتروني مجددًا لتقبل.
invitation-unknown-title = دعوة غير معروفة
invitation-unknown-text = هذه الدعوة غير موجودة. تحقّق من أن الرابط كامل، أو اطلب من الشخص الذي دعاك أن يرسل دعوة جديدة.
invitation-used-title = الدعوة لم تعد متاحة
invitation-used-text = قُبلت هذه الدعوة من قبل، أو سُحبت.
invitation-expired-title = انتهت صلاحية الدعوة
invitation-expired-text = هذه الدعوة لم تعد صالحة. اطلب من الشخص الذي دعاك أن يرسل دعوة جديدة.
error-delegation-no-scope = اختر شيئًا واحدًا على الأقل يمكنه فعله.
error-delegation-end-past = لا يمكن أن يكون اليوم الأخير في الماضي.
error-delegation-own-address = هذا عنوانك أنت: ادعُ شخصًا آخر.
error-delegation-already-invited = توجد دعوة قيد الانتظار لهذا العنوان من قبل.
error-delegation-own-record = لا يمكنك التصرف نيابةً عن نفسك: هذه الدعوة صادرة عن حسابك.
error-delegation-other-address = أُرسلت هذه الدعوة إلى عنوان آخر: لا يقبلها إلا الشخص المدعو.
invitation-other-address = أُرسلت هذه الدعوة إلى { $email }، وأنت متصل بعنوان آخر. سجّل الدخول بحساب ذلك العنوان، أو اطلب من { $patient } دعوة عنوان حسابك.
error-delegation-exists = يمكنك التصرف نيابةً عن هذا الشخص من قبل.
mail-delegation-invitation-subject = يدعوك { $patient } إلى مساعدته في Carnet
mail-delegation-invitation-body =
    مرحبًا،

    يدعوك { $patient } إلى التصرف نيابةً عنه في Carnet، بوابته الصحية. ستتمكن من: { $what }. { $until }.

    للقبول، افتح هذا الرابط (يعمل لمدة 7 أيام):

    { $url }

    إن كنت لا تعرف هذا الشخص، فتجاهل هذه الرسالة.
mail-delegation-granted-subject = يمكن لشخص الآن التصرف نيابةً عنك في Carnet
mail-delegation-granted-body =
    مرحبًا { $name }،

    قبل { $caregiver } دعوتك ويمكنه الآن التصرف نيابةً عنك، كما اخترت. يمكنك إنهاء ذلك في أي وقت:

    { $url }
mail-delegation-first-used-subject = استعمل مرافقك وصوله
mail-delegation-first-used-body =
    مرحبًا { $name }،

    فتح { $caregiver } ملفك لأول مرة. كل ما يفعله مذكور في «من اطّلع على ملفي»:

    { $url }
mail-delegation-ended-subject = لم يعد بإمكان مرافق التصرف نيابةً عنك
mail-delegation-ended-body =
    مرحبًا { $name }،

    لم يعد بإمكان { $caregiver } التصرف نيابةً عنك في Carnet. تجد مرافقيك في هذه الصفحة:

    { $url }
mail-delegation-ended-delegate-subject = لم يعد بإمكانك التصرف نيابةً عن { $patient }
mail-delegation-ended-delegate-body =
    مرحبًا { $name }،

    لم يعد بإمكانك التصرف نيابةً عن { $patient } في Carnet. تجد الأشخاص الذين تساعدهم في هذه الصفحة:

    { $url }
history-action-read-delegations = قراءة قائمة مرافقيك
history-action-delegation-invite = دعوة مرافق
history-action-delegation-end = إنهاء تفويض
history-action-delegation-accept = قبول التصرف نيابة عنك
history-reason-delegation = عبر التفويض الذي منحته
history-reason-representative = بصفة ممثل قانوني
history-reason-no-delegation = لم تمنح هذا الشخص أي تفويض
history-reason-delegation-ended = كان التفويض قد انتهى
history-reason-patient-adult = بلغت 18 عامًا: لم يعد الممثل القانوني يتصرف نيابة عنك
history-reason-minor-consent-ended = أُذن له حين كنت قاصرًا: يلزم تأكيده منذ بلوغك 18 عامًا
history-reason-out-of-scope = التفويض الذي منحته لا يسمح بذلك
history-reason-invitation = قُبلت دعوتك
history-reason-delegate = بطلب من المرافق
history-role-representative = ممثل قانوني
notice-joined = أُنشئ حسابك. أرسلنا للتو إلى العنوان المدعو رابطًا لإنشاء مفتاح مرورك: افتحه على هذا الجهاز.
delegation-until-majority = حتى بلوغه 18 سنة
delegation-ended-at-majority = انتهى عند بلوغه 18 سنة: أصبح الملف ملكه الآن.
