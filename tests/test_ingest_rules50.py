"""Ingest rules of stop 25: a text copy's headline line is read as the page shows it, like an HTML page's <h1>."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import publisher_mentions

_STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
          "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
          "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
          "capitals prefer a political declaration that can be agreed before the end of the year."]


def _copy(headline: str, top: list[str]) -> str:
    lines = top + [headline, "By Anna Lind", "12 March 2025"] + _STORY + ["Share", "© Nordic Wire 2025"]
    return extract("\n\n".join(lines).encode(), "talks.txt").title


def test_a_shown_headlines_capitalized_first_clause_before_a_dash_is_kept():
    # The line under the menu is the headline the page shows: its first clause is part of it, as in an <h1>.
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Security Talks Brussels – Kyiv demands written commitments", top) == \
        "Security Talks Brussels – Kyiv demands written commitments"


def test_a_shown_headline_still_loses_a_site_name_after_a_dash_and_a_section_before_a_bar():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Kyiv demands written commitments in Brussels - Nordic Wire", top) == \
        "Kyiv demands written commitments in Brussels"
    assert _copy("Opinion | Kyiv is right to demand written commitments", top) == \
        "Kyiv is right to demand written commitments"


def test_a_shown_headline_loses_a_first_clause_the_page_names_as_the_site():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Nordic Wire – Kyiv demands written commitments in Brussels", top) == \
        "Kyiv demands written commitments in Brussels"


def _page(top: list[str], story: list[str], bottom: list[str]):
    return extract("\n\n".join(top + story + bottom).encode(), "page.txt")


_HEADLINE = "Brussels agrees a ban on Russian liquefied gas from next year"
_BODY = ["The European Union agreed on Tuesday to stop all imports of Russian liquefied natural gas from January, "
         "ending a trade that had continued through four years of war.",
         "Diplomats said the ban would be phased in over six months for contracts signed before the invasion, and "
         "that two member states had asked for longer to find other suppliers."]


def test_copyright_by_a_publishing_company_names_it_not_copyright_and_the_masthead_wins_over_it():
    # "© Copyright by …": "by" before the owner; the owner's company word may come first ("Wydawnictwo …"), and the
    # masthead under a cookie notice names the outlet readers know.
    page = _page(["Szanujemy Twoją prywatność", "Wykorzystujemy pliki cookies, aby analizować ruch w serwisie.",
                  "Przejdź do treści", "Dziennik Krajowy", "Prenumerata", "Kraj", "Świat", _HEADLINE, "Anna Nowak"],
                 _BODY, ["Dziennik Krajowy", "Kontakt", "© Copyright by Wydawnictwo Krajowe Sp. z o.o. 2026"])
    assert page.publisher == "Dziennik Krajowy"
    assert publisher_mentions("© Copyright by Wydawnictwo Krajowe Sp. z o.o. 2026") == ["Wydawnictwo Krajowe"]
    assert publisher_mentions("Copyright © 2026 by Acme Media") == ["Acme Media"]


def test_a_row_of_skip_links_is_no_site_name_and_one_menu_word_is_no_masthead():
    page = _page(["Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "WBC News", "Menu",
                  _HEADLINE], _BODY, ["About the WBC", "Copyright 2026 WBC. All rights reserved."])
    assert page.publisher == "WBC News"
    page = _page(["Aller au contenu", "Aller au menu", "Aller à la recherche",
                  "Ministère de l'Europe et du Commerce extérieur", "Rechercher", "Menu", "Le ministère",
                  "Politique étrangère", "Accueil", "Communiqué de presse", "Publié le 12 mars 2026",
                  "Sanctions : la France renforce les contrôles sur les biens à double usage"],
                 ["La France a renforcé mardi les contrôles à l'exportation des biens à double usage vers les pays "
                  "tiers soupçonnés de les réexporter vers la Russie, a annoncé le ministère.",
                  "Les entreprises concernées devront désormais fournir une déclaration de destination finale pour "
                  "chaque livraison, sous peine de sanctions pénales."],
                 ["Partager", "Ministère de l'Europe et du Commerce extérieur", "Mentions légales"])
    assert page.publisher == "Ministère de l'Europe et du Commerce extérieur"


def test_a_name_in_a_script_without_capitals_or_of_one_word_heads_the_page_and_the_copyright():
    page = _page(["אתר זה עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה. המשך הגלישה מהווה הסכמה.", "אישור",
                  "דלג לתוכן המרכזי", "חדשות המפרץ", "ראשי", "חדשות", _HEADLINE], _BODY,
                 ["חדשות המפרץ", "© כל הזכויות שמורות לחדשות המפרץ 2026"])
    assert page.publisher == "חדשות המפרץ"
    page = _page(["Перейти до основного вмісту", "Обрій", "Дивитися ефір", _HEADLINE], _BODY,
                 ["Обрій", "Про нас", "© 2026 Телеканал «Обрій». Усі права захищено.",
                  "Використання матеріалів сайту дозволяється лише за умови гіперпосилання на «Обрій»."])
    assert page.publisher == "Обрій"
    assert [b.text for b in page.blocks if b.kind == "paragraph"] == _BODY


def test_about_us_in_a_script_without_capitals_is_no_site_name():
    page = _page(["من نحن", "اتصل بنا", _HEADLINE], _BODY, ["من نحن", "جميع الحقوق محفوظة © 2026 الشرق اليوم"])
    assert page.publisher != "من نحن"
