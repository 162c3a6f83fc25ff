# Vaccinations: the schedule's advice (issue 16), the printed record, codes of names sent by publishers.

vaccination-catch-up = للاستدراك
vaccination-to-check = للتحقق
vaccination-this-season = هذا الموسم
vaccination-next-campaign = الحملة القادمة
vaccination-doses-to-catch-up = { $doses ->
    [one] جرعة واحدة للاستدراك
    [two] جرعتان للاستدراك
    [few] { $doses } جرعات للاستدراك
   *[other] { $doses } جرعة للاستدراك
}
vaccination-to-check-catch-up = يوصى بالتطعيم الاستدراكي في غياب التطعيم: { $doses ->
    [one] جرعة واحدة
    [two] جرعتان
    [few] { $doses } جرعات
   *[other] { $doses } جرعة
}
vaccination-to-check-at-age = موصى به في هذا العمر، ما لم يكن قد أُعطي من قبل.
vaccination-campaign-now-autumn = حملة الخريف جارية حتى نهاية يناير.
vaccination-campaign-now-spring = حملة الربيع جارية حتى منتصف يونيو.
vaccination-campaign-next-autumn = ابتداءً من منتصف أكتوبر { $year }.
vaccination-campaign-next-spring = ابتداءً من منتصف أبريل { $year }.
vaccinations-none-recorded = لا يوجد أي تطعيم مسجَّل في هذا الملف. اطلب من طبيبك التحقق من التطعيمات (مع دفتر الصحة الورقي إن كان لديك).
vaccinations-none-recorded-professional = لا يوجد أي تطعيم مسجَّل في هذا الملف: الحالة التطعيمية غير معروفة، يجب التحقق منها.
vaccinations-unreadable = { $count ->
    [one] تطعيم واحد في هذا الملف مرمَّز بنظام غير CVX: لا يستطيع الجدول أخذه في الحسبان. اطلب من طبيبك التحقق من هذه التوصيات.
    [two] تطعيمان في هذا الملف مرمَّزان بنظام غير CVX: لا يستطيع الجدول أخذهما في الحسبان. اطلب من طبيبك التحقق من هذه التوصيات.
    [few] { $count } تطعيمات في هذا الملف مرمَّزة بنظام غير CVX: لا يستطيع الجدول أخذها في الحسبان. اطلب من طبيبك التحقق من هذه التوصيات.
   *[other] { $count } تطعيمًا في هذا الملف مرمَّزة بنظام غير CVX: لا يستطيع الجدول أخذها في الحسبان. اطلب من طبيبك التحقق من هذه التوصيات.
}
vaccinations-at-this-age = ما يوصي به الجدول في هذا العمر، ما لم يكن قد تمّ من قبل:
vaccinations-birth-date = تاريخ الميلاد: { $date }
vaccinations-health-id = رقم INS: { $ins }
vaccinations-printed = طُبع في { $date } من Carnet.

vaccine-rule-dtp = الرضّع: في عمر شهرين و4 أشهر و11 شهرًا. جرعات معزِّزة في عمر 6 سنوات، وبين 11 و13 سنة، ثم في عمر 25 سنة (مع السعال الديكي) و45 و65 سنة، ثم كل 10 سنوات. تُستدرك الجرعة المعزِّزة المنسية في أقرب وقت.
vaccine-rule-hib = في عمر شهرين و4 أشهر و11 شهرًا. الاستدراك حتى عمر 5 سنوات.
vaccine-rule-hepb = في عمر شهرين و4 أشهر و11 شهرًا. الاستدراك حتى عمر 15 سنة ضمنًا (3 جرعات، أو جرعتان بين 11 و15 سنة).
vaccine-rule-pneumo-child = في عمر شهرين و4 أشهر و11 شهرًا. لا استدراك بعد عمر سنتين إلا في حالات خاصة.
vaccine-rule-menb = في عمر 3 و5 و12 شهرًا، مع البدء قبل عمر سنتين.
vaccine-rule-men-acwy = في عمر 6 و12 شهرًا. جرعة واحدة بين 11 و14 سنة أيًّا كانت التطعيمات السابقة؛ الاستدراك من 15 سنة حتى إتمام 24 سنة.
vaccine-rule-mmr = في عمر 12 شهرًا، ثم بين 16 و18 شهرًا. الاستدراك: جرعتان في المجموع لكل شخص مولود منذ 1980.
vaccine-rule-rotavirus = في عمر شهرين و3 أشهر (أو شهرين و3 و4 أشهر حسب اللقاح)، وتُستكمل قبل عمر 6 أشهر.
vaccine-rule-hpv = الفتيات والفتيان من 11 إلى 14 سنة: جرعتان. الاستدراك من 15 سنة حتى إتمام 26 سنة: 3 جرعات.
vaccine-rule-pneumo-adult = جرعة واحدة ابتداءً من عمر 65 سنة.
vaccine-rule-zoster = ابتداءً من عمر 65 سنة: جرعتان بفاصل شهرين.
vaccine-rule-influenza = كل سنة ابتداءً من عمر 65 سنة، خلال حملة الخريف (في فرنسا القارية، من منتصف أكتوبر إلى نهاية يناير).
vaccine-rule-covid-19 = كل خريف ابتداءً من عمر 65 سنة خلال الحملة؛ وجرعة إضافية في الربيع ابتداءً من عمر 80 سنة.

code-loinc = رمز LOINC { $code }
code-cvx = رمز CVX { $code }
code-snomed = رمز SNOMED CT { $code }
code-rxnorm = رمز RxNorm { $code }
code-atc = رمز ATC { $code }
code-dicom = رمز DICOM { $code }
code-other = الرمز { $code }

## التطعيمات
vaccinations-title = تطعيماتي
vaccinations-due-title = مستحقة
vaccinations-history-title = التطعيمات المتلقّاة
vaccinations-empty = لا توجد تطعيمات مسجلة.
vaccinations-up-to-date = لا شيء مستحق حاليًا وفق جدول التطعيمات.
vaccinations-no-birth-date = تاريخ ميلادك غير معروف، لذا لا يمكن حساب التطعيمات المستحقة.
vaccinations-source = وفق { $source }. قد يوصي طبيبك بتطعيمات أخرى.
vaccinations-print-hint = لطباعة سجل تطعيماتك، استعمل أمر الطباعة في متصفحك.
vaccination-overdue = متأخر
vaccination-due = مستحق
vaccination-since = منذ { $date }
vaccination-scheduled = مقرَّر { $age }
vaccination-age-months = في عمر { $months } شهرًا
vaccination-age-years = في عمر { $years } سنة
vaccination-vaccine = اللقاح
vaccination-date = التاريخ
vaccination-dose = الجرعة
vaccination-lot = الدفعة
vaccination-by = بواسطة
vaccine-series-dtp = الخناق والكزاز وشلل الأطفال (والسعال الديكي)
vaccine-series-hib = المستدمية النزلية من النوع ب
vaccine-series-hepb = التهاب الكبد ب
vaccine-series-pneumo-child = المكورات الرئوية (الرضّع)
vaccine-series-menb = المكورات السحائية ب
vaccine-series-men-acwy = المكورات السحائية ACWY
vaccine-series-mmr = الحصبة والنكاف والحصبة الألمانية
vaccine-series-rotavirus = فيروس الروتا
vaccine-series-hpv = فيروس الورم الحليمي البشري
vaccine-series-pneumo-adult = المكورات الرئوية (65 سنة فأكثر)
vaccine-series-zoster = الحزام الناري
vaccine-series-influenza = الإنفلونزا (كل سنة)
vaccine-series-covid-19 = كوفيد-19 (كل سنة)
