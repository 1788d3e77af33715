# ruff: noqa: E501  (a page prints a paragraph on one line, and so do these pages)
"""News pages written for the round-5 chrome tests (issue 13): each imitates how one
kind of outlet prints its page around the article (a national agency, a portal, a
newspaper, a broadcaster, a regional akimat's site) in Russian, Kazakh or English.
Every text here was written for these tests; no line is copied from a real page.

A line that starts with ``~`` is chrome (the marker and one space are dropped); every
other non-blank line is article text, which the cleaner must keep."""

from __future__ import annotations

PAGES: dict[str, str] = {}

PAGES["ru_agency"] = """\
~Главная
~Новости
~Культура
~Главная › Культура
~12 декабря 2026, 14:05
В Астане открылся фестиваль камерной музыки
~Фото: пресс-служба филармонии
АСТАНА, 12 декабря. В столичной филармонии в пятницу открылся международный фестиваль камерной музыки, который продлится до 18 декабря.
В программе фестиваля двенадцать концертов, в которых примут участие музыканты из Казахстана, Узбекистана и Австрии.
Организаторы отмечают, что билеты на все концерты можно купить в кассе филармонии и на её сайте.
~Читайте также:
~В Алматы прошла выставка современной керамики
~Театр оперы и балета показал новую постановку «Жизели»
~Подписывайтесь на наш Telegram-канал
~Если вы нашли ошибку в тексте, выделите её мышью и нажмите Ctrl+Enter
~© 2026 Все права защищены
"""

PAGES["ru_portal"] = """\
~Курс валют: USD 505.12 EUR 548.30 RUB 5.61
~Алматы +3°C
~Новости
~Общество
~Культура
~Спорт
В Караганде прошёл областной конкурс молодых вокалистов
~Сегодня, 10:47
~Просмотров: 2 315
~Комментариев: 4
В Караганде в областном Дворце культуры горняков прошёл конкурс молодых вокалистов «Дарын».
В нём приняли участие сорок исполнителей из десяти районов области.
Гран-при жюри присудило студентке музыкального колледжа Асель Ахметовой.
~Фото из открытых источников
~Теги: конкурс, вокал, Караганда
~Поделиться:
~WhatsApp
~Telegram
~Facebook
~Новости партнёров
~Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
"""

PAGES["ru_newspaper"] = """\
~Выпуск № 48 (1187)
~Рубрики
~Политика
~Экономика
~Культура
~Подписка на газету
Юбилей драматического театра отметили премьерой
~Автор: Марина Ковалёва
~05.12.2026 | 09:30
В Павлодарском драматическом театре имени Чехова к его столетию поставили спектакль по пьесе Островского «Лес».
Режиссёр постановки Ирина Волкова рассказала, что репетиции шли три месяца.
Зрители аплодировали актёрам стоя, а после спектакля директор театра вручил ветеранам сцены памятные медали.
~Фото автора
~Поделиться
~Комментарии (0)
~Оставить комментарий
~Популярное
~Как пройдут новогодние каникулы у школьников
~В городе откроют новый каток
~Редакция: info@gazeta.kz, +7 (7182) 55-12-34
~Перепечатка материалов возможна только с письменного разрешения редакции.
"""

PAGES["ru_akimat"] = """\
~Версия для слабовидящих
~ҚАЗ РУС ENG
~Аким области
~Акимат
~Пресс-центр
~Новости
~Главная / Пресс-центр / Новости
В области прошёл форум сельской молодёжи
~03 декабря 2026
~Количество просмотров: 118
В районном центре Шиели состоялся областной форум сельской молодёжи.
На форуме выступили аким области, депутаты маслихата и представители молодёжных организаций.
Участники обсудили меры поддержки молодых фермеров и программу «С дипломом в село».
~Пресс-служба акимата Кызылординской области
~Поделиться в соцсетях:
~Последнее изменение: 04.12.2026 11:20
~© 2026 Акимат Кызылординской области. Все права защищены.
"""

PAGES["ru_sputnik"] = """\
~Мультимедиа
~Радио
~Подписаться
В Бишкеке прошёл концерт памяти Токтогула
~18:20 10.12.2026 (обновлено: 19:02 10.12.2026)
~© Sputnik / Айбек Осмонов
~Подписаться на Sputnik в Telegram
БИШКЕК, 10 дек — Sputnik. В Кыргызской национальной филармонии прошёл концерт, посвящённый памяти акына Токтогула Сатылганова.
В концерте выступили народный оркестр имени Карамолдо Орозова и солисты театра оперы и балета.
~Новости Кыргызстана
~Читайте также
~В Оше открылась ярмарка мастеров
~Главное за день
~Все новости
"""

