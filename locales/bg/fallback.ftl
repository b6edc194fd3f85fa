# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = { $register ->
        [youth] Можеш да се свържеш с организацията директно:
       *[adult] Можете да се свържете с организацията директно:
    }
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $register ->
        [youth] { $association }: данните за контакт на организацията още се проверяват; ще ти ги дам едва след като бъдат потвърдени.
       *[adult] { $association }: данните за контакт на организацията още се проверяват; ще Ви ги дам едва след като бъдат потвърдени.
    }
fallback-lines = { $register ->
        [youth] Тези национални линии могат да ти помогнат още сега:
       *[adult] Тези национални линии могат да Ви помогнат още сега:
    }
line-115 = { $register ->
        [youth] 115: спешен подслон, за да спиш на сигурно място. Безплатно, денем и нощем.
       *[adult] 115: спешен подслон, за да спите на сигурно място. Безплатно, денем и нощем.
    }
line-116006 = { $register ->
        [youth] 116 006: ако някой ти е навредил (побой, заплахи, кражба…), за всички. Безплатно, всеки ден от 9 до 19 ч.
       *[adult] 116 006: ако някой Ви е навредил (побой, заплахи, кражба…), за всички. Безплатно, всеки ден от 9 до 19 ч.
    }
line-3919 = 3919: тук жени могат да говорят за насилие, което преживяват, във връзката или другаде. Безплатно и анонимно, денем и нощем; обаждането не се вижда в сметката за телефона.
line-119 = { $register ->
        [youth] 119: за деца и млади хора до 21 години; можеш просто да поговориш. Безплатно, денем и нощем; обаждането не се вижда в сметката за телефона.
       *[adult] 119: за деца и млади хора до 21 години или за възрастен, който се тревожи за тях. Безплатно, денем и нощем; обаждането не се вижда в сметката за телефона.
    }
line-3018 = 3018: тормоз в интернет, изнудване със снимки, махане на снимки от мрежата. Безплатно и анонимно.
line-fsj = Fil Santé Jeunes, 0 800 235 236: здраве, любов, секс, настроение, за млади хора на 12–25 години. Безплатно и анонимно.
line-danger = { $register ->
        [youth] Ако си в опасност сега: 17 или 112. Ако не можеш да говориш: SMS на 114.
       *[adult] Ако сте в опасност сега: 17 или 112. Ако не можете да говорите: SMS на 114.
    }
