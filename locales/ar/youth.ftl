# flows/youth.toml — for young people and students, up to 25. Informal singular (أنت), plain
# words a 12-year-old knows.
# Written so that it reads the same for a girl or a boy: pronoun suffixes (ـك) and verbal nouns
# ("يمكنك الرفض") instead of gendered verbs and imperatives.
# $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17), young-adult (18–25).

youth-hello = هنا نتحدث عن المال، والصور، والعلاقات، والإنترنت. بدون أحكام.
youth-phone-safety = هل يمكن لأحد أن ينظر في هاتفك؟ لمسح كل شيء بسرعة، يمكنك كتابة ⁦/exit⁩ أو كلمة «مظلة».
youth-ask-age = لكي أعطيك جهات الاتصال المناسبة: ما هي فئتك العمرية؟
youth-choice-under-13 = أقل من 13 سنة
youth-choice-13-14 = من 13 إلى 14 سنة
youth-choice-15-17 = من 15 إلى 17 سنة
youth-choice-18-25 = من 18 إلى 25 سنة

youth-topics = ما الموضوع الذي يهمك؟
youth-choice-gifts = هدايا مقابل علاقات
youth-choice-pictures = بيع صور شخصية
youth-choice-boyfriend = حبيب يطلب الكثير
youth-choice-friend = صديق «يحمي»
youth-choice-online = تحرش وابتزاز على الإنترنت
youth-choice-money = الدراسة ومشاكل المال
youth-choice-quiz = اختبار: خطر أم لا؟
youth-choice-helpers = من يمكنه مساعدتي؟
youth-choice-other = موضوع آخر

# "Michetonnage": the French word stays, in quotes, then it is explained.
youth-gifts-what = كلمة «michetonnage» تعني: علاقة مع شخص أكبر سنا يهدي وجبات، أو ملابس، أو هاتفا، مقابل لحظات حميمة.
youth-gifts-then = في البداية، قد يبدو الأمر مثل لعبة. بعد ذلك، قد يطلب هذا الشخص أكثر، أو يعرفك على أشخاص آخرين.
youth-gifts-law =
    { $age_band ->
        [child] قبل سن 15، لا يحق لأي شخص بالغ أن تكون له علاقة جنسية معك، حتى لو قلت نعم. البالغ هو من يفعل شيئا ممنوعا، وليس أنت.
        [young-teen] قبل سن 15، لا يحق لأي شخص بالغ أن تكون له علاقة جنسية معك، حتى لو قلت نعم. البالغ هو من يفعل شيئا ممنوعا، وليس أنت.
        [teen] قبل سن 18، الشخص البالغ الذي يعطي مالا أو هدايا مقابل علاقات جنسية يفعل شيئا ممنوعا. القانون يعاقبه هو، وليس أنت.
       *[other] في فرنسا، دفع المال أو تقديم الهدايا مقابل علاقات جنسية ممنوع. القانون يعاقب الشخص الذي يدفع، وليس الشخص الذي يتلقى المال.
    }
youth-gifts-owe = يمكنك التوقف متى شئت، حتى بعد الهدايا. ليس عليك أي دين لأحد.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = بعض الأشخاص يبيعون صورا أو فيديوهات لهم، أحيانا عارية، على مواقع بالاشتراك مثل OnlyFans أو عبر الرسائل.
youth-pictures-copy = الصورة المرسلة يمكن نسخها ونشرها، حتى من حساب «خاص». لا يمكن استرجاعها.
youth-pictures-law =
    { $age_band ->
        [child] قبل سن 18، القانون يحمي كل صورة حميمة لك. طلبها أو شراؤها أو نشرها ممنوع.
        [young-teen] قبل سن 18، القانون يحمي كل صورة حميمة لك. طلبها أو شراؤها أو نشرها ممنوع.
        [teen] قبل سن 18، القانون يحمي كل صورة حميمة لك. طلبها أو شراؤها أو نشرها ممنوع.
       *[other] المشترون يطلبون غالبا أكثر: صورا أخرى، ثم لقاءات. يمكنك الرفض في أي وقت.
    }
youth-pictures-more = شخص يهدد بنشر صورك؟ من الأفضل عدم الدفع. من المهم الاحتفاظ بالرسائل. الرقم 3018 يساعد على حذف الصور.
# After pictures sent or blackmail: said plainly (the wording rules allow the negated form).
youth-not-your-fault = ليس ذنبك. الشخص الذي يهدد هو من يفعل شيئا ممنوعا.

# The "lover boy"
youth-boyfriend-what = ما يسمى «⁦lover boy⁩»: شخص يُظهر الحب، ويقدم الهدايا، ويعد بالكثير.
youth-boyfriend-then = ثم يطلب منك «خدمة» لأصدقائه، أحيانا مقابل مال يأخذه لنفسه.
youth-boyfriend-signs = بعض العلامات: يراقب هاتفك، يبعدك عن أهلك وأصدقائك، يتحدث عن دين.
youth-boyfriend-right = لا يحق لأي شخص أن يدفعك إلى أفعال جنسية، حتى باسم الحب.

