# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).
# "parcours de sortie de prostitution" = «مسار الخروج», named as an official programme (the French
# name once, below). Not الدعارة: heavy and stigmatising; pathway-intro-who describes the situation.

pathway-intro-what = يوجد دعم ينص عليه قانون 13 أبريل 2016، وهو برنامج رسمي اسمه «مسار الخروج»، وبالفرنسية «⁦parcours de sortie de prostitution⁩».
pathway-intro-who = هو للأشخاص الذين لهم علاقات جنسية مقابل المال أو السكن، أو لسداد دين، ويريدون شيئا آخر.
pathway-intro-papers = بأوراق أو بدون أوراق. لكن بعض اللجان ترفض الأشخاص الذين يطلبون اللجوء أو الذين لديهم OQTF (أمر بمغادرة فرنسا).
pathway-intro-free = هو مجاني. ترافقكم جمعية معتمدة. لا شيء يتم بدون موافقتكم.
pathway-intro-ask = ماذا تريدون أن تعرفوا؟

pathway-choice-steps = المراحل
pathway-choice-afis = المال: منحة Afis
pathway-choice-after = بعد المسار
pathway-choice-varies = ما يختلف حسب المقاطعة
pathway-choice-meeting = الموعد الأول
pathway-choice-refused = إذا رفضت اللجنة

pathway-step-contact = 1. تلتقون بجمعية معتمدة. تستمع إليكم وتشرح لكم كل شيء.
pathway-step-evaluation = 2. تنظرون مع الجمعية في وضعكم، وتحضرون ملفا معا.
pathway-step-commission = 3. يتم تقديم الملف إلى لجنة في المقاطعة.
pathway-step-support = 4. إذا وافقت اللجنة، يبدأ المسار: مساعدة في السكن والصحة والتدريب والعمل.
pathway-step-papers = إذا احتجتم، يمكنكم أن تطلبوا تصريح إقامة لمدة 6 أشهر. هذا ليس تلقائيا: حتى إذا وافقت اللجنة، المحافظ (préfet: ممثل الدولة) هو الذي يقرر.
# $every = 6, $months = 24 (Arabic: "6 أشهر", "24 شهرا").
pathway-step-review = كل { $every } أشهر، تراجع اللجنة الوضع مع الجمعية. يدوم المسار { $months } شهرا على الأكثر.

pathway-afis-what = منحة Afis مساعدة مالية تحصلون عليها كل شهر خلال المسار، إذا لم يكن لكم الحق في أي مساعدة أخرى.
pathway-afis-table = في الشهر: 330 € لشخص وحده، 432 € مع طفل واحد (1)، 534 € مع طفلين (2)، 636 € مع 3 أطفال، ثم 102 € إضافية عن كل طفل.
pathway-afis-ask-children = كم عدد الأطفال الذين تتكفلون بهم؟ اكتبوا رقما، مثلا 0 أو 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
# Arabic counted nouns: 1 طفل واحد, 2 طفلين, 3–10 أطفال, 11 and more طفلا.
pathway-afis-amount =
    { $children ->
        [0] لشخص وحده: 330 € في الشهر.
        [1] مع طفل واحد (1): 432 € في الشهر.
        [2] مع طفلين (2): 534 € في الشهر.
        [3] مع 3 أطفال: 636 € في الشهر.
        [4] مع 4 أطفال: 738 € في الشهر.
        [5] مع 5 أطفال: 840 € في الشهر.
        [6] مع 6 أطفال: 942 € في الشهر.
        [7] مع 7 أطفال: 1044 € في الشهر.
        [8] مع 8 أطفال: 1146 € في الشهر.
        [9] مع 9 أطفال: 1248 € في الشهر.
        [10] مع 10 أطفال: 1350 € في الشهر.
        [11] مع 11 طفلا: 1452 € في الشهر.
        [12] مع 12 طفلا: 1554 € في الشهر.
       *[other] 330 € في الشهر، و102 € إضافية عن كل طفل تتكفلون به.
    }
pathway-afis-check = هذه المبالغ من تقرير خاص بالمنطقة. الجمعية تتحقق معكم من المبلغ الحالي ومن حقوقكم.
pathway-afis-559 = انتبهوا: إذا كسبتم أكثر من 559 € في الشهر الذي يسبق تجديد منحة Afis، تتوقف المنحة لمدة 6 أشهر. تحدثوا مع الجمعية قبل قبول ساعات عمل.

pathway-after-end = يدوم المسار { $months } شهرا على الأكثر. القانون لا ينص على أي شيء بعده.
pathway-after-common = الهدف: أن تحصلوا في النهاية على المساعدات العادية (السكن، العمل).
pathway-after-rsa = للحصول على RSA (الدخل الأدنى)، يحتاج الشخص القادم من بلد خارج الاتحاد الأوروبي عادة إلى أن يكون لديه تصريح إقامة منذ 5 سنوات على الأقل.
pathway-after-association = بعض الجمعيات تواصل مرافقتكم بعد المسار. اسألوها.

pathway-varies-criteria = لكل مقاطعة لجنتها. شروط الدخول إلى المسار ليست نفسها في كل مكان.
pathway-varies-complaint = القانون لا يطلب تقديم شكوى. لكن بعض اللجان تطلبها مع ذلك.
pathway-varies-stop = بعض اللجان تطلب أيضا ألا تكون لكم علاقات جنسية مقابل المال منذ مدة معينة.
pathway-varies-association = الجمعية المعتمدة في مقاطعتكم تعرف لجنتها. تخبركم بما هو مهم عندكم.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = الموعد الأول مع جمعية مجاني. تتحدثون عما تريدون، على راحتكم.
pathway-meet-conditions = لا تحتاجون إلى أن تكونوا قد توقفتم. لا تحتاجون إلى تقديم شكوى: القانون لا يطلب ذلك.
pathway-meet-with = يمكنكم أن تطلبوا المجيء مع أطفالكم أو مع شخص تثقون به.
pathway-meet-interpreter = يمكنكم أن تطلبوا مترجما أو مترجمة. قولوا ما هي اللغة التي تتكلمونها.
pathway-meet-secret = الفريق يحفظ سر ما تقولونه. لكن إذا كان طفل أو شخص في خطر كبير، يمكنه إبلاغ خدمات الطوارئ.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = اللجان لا تقرر بنفس الطريقة في كل مكان. في بعض المقاطعات، يتم رفض ما يصل إلى طلب واحد من كل طلبين.
pathway-refused-help = بعد الرفض، يمكن للجمعية أن تواصل مساعدتكم: السكن، الصحة، الحقوق.
pathway-refused-ask = يمكنكم أن تسألوا الجمعية لماذا رفضت اللجنة، وهل سيكون تقديم ملف جديد ممكنا لاحقا.
