# Messages used by the engine itself (see flows/README.md, "Engine messages").
# Adults are addressed with the respectful plural (أنتم), which is also gender-neutral.
# Lines start with an Arabic word where possible (the console adds a right-to-left mark
# only before a line that starts with a Latin letter).

# The one line asking to pick a language, shown with the language menu.
lang-prompt = { $register ->
        [youth] ما هي لغتك؟
       *[adult] اختاروا لغتكم.
    }

help =
    الأوامر:
    البدء من جديد: ⁦/start⁩
    هذه المساعدة: ⁦/help⁩
    تغيير اللغة: ⁦/lang⁩
    مسح كل شيء بسرعة: ⁦/exit⁩
    مسح ما أحتفظ به، ثم البدء من جديد: ⁦/forget⁩
    إيقاف المحادثة: ⁦/stop⁩
    كلمة «مظلة» تمسح كل شيء، مثل ⁦/exit⁩.

# Followed by the current choices, shown again by the engine.
not-understood = { $register ->
        [youth] عذرا، لم أفهم. يمكنك الاختيار من القائمة أدناه.
       *[adult] عذرا، لم أفهم. يمكنكم الاختيار من القائمة أدناه.
    }
not-understood-plain = عذرا، لم أفهم.

end-hint = { $register ->
        [youth] يمكنك كتابة أي رسالة للبدء من جديد.
       *[adult] اكتبوا أي رسالة للبدء من جديد.
    }

choice-yes = نعم
choice-no = لا

input-text-empty = { $register ->
        [youth] الرسالة فارغة. يمكنك كتابة بضع كلمات.
       *[adult] الرسالة فارغة. اكتبوا بضع كلمات.
    }
input-number-invalid = { $register ->
        [youth] يمكنك كتابة عدد بين { $min } و{ $max }، بالأرقام.
       *[adult] اكتبوا عددا بين { $min } و{ $max }، بالأرقام.
    }
input-place-invalid = { $register ->
        [youth] لم أجد هذا المكان. يمكنك كتابة رقم المقاطعة (مثلا 33)، أو الرمز البريدي، أو اسم مدينة قريبة.
       *[adult] لم أجد هذا المكان. اكتبوا رقم المقاطعة (مثلا 33)، أو الرمز البريدي، أو اسم مدينة قريبة.
    }
place-outside-region = المقاطعة { $dept } ليست في منطقة Nouvelle-Aquitaine. الأرقام الوطنية تعمل في كل فرنسا.
place-location-outside = هذا المكان ليس في منطقة Nouvelle-Aquitaine. الأرقام الوطنية تعمل في كل فرنسا.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = { $register ->
        [youth] هنا، أستطيع قراءة النصوص فقط. لا أحتفظ بما أرسلته ولا أنقله إلى أحد.
       *[adult] هنا، أستطيع قراءة النصوص فقط. لا أحتفظ بما أرسلتموه ولا أنقله إلى أحد.
    }
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = { $register ->
        [youth] هنا، أستطيع قراءة النصوص فقط. لا أحتفظ بالصور. من الأفضل عدم إرسال صور تظهرك.
       *[adult] هنا، أستطيع قراءة النصوص فقط. لا أحتفظ بالصور. لا ترسلوا صورا تظهركم.
    }

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] { $register ->
            [youth] انتهى. من المهم أيضا حذف هذه المحادثة من قائمتك.
           *[adult] انتهى. احذفوا أيضا هذه المحادثة من قائمتكم.
        }
       *[other] انتهى.
    }
forget-done = { $register ->
        [youth] مسحت ما كنت أحتفظ به من محادثتنا. يمكنك البدء من جديد متى شئت.
       *[adult] مسحت ما كنت أحتفظ به من محادثتنا. يمكنكم البدء من جديد متى شئتم.
    }
stop-done = { $register ->
        [youth] توقفت المحادثة. يمكنك الكتابة متى شئت للعودة.
       *[adult] توقفت المحادثة. اكتبوا متى شئتم للعودة.
    }

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }، { $town }
contact-card-phone = الهاتف: { $phone }
contact-card-website = الموقع: { $url }
contact-card-email = البريد الإلكتروني: { $email }
contact-card-hours = أوقات العمل: { $hours }
contact-card-to-complete = { $minor ->
        [yes] يجري التحقق من معلومات الاتصال بهذه الجمعية. في هذه الأثناء، مجانا: 119، ليلا ونهارا؛ 3018 للتحرش على الإنترنت؛ خط ⁦Fil Santé Jeunes⁩، ⁦0 800 235 236⁩؛ عند الخطر: 17 أو 112.
       *[no] يجري التحقق من معلومات الاتصال بهذه الجمعية. في هذه الأثناء: 17 أو 112 عند الخطر، و115 لمأوى طارئ.
    }
contact-card-helps = يمكنها المساعدة في: { $needs }
contact-card-national = { $minor ->
        [yes] لا أعرف جمعية قرب هذا المكان. الأرقام المجانية للشباب: 119 (ليلا ونهارا، حتى سن 21)، 3018 (التحرش على الإنترنت)، خط ⁦Fil Santé Jeunes⁩ ⁦0 800 235 236⁩ (من 12 إلى 25 سنة). عند الخطر: 17 أو 112، و114 عبر رسالة ⁦SMS⁩.
       *[no] لا أعرف جمعية معتمدة قرب هذا المكان. الأرقام الوطنية المجانية: 17 أو 112 عند الخطر، 114 عبر رسالة ⁦SMS⁩، 115 لمأوى طارئ، 3919 للعنف ضد النساء، 119 لمن هم دون 21 سنة.
    }
contact-card-none = { $minor ->
        [yes] لا أعرف بعد جمعية في { $dept_name }. الأرقام المجانية للشباب: 119 (ليلا ونهارا، حتى سن 21)، 3018 (التحرش على الإنترنت)، خط ⁦Fil Santé Jeunes⁩ ⁦0 800 235 236⁩ (من 12 إلى 25 سنة). عند الخطر: 17 أو 112.
       *[no] لا أعرف بعد جمعية في { $dept_name }. الأرقام الوطنية تبقى متاحة: 17 أو 112 عند الخطر، 115 لمأوى طارئ، 3919 للعنف ضد النساء.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { "، " }

# A button under a place question on channels that can share a location (Telegram).
share-location = مشاركة موقعي
