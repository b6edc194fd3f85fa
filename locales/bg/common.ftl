# Choice labels shared by several flows.

choice-info = Инфо: права, помощи, програмата
choice-talk = Да говоря с някого
choice-urgent = Спешно, опасност
choice-youth = Младежи, ученици, студенти
choice-phone = Безопасност на телефона
choice-back = Обратно към менюто
choice-near = Организация близо до мен
