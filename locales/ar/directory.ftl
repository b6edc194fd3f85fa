# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = رسائل ⁦SMS⁩: { $phone }
contact-card-form = استمارة الاتصال: { $url }
contact-card-address = العنوان: { $text }
contact-card-languages = اللغات: { $languages }
contact-card-interpreter = يمكن طلب مترجم.
contact-card-minors = تستقبل أيضا الشباب دون 18 سنة.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = لا أعرف بعد جمعية تستقبل من هم دون 18 سنة في { $dept_name }. الأرقام المجانية للشباب: 119 (ليلا ونهارا، حتى سن 21)، 3018 (التحرش على الإنترنت)، خط ⁦Fil Santé Jeunes⁩ ⁦0 800 235 236⁩ (من 12 إلى 25 سنة). عند الخطر: 17 أو 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = سيطرة شخص آخر والديون المفروضة
speciality-violence = العنف الزوجي والعنف الجنسي
speciality-rights = الحقوق والمساعدة القانونية
speciality-social = المرافقة الاجتماعية والإجراءات
speciality-housing = السكن والإيواء الطارئ (115)
speciality-health = الصحة والعلاج
speciality-harm-reduction = الوقاية والحد من المخاطر
speciality-addictions = الإدمان (الكحول والمخدرات)
speciality-listening = الاستماع والدعم
speciality-outreach = الاستقبال واللقاءات في الشارع أو على الإنترنت
speciality-insertion = التدريب والعمل
speciality-children = الأطفال والعائلة
speciality-migrants = إجراءات الأجانب (اللجوء والإقامة)
speciality-minors = الشباب دون 18 سنة
