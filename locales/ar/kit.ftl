# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
# minors. $audience is youth, student or adult: young people get the informal singular (أنت),
# written for a girl or a boy alike (suffix ـك and verbal nouns, no gendered imperative);
# adults get the plural of politeness (أنتم).

poster-title = { $audience ->
        [adult] تحدثوا مع شخص ما، بدون أحكام
       *[other] لديك سؤال؟ لنتحدث عنه، بدون أحكام
    }
poster-what = { $audience ->
        [youth] المال، الصور، العلاقات، الإنترنت: معلومات واضحة وجهات اتصال قريبة منك.
        [student] المال، الصور، العلاقات، الإنترنت: معلومات واضحة، ومساعدات للطلاب، وجهات اتصال قريبة منك.
       *[adult] الحقوق، السكن، الصحة، الأوراق: معلومات واضحة وجمعية قريبة منكم.
    }
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] مجاني. الخدمة لا تطلب أبدا اسمكم ولا رقمكم. يلزم حساب ⁦Matrix⁩ (مثلا عبر تطبيق ⁦Element⁩).
           *[other] مجاني. الخدمة لا تطلب أبدا اسمك ولا رقمك. يلزم حساب ⁦Matrix⁩ (مثلا عبر تطبيق ⁦Element⁩).
        }
       *[telegram] { $audience ->
            [adult] مجاني. الخدمة لا تطلب أبدا اسمكم ولا رقمكم. يلزم تطبيق ⁦Telegram⁩.
           *[other] مجاني. الخدمة لا تطلب أبدا اسمك ولا رقمك. يلزم تطبيق ⁦Telegram⁩.
        }
    }
poster-scan = { $audience ->
        [adult] امسحوا الرمز أو افتحوا الرابط:
       *[other] يكفي مسح الرمز أو فتح الرابط:
    }
poster-minors = لمن هم دون 18 سنة: الرقم 119 (أطفال في خطر) والرقم 3018 (التحرش على الإنترنت)، مجانا.
