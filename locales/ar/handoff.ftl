# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = تم الإرسال إلى { $association }. رقم طلبكم: { $ticket }.
handoff-sent-how = سيرد عليكم شخص من الفريق هنا. ما تكتبونه الآن يصل إلى الفريق بدون اسمكم ولا رقمكم. أنا لا أحتفظ به؛ الفريق يحتفظ بما يصله.
handoff-sent-languages = الفريق يقرأ: { $languages }. يمكنكم مع ذلك الكتابة بلغتكم.
handoff-sent-stop = للتوقف في أي وقت: /stop. لمسح كل شيء: /exit. في حالة الخطر: 17 أو 112.
handoff-no-desk = { $association } لا تستقبل بعد طلبات عبر هذه الخدمة. لم يتم إرسال أي شيء. يمكنكم الاتصال بالجمعية مباشرة:
handoff-no-association = لا توجد جمعية تستقبل طلبات عبر هذه الخدمة في مقاطعتكم. لم يتم إرسال أي شيء. هذه جهات يمكنها المساعدة:
handoff-desk-closed = فريق { $association } غير موجود حاليا. لم يتم إرسال أي شيء. يمكنكم الاتصال بالجمعية في أوقات عملها:
handoff-desk-failed = تعذر إرسال الطلب: خدمة { $association } لا تستجيب حاليا. لم يتم إرسال أي شيء. يمكنكم الاتصال بالجمعية مباشرة:
handoff-emergency = في حالة الخطر: 17 أو 112 (114 عبر رسالة SMS). لمن هم دون 21 سنة: 119. للعنف: 3919.
handoff-not-sent = لم يتم إرسال طلبكم: لم يصل أي شيء إلى الجمعية.
handoff-offer-urgent = هل ما زلتم تريدون إرسال رسالتكم إلى الجمعية، مع علامة «عاجل»؟ قد لا ترد الجمعية فورا: إذا كنتم في خطر الآن، اتصلوا بالرقم 17 أو 112.
handoff-send-urgent = إرسال رسالتي، عاجل
handoff-held-gone = لم أعد أحتفظ بتلك الرسالة. للكتابة إلى الجمعية، ابدؤوا الطلب من جديد من القائمة.
urgency-danger = عاجل: رسالة الشخص تتحدث عن خطر

relay-staff = { $association }: { $text }
relay-closed = أنهت { $association } المحادثة. يمكنكم العودة متى شئتم: اكتبوا رسالة للبدء من جديد.
relay-transferred = تم تحويل طلبكم إلى { $association }، التي يمكنها مساعدتكم بشكل أفضل. سيرد عليكم شخص من هذا الفريق هنا.
relay-no-answer = لم يرد أحد من { $association } بعد. يمكنكم أيضا الاتصال بالجمعية مباشرة:
relay-still-open = طلبكم يبقى مفتوحا: إذا رد أحد، سترون ذلك هنا. لإلغائه: /stop.
relay-undelivered = تعذر نقل رسالتكم الآن. حاولوا مرة أخرى بعد قليل. في حالة الخطر: 17 أو 112.
relay-gone = انتهت هذه المحادثة. اكتبوا رسالة للبدء من جديد.
relay-reminder = أنتم على تواصل مع { $association }: اكتبوا رسالتكم هنا. للتوقف: /stop.
relay-danger-passed = تم أيضا إرسال رسالتكم إلى { $association }.
relay-stopped = تم التوقف، وتم إبلاغ { $association }. لا أحتفظ برسائلكم؛ الفريق يحتفظ بالرسائل التي وصلته.

input-text-too-long = هذه الرسالة طويلة بعض الشيء: الحد الأقصى لعدد الحروف هو { $max }، من فضلكم.

## The desk's side (staff of the association)

desk-ticket =
    طلب جديد { $ticket }
    اللغة: { $lang }
    الاحتياجات: { $needs }
    المقاطعة: { $dept }
    موعد الرد المرغوب: { $urgency }
desk-ticket-transferred = طلب محول من { $association }.
desk-ticket-unread-language = لغة الشخص هي { $lang }، وهذا الفريق لا يقرأ هذه اللغة: يمكن أن تساعد أداة ترجمة.
desk-ticket-message = رسالة الشخص: «{ $text }»
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] أوقف الشخص المحادثة. لن يصله أي شيء بعد الآن.
desk-person-left = [{ $ticket }] استخدم الشخص الخروج السريع: قد لا يكون هاتفه آمنا. لن يصله أي شيء بعد الآن.
desk-closed = [{ $ticket }] انتهت المحادثة. تم إبلاغ الشخص.
desk-transferred = [{ $ticket }] تم تحويل الطلب إلى { $association }. تم إبلاغ الشخص.
desk-transfer-unknown = لا يوجد فريق باسم «{ $association }». اكتبوا /transfer متبوعا بمعرف جمعية أخرى (مثلا /transfer cidff-16).
desk-no-answer = [{ $ticket }] لا رد بعد { $minutes } دقيقة: تلقى الشخص معلومات الاتصال بكم وأرقام الطوارئ. لا يزال بإمكانكم الرد عليه هنا.
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
desk-usage = للرد، ردوا على هذه الرسالة (Telegram) أو في سلسلتها (Matrix). الأمر /close ينهي المحادثة؛ والأمر /transfer متبوعا بمعرف جمعية (مثلا /transfer cidff-16) يحول الطلب إلى تلك الجمعية. في Matrix، اكتبوا !close و !transfer.
