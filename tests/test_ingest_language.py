"""The language of a page: the Baltic languages, Slovene, Serbian in either script, Bulgarian, Macedonian and
Belarusian, each told from its near neighbours (an unknown language gives no code rather than a wrong one)."""
from __future__ import annotations

import pytest

from sitegen.ingest.language import language

LATIN = {
    "lt": "Savivaldybės taryba antradienį nusprendė, kad visi autobusų maršrutai į kaimus šią žiemą veiks ir toliau, "
          "nors vežėjai prašė daugiau pinigų kurui. Pasak mero, kuris kalbėjo su gyventojais, kito sprendimo nėra, nes "
          "daug žmonių neturi automobilio ir autobusas yra vienintelis būdas nuvykti pas gydytoją, sakė jis.",
    "lv": "Novada dome otrdien nolēma, ka visi autobusu maršruti uz ciemiem arī šoziem turpinās kursēt, lai gan "
          "pārvadātāji bija lūguši vairāk naudas degvielai. Kā teica mērs, kas runāja ar iedzīvotājiem, cita risinājuma "
          "nav, jo daudziem nav savas automašīnas un autobuss ir vienīgais veids, kā nokļūt pie ārsta.",
    "et": "Vallavolikogu otsustas teisipäeval, et kõik külade bussiliinid jätkavad ka sel talvel, kuigi vedajad olid "
          "palunud kütuse jaoks rohkem raha. Vallavanema sõnul, kes rääkis elanikega, teist lahendust ei ole, sest "
          "paljudel pole oma autot ja buss on ainus viis arsti juurde pääseda, ütles ta.",
    "sl": "Občinski svet je v torek odločil, da bodo vse avtobusne linije do vasi vozile tudi to zimo, čeprav so "
          "prevozniki zahtevali več denarja za gorivo. Po besedah župana, ki je govoril s krajani, druge rešitve ni, "
          "ker veliko ljudi nima avtomobila in je avtobus zanje tudi edina pot do zdravnika.",
    "sr": "Opštinsko veće je u utorak odlučilo da će sve autobuske linije prema selima saobraćati i ove zime, iako su "
          "prevoznici tražili više novca za gorivo. Prema rečima predsednika opštine, koji je posle sednice razgovarao "
          "sa meštanima, nema drugog rešenja jer mnogi nemaju automobil, a autobus im je jedini put do lekara.",
    "hr": "Općinsko vijeće u utorak je odlučilo da će sve autobusne linije prema selima prometovati i ove zime, iako su "
          "prijevoznici tražili više novca za gorivo. Prema riječima načelnika, koji je poslije sjednice razgovarao s "
          "mještanima, nema drugog rješenja jer mnogi nemaju automobil, a autobus im je jedini put do liječnika.",
    "ca": "El consell comarcal va decidir dimarts que totes les línies d'autobús cap als pobles funcionaran també "
          "aquest hivern, tot i que les empreses havien demanat més diners per al combustible. Segons l'alcalde, que "
          "va parlar amb els veïns, no hi ha cap altra solució, perquè molta gent no té cotxe i l'autobús és l'única "
          "manera d'arribar al metge, va dir.",
    "es": "El consejo comarcal decidió el martes que todas las líneas de autobús hacia los pueblos funcionarán también "
          "este invierno, aunque las empresas habían pedido más dinero para el combustible. Según el alcalde, que habló "
          "con los vecinos, no hay otra solución, porque mucha gente no tiene coche y el autobús es la única manera de "
          "llegar al médico, dijo.",
}
CYRILLIC = {
    "bg": "Общинският съвет реши във вторник, че всички автобусни линии към селата ще се движат и тази зима, въпреки "
          "че превозвачите поискаха още пари за гориво. Според кмета, който разговаря с жителите, друго решение "
          "няма, тъй като много хора нямат кола и автобусът е единственият път до лекаря, каза той.",
    "sr": "Општинско веће је у уторак одлучило да ће све аутобуске линије према селима саобраћати и ове зиме, иако су "
          "превозници тражили више новца за гориво. Према речима председника општине, који је разговарао са "
          "мештанима, нема другог решења јер многи немају аутомобил, а аутобус им је једини пут до лекара.",
    "mk": "Советот на општината во вторник одлучи сите автобуски линии кон селата да сообраќаат и оваа зима, иако "
          "превозниците побараа повеќе пари за гориво. Според градоначалникот, кој разговараше со жителите, друго "
          "решение нема, бидејќи многу луѓе немаат автомобил и автобусот е единствениот пат до лекар, рече тој.",
    "be": "Раённы савет у аўторак вырашыў, што ўсе аўтобусныя маршруты ў вёскі будуць працаваць і гэтай зімой, хоць "
          "перавозчыкі прасілі больш грошай на паліва. Як сказаў старшыня, які размаўляў з жыхарамі, іншага выйсця "
          "няма, бо шмат у каго няма машыны, і аўтобус ёсць адзіная дарога да доктара.",
    "ru": "Районный совет во вторник решил, что все автобусные маршруты в деревни будут работать и этой зимой, хотя "
          "перевозчики просили больше денег на топливо. Как сказал глава района, который говорил с жителями, другого "
          "выхода нет, потому что у многих нет машины, и автобус это единственная дорога к врачу.",
    "uk": "Районна рада у вівторок вирішила, що всі автобусні маршрути до сіл працюватимуть і цієї зими, хоча "
          "перевізники просили більше грошей на пальне. Як сказав голова району, який говорив із мешканцями, іншого "
          "виходу немає, бо багато хто не має машини, і автобус це єдина дорога до лікаря.",
}


@pytest.mark.parametrize("code", list(LATIN))
def test_a_latin_script_language_is_told_from_its_neighbours(code):
    assert language(LATIN[code], "latin") == code


@pytest.mark.parametrize("code", list(CYRILLIC))
def test_a_cyrillic_language_is_told_from_its_neighbours(code):
    assert language(CYRILLIC[code], "cyrillic") == code


def test_croatian_and_serbian_without_the_words_that_tell_them_apart_give_no_code():
    # Nothing in it is Croatian rather than Serbian or the other way round: no guess.
    shared = ("Vlada je u utorak odlučila da će sve linije raditi i ove zime, iako su prevoznici tražili više novca. "
              "Prema predlogu koji je usvojen, novac će biti isplaćen do kraja godine, a linije će biti otvorene za "
              "sve koji žive u selima i nemaju automobil.")
    assert language(shared, "latin") is None
