# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = { $register ->
        [youth] تم الإرسال إلى { $association }. رقم طلبك: { $ticket }.
       *[adult] تم الإرسال إلى { $association }. رقم طلبكم: { $ticket }.
    }
handoff-sent-how = { $register ->
        [youth] سيرد عليك شخص من الفريق هنا. رسائلك من الآن تصل إلى الفريق بدون اسمك ولا رقمك. أنا لا أحتفظ بها؛ الفريق يحتفظ بما يصله.
       *[adult] سيرد عليكم شخص من الفريق هنا. ما تكتبونه الآن يصل إلى الفريق بدون اسمكم ولا رقمكم. أنا لا أحتفظ به؛ الفريق يحتفظ بما يصله.
    }
handoff-sent-languages = { $register ->
        [youth] الفريق يقرأ: { $languages }. يمكنك مع ذلك الكتابة بلغتك.
       *[adult] الفريق يقرأ: { $languages }. يمكنكم مع ذلك الكتابة بلغتكم.
    }
handoff-sent-stop = للتوقف في أي وقت: ⁦/stop⁩. لمسح كل شيء: ⁦/exit⁩. في حالة الخطر: 17 أو 112.
handoff-sent-regional = { $register ->
        [youth] { $association } لا تستطيع استقبال طلبات عبر هذه الخدمة حاليا: أُرسل طلبك إلى { $desk }، وهو فريق يستقبل أيضا طلبات مقاطعتك. رقم طلبك: { $ticket }.
       *[adult] { $association } لا تستطيع استقبال طلبات عبر هذه الخدمة حاليا: أُرسل طلبكم إلى { $desk }، وهو فريق يستقبل أيضا طلبات مقاطعتكم. رقم طلبكم: { $ticket }.
    }
handoff-no-desk = { $association } لا تستقبل بعد طلبات عبر هذه الخدمة. لم يتم إرسال أي شيء.
handoff-no-association = { $register ->
        [youth] لا توجد جمعية تستقبل طلبات عبر هذه الخدمة في مقاطعتك. لم يتم إرسال أي شيء.
       *[adult] لا توجد جمعية تستقبل طلبات عبر هذه الخدمة في مقاطعتكم. لم يتم إرسال أي شيء.
    }
handoff-desk-closed = فريق { $association } غير متاح حاليا. لم يتم إرسال أي شيء.
handoff-desk-failed = تعذر إرسال الطلب: خدمة { $association } لا تستجيب حاليا. لم يتم إرسال أي شيء.
handoff-emergency = { $minor ->
        [yes] في حالة الخطر: 17 أو 112 (114 عبر رسالة ⁦SMS⁩). 119، ليلا ونهارا. 3018 للتحرش على الإنترنت.
       *[no] في حالة الخطر: 17 أو 112 (114 عبر رسالة ⁦SMS⁩). لمن هم دون 21 سنة: 119. للعنف: 3919.
    }
handoff-not-sent = { $register ->
        [youth] لم يتم إرسال طلبك: لم يصل أي شيء إلى الجمعية.
       *[adult] لم يتم إرسال طلبكم: لم يصل أي شيء إلى الجمعية.
    }
handoff-offer-urgent = { $register ->
        [youth] هل أرسل رسالتك إلى الجمعية مع ذلك، مع علامة «عاجل»؟ قد لا ترد الجمعية فورا: إذا كان هناك خطر الآن، يمكنك الاتصال بالرقم 17 أو 112.
       *[adult] هل تريدون مع ذلك إرسال رسالتكم إلى الجمعية، مع علامة «عاجل»؟ قد لا ترد الجمعية فورا: إذا كنتم في خطر الآن، اتصلوا بالرقم 17 أو 112.
    }
handoff-send-urgent = إرسال رسالتي مع علامة «عاجل»
handoff-held-gone = { $register ->
        [youth] لم أعد أحتفظ بتلك الرسالة. للكتابة إلى الجمعية، يمكنك بدء الطلب من جديد من القائمة.
       *[adult] لم أعد أحتفظ بتلك الرسالة. للكتابة إلى الجمعية، ابدؤوا الطلب من جديد من القائمة.
    }
urgency-danger = عاجل: رسالة الشخص تتحدث عن خطر

# A staff reply and the notices below reach the person unasked, after their last message: a
# watched phone's lock screen shows their first line. It stays as neutral as the bot's first
# line (no association name, nothing about violence, prostitution, the police or a danger);
# such details come on a later line (DESIGN.md S6). The operator may replace
# relay-staff-prefix ([handoff] reply_prefix in the config file).
relay-staff-prefix = رد:
relay-staff = { $prefix } { $text }
relay-closed = { $register ->
        [youth] أنهى الفريق المحادثة. يمكنك العودة متى شئت: يكفي كتابة رسالة للبدء من جديد.
       *[adult] أنهى الفريق المحادثة. يمكنكم العودة متى شئتم: اكتبوا رسالة للبدء من جديد.
    }
relay-transferred = { $register ->
        [youth]
            طلبك ينتقل إلى فريق آخر يمكنه مساعدتك بشكل أفضل. سيرد عليك شخص من هذا الفريق هنا.
            هذا الفريق هو { $association }.
       *[adult]
            طلبكم ينتقل إلى فريق آخر يمكنه مساعدتكم بشكل أفضل. سيرد عليكم شخص من هذا الفريق هنا.
            هذا الفريق هو { $association }.
    }
relay-no-answer = { $register ->
        [youth] لم يصل أي رد على طلبك حتى الآن. في انتظار ذلك، إليك إمكانيات أخرى:
       *[adult] لم يصل أي رد على طلبكم حتى الآن. في انتظار ذلك، إليكم إمكانيات أخرى:
    }
