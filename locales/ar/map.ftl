# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess). The
# legend is laid out right to left; the date that follows map-date is isolated left to right
# by the code.

map-title = الجمعيات المعتمدة لمسار الخروج
map-verified = جمعية معتمدة: تم التحقق من بيانات الاتصال
map-unverified = جمعية معتمدة: لم يتم التحقق من بيانات الاتصال بعد، والموقع تقريبي
map-town = مدينة تتعرف عليها الخدمة
map-departement = المقاطعة: رقمها واسمها
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = آخر تحقق من بيانات اتصال:
map-date-none = لم يتم التحقق من أي بيانات اتصال بعد.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = الجمعيات المرقمة على الخريطة:
