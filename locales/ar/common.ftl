# Choice labels shared by several flows (button labels: 2 to 5 words).

choice-info = معلومات: الحقوق، المساعدات، المسار
choice-talk = التحدث مع شخص
choice-urgent = حالة طارئة، خطر
choice-youth = الشباب والدراسة
choice-phone = أمان الهاتف
choice-back = العودة إلى القائمة
choice-near = جمعية قريبة مني
