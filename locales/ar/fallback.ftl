# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines. Numbers of
# several groups are isolated left to right (U+2066…U+2069), with no-break spaces inside.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = { $register ->
        [youth] يمكنك الاتصال بالجمعية مباشرة:
       *[adult] يمكنكم الاتصال بالجمعية مباشرة:
    }
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $register ->
        [youth] { $association }: معلومات الاتصال بها لا تزال قيد التحقق، ولن أعطيك إياها إلا بعد تأكيدها.
       *[adult] { $association }: معلومات الاتصال بها لا تزال قيد التحقق، ولن أعطيكم إياها إلا بعد تأكيدها.
    }
fallback-lines = { $register ->
        [youth] هذه الخطوط الوطنية يمكنها مساعدتك من الآن:
       *[adult] هذه الخطوط الوطنية يمكنها مساعدتكم من الآن:
    }
line-115 = 115: مأوى طارئ، للنوم في مكان آمن. مجاني، ليلا ونهارا.
line-116006 = { $register ->
        [youth] ⁦116 006⁩: إذا آذاك شخص (ضرب، تهديد، سرقة…)، للجميع. مجاني، كل يوم من الساعة 9 إلى الساعة 19.
       *[adult] ⁦116 006⁩: إذا آذاكم شخص (ضرب، تهديد، سرقة…)، للجميع. مجاني، كل يوم من الساعة 9 إلى الساعة 19.
    }
line-3919 = 3919: للاستماع إلى النساء اللواتي يتعرضن للعنف، في العلاقة أو في مكان آخر. مجاني وبدون ذكر الاسم، ليلا ونهارا؛ المكالمة لا تظهر في فاتورة الهاتف.
line-119 = { $register ->
        [youth] 119: للأطفال والشباب حتى سن 21؛ يمكنك الاتصال فقط من أجل الكلام. مجاني، ليلا ونهارا؛ المكالمة لا تظهر في فاتورة الهاتف.
       *[adult] 119: للأطفال والشباب حتى سن 21، أو لشخص بالغ قلق عليهم. مجاني، ليلا ونهارا؛ المكالمة لا تظهر في فاتورة الهاتف.
    }
line-3018 = 3018: التحرش على الإنترنت، الابتزاز بالصور، حذف الصور. مجاني وبدون ذكر الاسم.
line-fsj = خط ⁦Fil Santé Jeunes⁩، ⁦0 800 235 236⁩: الصحة، الحب، الجنس، المعنويات، من 12 إلى 25 سنة. مجاني وبدون ذكر الاسم.
line-danger = { $register ->
        [youth] في خطر الآن: 17 أو 112. إذا لم يكن بإمكانك الكلام: رسالة نصية إلى 114.
       *[adult] في خطر الآن: 17 أو 112. إذا لم تستطيعوا الكلام: رسالة نصية إلى 114.
    }