PAGES["ru_vlast"] = """\
~Войти
~Поиск
~Колонки
~Истории
~Данные
Как в Алматы прошла неделя документального кино
~Жанна Сейтова
~8 декабря 2026
~6 мин. чтения
Неделя документального кино в Алматы в этом году собрала зрителей на двадцати показах в трёх кинотеатрах города.
Фестиваль открыли фильмом о жизни чабанов на джайляу, а закрыли картиной о строительстве Турксиба.
~Поддержите независимую журналистику
~Подписывайтесь на наш канал в WhatsApp
~Вам также может быть интересно
~Редакция не несёт ответственности за содержание комментариев.
"""

PAGES["ru_tv"] = """\
~Прямой эфир
~Телепрограмма
~Смотрите также
В Шымкенте наградили победителей турнира по тогызкумалаку
~11.12.2026, 16:40
~Видео: телеканал «Хабар 24»
В Шымкенте завершился республиканский турнир по тогызкумалаку среди школьников.
Победителей наградили дипломами и кубками, а лучшие игроки войдут в сборную страны.
~Скачайте наше мобильное приложение
~Источник: Хабар 24
~Реклама
~Все права на материалы принадлежат телеканалу.
"""

PAGES["kk_egemen"] = """\
~Басты бет
~Жаңалықтар
~Мәдениет
~Басты бет › Мәдениет
Ақтөбеде халықаралық ақындар айтысы өтті
~Жарияланды: 12 желтоқсан 2026
~Қаралды: 1 204
Ақтөбе қаласындағы мәдениет үйінде халықаралық ақындар айтысы өтті.
Айтысқа Қазақстан, Өзбекстан және Қытайдан келген он алты ақын қатысты.
Бас жүлдені Маңғыстау облысының ақыны Ерлан Сәрсенов жеңіп алды.
~Суреттер: облыс әкімдігінің баспасөз қызметі
~Сондай-ақ оқыңыз:
~Алматыда қолөнер көрмесі ашылды
~Шымкентте жастар форумы басталды
~Егемен Қазақстан
~Барлық құқықтар қорғалған
"""

PAGES["kk_baq"] = """\
~Сайт туралы
~Байланыс
~Жарнама
~Жаңалықтар
Түркістанда дәстүрлі ән байқауы өтті
~Бүгін, 14:20
~Пікірлер: 0
Түркістан қаласында жас әншілердің «Сыр сүлейлері» атты дәстүрлі ән байқауы өтті.
Байқауға облыстың он бес ауданынан отыздан астам жас орындаушы қатысты.
~Фото: ашық дереккөздерден
~Тегтер: байқау, ән, Түркістан
~Бөлісу:
~Telegram арнамызға жазылыңыз
~Қатені байқасаңыз, белгілеп Ctrl+Enter басыңыз
~Материалды көшіріп басқанда сілтеме міндетті
"""

PAGES["kk_akimat"] = """\
~Мүмкіндігі шектеулі жандарға арналған нұсқа
~ҚАЗ РУС
~Әкімдік
~Баспасөз орталығы
~Жаңалықтар
Облыстық кітапханада ақын шығармашылығына арналған кеш өтті
~04.12.2026
~Қаралым саны: 96
Облыстық әмбебап кітапханада ақын Мұқағали Мақатаевтың туғанына арналған әдеби кеш өтті.
Кешке оқушылар, студенттер және жергілікті ақындар қатысып, өлеңдерін оқыды.
~Облыс әкімдігінің баспасөз қызметі
~Соңғы өзгеріс: 05.12.2026 10:02
~© 2026 Облыс әкімдігі
"""

PAGES["kk_tv"] = """\
~Тікелей эфир
~Бағдарлама
~Жаңалықтар
Астанада жас суретшілер көрмесі ашылды
~10 желтоқсан 2026, 18:30
~Бейне: «Qazaqstan» телеарнасы
Елордадағы ұлттық музейде жас суретшілердің көрмесі ашылды.
Көрмеге елдің әр өңірінен келген қырық суретшінің жүзге жуық жұмысы қойылды.
~Тағы оқыңыз
~Қарағандыда хор фестивалі өтті
~Ең көп оқылған
~Ұялы қосымшамызды жүктеп алыңыз
"""

