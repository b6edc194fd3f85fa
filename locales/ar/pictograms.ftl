# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = مرحبا
picto-info = معلومات
picto-talk = التحدث مع شخص
picto-danger = حالة طارئة
picto-phone = اتصال
picto-house = سكن
picto-papers = أوراق
picto-health = صحة
picto-money = مال
picto-child = طفل
picto-teen = مراهق
picto-student = دراسة
picto-lock = أمان الهاتف
picto-erase = مسح
picto-map = مكان
picto-back = رجوع
picto-sms = رسالة نصية
picto-bed = مأوى
picto-rights = حقوق
picto-school = مدرسة
picto-protection = حماية
picto-hours = الوقت، المواعيد
picto-calendar = التقويم، بعد بضعة أيام
picto-language = لغة
picto-yes = نعم
picto-no = لا
picto-question = سؤال
picto-group = جمعية
picto-online = على الإنترنت
picto-camera = الحذر مع الصور
picto-gift = هدايا
picto-relationship = علاقة عاطفية
picto-pathway = مسار الخروج
picto-control = صديق متحكّم