relay-still-open = { $register ->
        [youth] طلبك يبقى مفتوحا: إذا رد أحد، سيظهر الرد هنا. لإلغائه: ⁦/stop⁩.
       *[adult] طلبكم يبقى مفتوحا: إذا رد أحد، سترون ذلك هنا. لإلغائه: ⁦/stop⁩.
    }
relay-undelivered = { $register ->
        [youth] تعذر نقل رسالتك الآن. يمكنك المحاولة مرة أخرى بعد قليل. في حالة الخطر: 17 أو 112.
       *[adult] تعذر نقل رسالتكم الآن. حاولوا مرة أخرى بعد قليل. في حالة الخطر: 17 أو 112.
    }
relay-gone = { $register ->
        [youth] انتهت هذه المحادثة. يمكنك كتابة رسالة للبدء من جديد.
       *[adult] انتهت هذه المحادثة. اكتبوا رسالة للبدء من جديد.
    }
relay-reminder = { $register ->
        [youth] أنت على تواصل مع { $association }: يمكنك كتابة رسالتك هنا. للتوقف: ⁦/stop⁩.
       *[adult] أنتم على تواصل مع { $association }: اكتبوا رسالتكم هنا. للتوقف: ⁦/stop⁩.
    }
relay-danger-passed = { $register ->
        [youth] تم أيضا إرسال رسالتك إلى { $association }.
       *[adult] تم أيضا إرسال رسالتكم إلى { $association }.
    }
relay-stopped = { $register ->
        [youth] تم التوقف، وتم إبلاغ { $association }. لا أحتفظ برسائلك؛ الفريق يحتفظ بالرسائل التي وصلته.
       *[adult] تم التوقف، وتم إبلاغ { $association }. لا أحتفظ برسائلكم؛ الفريق يحتفظ بالرسائل التي وصلته.
    }

input-text-too-long = { $register ->
        [youth] هذه الرسالة طويلة بعض الشيء: الحد الأقصى لعدد الحروف هو { $max }، من فضلك.
       *[adult] هذه الرسالة طويلة بعض الشيء: الحد الأقصى لعدد الحروف هو { $max }، من فضلكم.
    }

## The desk's side (staff of the association)

desk-ticket =
    طلب جديد { $ticket }
    اللغة: { $lang }
    الاحتياجات: { $needs }
    المقاطعة: { $dept }
    موعد الرد المرغوب: { $urgency }
desk-ticket-transferred = طلب محول من { $association }.
desk-ticket-regional = طلب موجه إلى { $association }، التي لا تستطيع استقباله عبر هذه الخدمة حاليا: يصل إلى فريقكم الذي يغطي هذه المقاطعة. ردوا هنا، أو حولوه إلى جمعية (⁦/transfer⁩).
desk-ticket-regional-none = لا توجد جمعية في الدليل تستطيع استقبال هذا الطلب عبر هذه الخدمة: يصل إلى فريقكم الذي يغطي هذه المقاطعة.
desk-ticket-unread-language = لغة الشخص هي { $lang }، وهذا الفريق لا يقرأ هذه اللغة. اطلبوا المساعدة من زميل أو زميلة أو من مترجم في الجمعية، أو حولوا الطلب إلى فريق يقرأ هذه اللغة (⁦/transfer⁩). لا تنسخوا رسائل الشخص في خدمة ترجمة على الإنترنت: ستخرج بذلك من الجمعية.
desk-ticket-message = رسالة الشخص: «{ $text }»
desk-lock-screen = قد تظهر بداية كل رد على شاشة القفل لدى الشخص، حيث يمكن لشخص آخر أن يراها: لا تبدأوا باسم الجمعية ولا بموضوع الطلب.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] أوقف الشخص المحادثة. لن يصله أي شيء بعد الآن.
desk-person-left = [{ $ticket }] استخدم الشخص الخروج السريع: قد لا يكون هاتفه آمنا. لن يصله أي شيء بعد الآن.
desk-closed = [{ $ticket }] انتهت المحادثة. تم إبلاغ الشخص.
desk-transferred = [{ $ticket }] تم تحويل الطلب إلى { $association }. تم إبلاغ الشخص.
desk-transfer-unknown = لا يوجد فريق باسم «{ $association }». اكتبوا ⁦/transfer⁩ متبوعا بمعرف جمعية أخرى (مثلا ⁦/transfer cidff-16⁩).
desk-no-answer = [{ $ticket }] لا رد بعد { $minutes } دقيقة: تلقى الشخص جهات اتصال أخرى (معلومات الاتصال الموثقة للجمعية، أو إن لم توجد، خطوطا وطنية) وأرقام الطوارئ. لا يزال بإمكانكم الرد عليه هنا.
desk-expired = [{ $ticket }] أغلق الطلب بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوما
       *[other] { $days } يوم
    } بدون أي رسالة.
desk-undelivered = [{ $ticket }] تعذر نقل هذه الرسالة إلى الشخص.
desk-ended = هذا الطلب انتهى، أو هذه الرسالة ليست طلبا: لم يتم نقل أي شيء.
desk-usage = للرد، ردوا على هذه الرسالة (Telegram) أو في سلسلتها (Matrix). الأمر ⁦/close⁩ ينهي المحادثة؛ والأمر ⁦/transfer⁩ متبوعا بمعرف جمعية (مثلا ⁦/transfer cidff-16⁩) يحول الطلب إلى تلك الجمعية. في Matrix، اكتبوا ⁦!close⁩ و ⁦!transfer⁩.