PAGES["kk_kazinform"] = """\
~Жаңалықтар таспасы
~Аймақтар
~Қоғам
Қызылордада ұлттық спорт түрлерінен фестиваль өтті
~11 Желтоқсан 2026, 11:45
~Автор: Айгүл Серікқызы
ҚЫЗЫЛОРДА. KAZINFORM – Қызылордада ұлттық спорт түрлерінен облыстық фестиваль өтті.
Фестиваль аясында көкпар, тоғызқұмалақ және қазақ күресінен жарыстар ұйымдастырылды.
~Фото: облыс әкімдігі
~Бізді Telegram-нан оқыңыз
~Соңғы жаңалықтар
~Kazinform ақпарат агенттігі © 2026
"""

PAGES["en_astana_times"] = """\
~Home
~Nation
~Culture
~Home › Culture
~By Aigerim Sultanova in Culture on 12 December 2026
Astana Opera hosts festival of young ballet dancers
~Photo credit: Astana Opera press service
ASTANA – The Astana Opera opened its second festival of young ballet dancers on Dec. 11, bringing together soloists from eight countries.
The festival will run until Dec. 16 and includes four performances and two master classes.
~Related Posts
~Kazakh film wins award at Busan festival
~Almaty hosts Central Asian book fair
~Share this:
~Subscribe to our newsletter
~© 2026 The Astana Times. All rights reserved.
"""

PAGES["en_akipress"] = """\
~Login
~Register
~Search
~Kyrgyzstan
~Central Asia
Bishkek hosts international film festival
~Bishkek, Dec. 10, 2026 / 14:05 / AKIpress
~Views: 512
The international film festival opened in Bishkek on Wednesday with a screening of a new Kyrgyz drama.
Forty films from twelve countries will be shown until Dec. 15.
~Tags: cinema, festival, Bishkek
~Follow us on Telegram
~Copying of materials is allowed only with a link to the source.
"""

PAGES["en_trend"] = """\
~Latest
~Politics
~Economy
~Society
Baku hosts Caspian culture forum
~12 Dec 2026, 10:31
~Read more on Trend.az
BAKU, Azerbaijan, December 12. The Caspian culture forum opened in Baku on Friday.
The forum brings together ministers of culture, museum directors and artists from five Caspian countries.
Participants will sign a memorandum on joint exhibitions, the organisers said.
~Follow the author on X: @trend_news
~All rights reserved
"""

PAGES["en_generic"] = """\
~Skip to content
~Menu
~Sign in
~Subscribe
Regional museum reopens after renovation
~Published: Dec 12, 2026 | Updated: Dec 13, 2026
~2 min read
~Reporter: John Miller
The regional history museum reopened on Saturday after a two-year renovation, with new halls for archaeology and folk crafts.
The mayor cut the ribbon together with the museum's director and local schoolchildren.
~Photo: City Hall
~Share on Facebook
~Share on X
~Comments are closed.
~We use cookies to improve your experience. By continuing, you accept our cookie policy.
~Download our app
"""

PAGES["en_kazinform"] = """\
~Top news
~World
~Culture
Kazakh folk ensemble performs in Paris
~11 December 2026 18:40
~Photo credit: Kazakh Embassy in France
PARIS. KAZINFORM – A Kazakh folk ensemble gave a concert in Paris on Thursday as part of the days of Kazakh culture in France.
The musicians played traditional instruments, including the dombra and the kobyz.
~Follow Kazinform on Telegram and WhatsApp
~See also
~Astana hosts winter sports festival
~Most read
"""

PAGES["en_times_ca"] = """\
~Newsletter
~Donate
~About us
Tashkent festival celebrates Silk Road crafts
~By Timur Karimov
~12/12/2026
Artisans from across Central Asia gathered in Tashkent this week for a festival of Silk Road crafts.
Visitors watched potters, weavers and embroiderers at work in the old city.
~Image: Times of Central Asia
~If you found an error, please highlight it and press Ctrl+Enter.
~The views expressed in this article are the author's own.
"""

# ---------------------------------------------------------------- harder shapes: site
# names and slogans, copies of the headline and the lead, lists without a heading,
# image addresses, author boxes, stamps in the forms English templates print

PAGES["en_regional_daily"] = """\
~The Steppe Courier
~Independent news from Western Kazakhstan since 1998
~Sections
~Arts & Culture
Uralsk theatre stages a new musical
~Uralsk theatre stages a new musical
~Updated 2 hours ago
~Dec 12, 2026 10:31 AM
~By Daniyar Akhmetov, Staff Writer
~https://cdn.steppecourier.kz/images/2026/12/musical-1200x800.jpg
The Uralsk drama theatre premiered its first musical on Friday, a story of two families on the Ural river.
More than forty actors, dancers and musicians took part in the production, directed by Aliya Nurova.
The theatre plans to show the musical twice a month until the spring.
~Daniyar Akhmetov is a culture reporter at The Steppe Courier. He covers theatre and music.
~More from Arts & Culture
~Aktobe library opens a hall of rare books
~Atyrau choir wins a regional contest
~Oral History Museum extends its opening hours
"""