# A friend who "protects" and takes a share
youth-friend-what = صديق يعرض أن يرافقك إلى مواعيد، حتى «يمر كل شيء بخير». ثم يأخذ جزءا من المال.
youth-friend-law = أخذ جزء من المال الذي يحصل عليه شخص آخر مقابل علاقات جنسية أمر يمنعه القانون، حتى بين الأصدقاء، حتى لو قلت نعم.
youth-friend-stop = يمكنك التوقف متى شئت. ليس عليك أي دين له.

# Cyber-harassment and sextortion
youth-online-harassment = شتائم، إشاعات، صور منشورة بدون موافقتك: هذا تحرش، وهو ممنوع.
youth-online-sextortion = شخص يهدد بنشر صورة لك إن لم يحصل منك على مال أو على صور أخرى؟ هذا ابتزاز.
youth-online-do = الأفضل: عدم إرسال أي شيء آخر، وعدم الدفع. يمكنك أخذ لقطات شاشة، ثم حظر الحساب.
youth-online-3018 = الرقم 3018 مجاني وبدون ذكر الاسم. يمكنه أن يطلب من مواقع التواصل الاجتماعي حذف الصور بسرعة.

# Students' money trouble
youth-money-intro = مشاكل مالية خلال الدراسة؟ هذا شائع، وتوجد مساعدات.
youth-money-crous = الخدمة الاجتماعية في Crous يمكنها تقديم مساعدة طارئة، بسرعة، حتى خلال السنة الدراسية.
youth-money-health = مركز الصحة في جامعتك يستقبلك مجانا، مع احترام السر الطبي.
youth-money-offers = عروض «⁦sugar daddy⁩» أو «لقاءات مدفوعة» تستهدف الطلاب. غالبا ما تخفي طلب علاقات جنسية.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 حالات. ما رأيك في كل واحدة؟ لا توجد إجابة خاطئة.
youth-quiz-safe = لا يوجد خطر
youth-quiz-risky = ربما فيه خطر
youth-quiz-unsure = لا أعرف
youth-quiz-next = الحالة التالية
youth-quiz-stop = إيقاف الاختبار
youth-quiz-1 = 1. شخص أكبر سنا، تعرفت عليه على الإنترنت، يهديك هاتفا. لا يطلب أي شيء حاليا.
youth-quiz-1-answer = قد يكون في ذلك خطر. هدية كبيرة قد تخلق إحساسا بالدين، ثم يستعملها هذا الشخص لطلب صور أو موعد. يمكنك الرفض، أو التحدث عن ذلك مع شخص موثوق.
youth-quiz-2 = 2. الشخص الذي أنت معه في علاقة يطلب منك صورة عارية، ويقول: «فقط لي».
youth-quiz-2-answer = قد يكون في ذلك خطر. الصورة المرسلة يمكن نسخها أو عرضها على الآخرين بعد خلاف. من حقك الرفض. من يهتم بك يحترم هذا الرفض.
youth-quiz-3 = 3. صديق يعرض أن يأتي معك إلى موعد «من أجل أمانك»، مقابل جزء من المال.
youth-quiz-3-answer = هذا خطر. أخذ جزء من هذا المال أمر يمنعه القانون، حتى بين الأصدقاء. هذه ليست حماية.
youth-quiz-4 = 4. حساب مجهول يعرض عليك مالا سريعا مقابل صور لك.
youth-quiz-4-answer = غالبا هذا فخ: هذه الحسابات تبحث عن صور لبيعها أو للابتزاز. من الأفضل عدم الرد. يمكنك حظر الحساب.
youth-quiz-end = شكرا على وقتك. يمكنك التحدث عن ذلك مع شخص موثوق، أو رؤية جهات الاتصال.

# Who can help (by age band)
youth-help-119 = 119: مجاني، ليلا ونهارا، حتى سن 21. يمكنك الاتصال فقط من أجل الكلام. إذا كنت في خطر، يمكن للرقم 119 أن يخبر الخدمات التي تحمي الأطفال.
youth-help-119-under-21 = عمرك أقل من 21 سنة؟ الرقم 119 يستمع إليك أيضا، مجانا، ليلا ونهارا.
youth-help-3018 = 3018: مجاني وبدون ذكر الاسم، للتحرش على الإنترنت، والابتزاز، وحذف الصور.
# The phone number is written with no-break spaces (U+00A0): in right-to-left text, ordinary
# spaces would let the digit groups be shown in reverse order.
youth-help-fsj = خط ⁦Fil Santé Jeunes⁩، ⁦0 800 235 236⁩: مجاني وبدون ذكر الاسم، من 12 إلى 25 سنة. الحب، الجنس، الصحة: يمكن الحديث عن كل شيء.
youth-help-trusted-adult = يمكن أيضا لشخص بالغ موثوق أن يساعد: ممرضة المدرسة، مستشار أو مستشارة التربية (CPE)، مربي أو مربية، أحد أقاربك.
youth-help-crous = مشكلة مالية؟ الخدمة الاجتماعية في Crous يمكنها المساعدة، حتى في حالة طارئة.
youth-help-3919 = عنف في العلاقة أو في مكان آخر: الرقم 3919 يستمع إلى النساء، مجانا. الرقم ⁦116 006⁩ يساعد الجميع، من الساعة 9 إلى الساعة 19.
youth-help-danger = في خطر الآن: 17 أو 112. عبر رسالة ⁦SMS⁩: 114.
