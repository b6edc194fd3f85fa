# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = في خطر الآن: اتصلوا بالرقم 17 أو 112. إذا لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى 114.
safety-now-intro = هذه الأرقام مجانية. كلها تجيب ليلا ونهارا، ما عدا 3018.
safety-17 = 17: الشرطة أو الدرك، إذا هددكم شخص أو ضربكم.
safety-112 = 112: الطوارئ، من أي هاتف، في كل أوروبا.
# $number: the SMS emergency number (114)
safety-sms = { $number }: عبر رسالة SMS، إذا كنتم لا تستطيعون الكلام أو السمع.
safety-15 = 15: الإسعاف الطبي SAMU، لحالة صحية طارئة.
safety-115 = 115: مأوى طارئ، للنوم في مكان آمن.
safety-119 = 119: للأطفال والشباب حتى سن 21.
safety-3919 = 3919: للاستماع إلى النساء اللواتي يتعرضن للعنف. ليس رقما للطوارئ.
safety-3018 = 3018: التحرش على الإنترنت، الابتزاز بالصور، حذف الصور.

safety-choice-leave = المغادرة والحماية