PAGES["ru_portal_copies"] = """\
~Степной вестник
~Новости Павлодара и области
В Экибастузе открылся Дом дружбы
~В Экибастузе открылся Дом дружбы
~Новость дня
~Вчера, 17:20
~Айгерим Нуркенова
~Корреспондент
В Экибастузе после реконструкции открылся Дом дружбы, где будут работать национальные культурные центры города.
На открытии выступили ансамбли украинской, татарской и немецкой песни.
Аким города вручил руководителям центров ключи от новых кабинетов.
~В Экибастузе после реконструкции открылся Дом дружбы, где будут работать национальные культурные центры города.
~В Павлодаре выбрали лучшего учителя года
~Аксу получит новый спорткомплекс
~В Баянауле прошёл фестиваль бардовской песни
"""

PAGES["kk_portal_copies"] = """\
~Ертіс өңірі
~Облыстық қоғамдық-саяси газет
~Басты бет
~Руханият
Павлодарда күйшілер конкурсы өтті
~Руханият
~12.12.2026 14:05
~Асқар Бекенов
Павлодар қаласында облыстық күйшілер конкурсы өтті. Оған жиырмаға жуық домбырашы қатысты.
Бас жүлде Екібастұз ауданының домбырашысы Нұрлан Жақсылықовқа берілді.
~Павлодарда күйшілер конкурсы өтті
~Екібастұзда жаңа мектеп ашылды
~Ақсуда жастар орталығы жұмыс істей бастады
~Баянауылда туристер саны артты
~Барлық жаңалықтар
"""

PAGES["en_syndicated"] = """\
~None
~Advertisement
~Scroll to continue with content
Almaty hosts Central Asian jazz festival
~Written by Sarah Collins | Edited by Tom Reid
~December 12, 2026 at 4:05 pm
~Reuters
~(Reporting by Sarah Collins; Editing by Tom Reid)
ALMATY, Dec 12 (Reuters) - The Central Asian jazz festival opened in Almaty on Friday with musicians from eight countries playing at the Republic Palace.
Organisers said more than ten thousand tickets had been sold for the three-day festival.
~Our Standards: The Thomson Reuters Trust Principles.
~Recommended Topics:
~Entertainment
~World
"""

PAGES["ru_akimat_list"] = """\
~Официальный интернет-ресурс акимата города Алматы
~Алматы қаласы әкімдігінің ресми интернет-ресурсы
~Поиск по сайту
~Главная / Пресс-центр / Новости
В Алматы прошёл фестиваль уличного искусства
~Дата публикации: 12.12.2026
~Дата обновления: 13.12.2026
В Алматы завершился фестиваль уличного искусства, который проходил в течение недели в трёх районах города.
Художники из Казахстана и Турции расписали двенадцать стен жилых домов.
~Другие новости
~12.12.2026
~В Алматы открылся новый каток
~11.12.2026
~Аким города встретился с ветеранами
~Поделиться:
~Распечатать
"""


PAGES["en_body_words"] = """\
Photographers gather for annual exhibition
The annual photo exhibition opened at the city gallery on Friday, showing two hundred photos by local photographers.
Visitors can subscribe to the gallery's programme of free guided tours, the curator said.
Share of young artists in the show rose to a third this year.
The exhibition is open daily from 10:00 to 18:00 until January 15.
"""

PAGES["ru_body_words"] = """\
Фотовыставка о старом городе открылась в музее
В городском музее открылась фотовыставка, на которой представлены снимки старого Семипалатинска.
Фото для выставки собирали жители города, отметила директор музея.
Подписаться на экскурсии можно на сайте музея, а вход на выставку свободный.
Читайте также историю создания экспозиции в каталоге выставки, добавила она.
"""


def split(page: str) -> tuple[list[str], set[int]]:
    """The page's lines without the markers, and the indices of its chrome lines."""
    lines, chrome = [], set()
    for i, line in enumerate(page.splitlines()):
        if line.startswith("~ ") or line.startswith("~"):
            chrome.add(i)
            line = line[1:].lstrip(" ")
        lines.append(line)
    return lines, chrome
