# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = مرحبا، أهلا بكم.
welcome-phone-safety = هل يمكن لشخص آخر أن يقرأ هذا الهاتف؟ لمسح كل شيء بسرعة، اكتبوا /exit أو كلمة «مظلة».
welcome-menu = ماذا تريدون أن تفعلوا؟ اضغطوا على اختيار أو اكتبوا رقمه.

welcome-phone-kept = لا أحتفظ باسمكم ولا برقم هاتفكم.
welcome-phone-visible = تبقى المحادثة ظاهرة في التطبيق، إلى أن يتم مسحها.
welcome-phone-exit = { $channel ->
        [telegram] كتابة /exit أو كلمة «مظلة» تمسح رسائلنا من آخر 48 ساعة: تطبيق Telegram لا يسمح بمسح الرسائل الأقدم. بعد ذلك، احذفوا المحادثة من قائمتكم.
        [matrix] كتابة /exit أو كلمة «مظلة» تمسح رسائلكم ورسائلي، ثم أغادر المحادثة. بعد ذلك، احذفوها من قائمتكم.
        [matrix-no-redact] كتابة /exit أو كلمة «مظلة» تمسح رسائلي، ثم أغادر المحادثة. هنا، لا أستطيع مسح رسائلكم: احذفوا المحادثة من قائمتكم.
       *[other] كتابة /exit أو كلمة «مظلة» تمسح كل شيء، إذا كان التطبيق يسمح بذلك.
    }
welcome-phone-forget = كتابة /forget تمسح ما أحتفظ به، ثم نبدأ من جديد.
welcome-phone-notifications = يمكنكم أيضا إخفاء محتوى الإشعارات في إعدادات الهاتف.
welcome-choice-erase = مسح كل شيء الآن
