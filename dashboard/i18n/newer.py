"""Labels of the box beside a goal's series that shows newer figures of the same quantity in
another form (dashboard.context_model.newer_figures, dashboard.panels.newer_figures)."""

TEXTS = {
    "newer_title": ("Neuere Angaben in anderer Form", "Newer figures in another form"),
    "newer_intro": (
        "Die Reihe dieses Ziels endet {year}. Für die Jahre danach liegt keine Zahl derselben Art vor, "
        "nur die folgenden Angaben. Sie werden nicht in die Reihe umgerechnet und entscheiden keine Bewertung.",
        "This goal's series ends in {year}. For the years after, no number of the same kind is available, "
        "only the figures below. They are not converted into the series and decide no verdict.",
    ),
    "newer_intro_empty": (
        "Die Reihe hat noch keinen Wert. Die Quelle nennt nur die folgenden Angaben; sie entscheiden keine Bewertung.",
        "The series has no value yet. The source gives only the figures below; they decide no verdict.",
    ),
    "newer_item": ("{year}: {value} – {name} ({kind}). Quelle: {source}",
                   "{year}: {value} – {name} ({kind}). Source: {source}"),
}
