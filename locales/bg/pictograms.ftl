# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Здравейте
picto-info = Информация
picto-talk = Разговор с някого
picto-danger = Спешно
picto-phone = Обаждане
picto-house = Жилище
picto-papers = Документи
picto-health = Здраве
picto-money = Пари
picto-child = Дете
picto-teen = Тийнейджър
picto-student = Учене
picto-lock = Безопасност на телефона
picto-erase = Изтриване
picto-map = Място
picto-back = Назад
picto-sms = SMS
picto-bed = Подслон
picto-rights = Права
picto-school = Училище
picto-protection = Защита
picto-hours = Време, часове
picto-calendar = Календар, след няколко дни
picto-language = Език
picto-yes = Да
picto-no = Не
picto-question = Въпрос
picto-group = Организация
picto-online = Онлайн
picto-camera = Снимки: внимание
picto-gift = Подаръци
picto-relationship = Любовна връзка
picto-pathway = Програма за излизане
picto-control = Приятел, който контролира
