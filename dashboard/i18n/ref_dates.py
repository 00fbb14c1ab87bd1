"""Reference dates („Stichtag laut Quelle“) of reported figures in German and English: the words of
dashboard.ref_dates, which renders the source files' (English) wording in the page's language."""

TEXTS = {
    "rd_before": ("vor {date}", "before {date}"),
    "rd_mid_month": ("Mitte {month} {year}", "mid-{month} {year}"),
    "rd_end_of": ("Ende {year}", "end of {year}"),
    "rd_late": ("Ende {year}", "late {year}"),
    "rd_summer": ("Sommer {year}", "summer {year}"),
    "rd_school_year": ("Schuljahr {years}", "school year {years}"),
    "rd_kita_year": ("Kindergartenjahr {years}", "kindergarten year {years}"),
    "rd_annual_average": ("{year} (Jahresdurchschnitt)", "{year} (annual average)"),
    "rd_first_bilanz": ("erste Bilanz, {year}", "first review, {year}"),
    "rd_decision_four_years": (
        "Beschluss „innerhalb der nächsten vier Jahre“ mit Ziel 2022 → etwa 2018",
        "decision “within the next four years” with a 2022 target → about 2018"),
    "rd_note_not_in_excerpt": ("Datum nicht im Auszug", "date not in excerpt"),
    "rd_note_article_not_in_excerpt": ("Artikeldatum nicht im Auszug", "article date not in excerpt"),
    "rd_note_exact_not_in_excerpt": ("genaues Datum nicht im Auszug", "exact date not in excerpt"),
    "rd_note_after_summer_holidays": ("nach den Sommerferien", "after the summer holidays"),
    "rd_note_summer_city_news": ("Sommer; Meldung der Stadt", "summer; city news"),
    "rd_note_programme_started": ("Programmstart Juni 2024", "programme started June 2024"),
    "rd_note_klima_luft": ("der Artikel bezieht sich auf das Klima-Luft-Paket vom Oktober 2021",
                           "the article refers to the Oct 2021 Klima-Luft package"),
    "rd_month_1": ("Januar", "January"), "rd_month_2": ("Februar", "February"),
    "rd_month_3": ("März", "March"), "rd_month_4": ("April", "April"), "rd_month_5": ("Mai", "May"),
    "rd_month_6": ("Juni", "June"), "rd_month_7": ("Juli", "July"), "rd_month_8": ("August", "August"),
    "rd_month_9": ("September", "September"), "rd_month_10": ("Oktober", "October"),
    "rd_month_11": ("November", "November"), "rd_month_12": ("Dezember", "December"),
}
