"""Words a section's heading may hold besides its kind's: "Selected Publications", "Formación
académica", "Eğitim ve Sertifikalar" still name a kind of section, in any language.
"""

FILLER = frozenset(
    [
        "and",
        "or",
        "of",
        "my",
        "the",
        "other",
        "selected",
        "relevant",
        "key",
        "core",
        "technical",
        "professional",
        "personal",
        "additional",
        "recent",
        "current",
        "previous",
        "related",
        "main",
        "&",
        "a",
        "in",
        "on",
        "history",
        "list",
        "highlights",
        *("info", "information"),  # "CONTACT INFO:", "Contact Information"
        # Words that say which of a kind's sections: "Higher Education", "Soft Skills",
        # "Conference Presentations", "Extracurricular Activities", "Educational Background"
        # (the headings the sets hold with one word besides a kind's).
        *("higher", "further", "formal", "continuing", "background", "soft", "hard"),
        *("digital", "it", "extracurricular", "teaching"),
        *("invited", "conference", "journal", "oral", "poster", "published", "clinical"),
        *("military", "industry", "side", "featured", "notable", "select", "past", "areas"),
        # Spanish, Portuguese, French, German: "Formación académica", "Experiencia laboral".
        *("laboral", "profesional", "profissional", "professionnelle", "professionnel"),
        *("laborales", "profesionales", "profissionais", "professionnelles", "professionnels"),
        *("professionali", "professionale"),  # Italian: "Esperienze professionali"
        *("académica", "académico", "acadêmica", "académique", "berufliche", "beruflicher"),
        *("akademische", "akademischer"),
        # Russian, Ukrainian: "Дополнительное образование", "Высшее образование".
        *("дополнительное", "додаткова", "высшее", "вища"),
        # "Ключевые навыки" (key skills), "Знание языков" (knowledge of languages).
        *("ключевые", "основные", "знание", "знания", "профессиональные"),
        # Czech, Slovak: "Priebeh zamestnaní", "Průběh zaměstnání" (the course of), "Kurzy a
        # školenia" (courses and trainings).
        *("priebeh", "průběh", "kurzy", "kurzů", "pracovní", "pracovné"),
        # Turkish: "İş Deneyimi" (work), "Mesleki" (professional), "Alinan Eğitimler" (taken,
        # its dotless i written here as an escape).
        *("iş", "mesleki", "akademik", "al\u0131nan"),
        "kerja",  # Indonesian: "Pengalaman Kerja" (work experience)
        # Croatian, Serbian, Bosnian: "Radno iskustvo" (work), "Strani jezici" (foreign),
        # "Znanja i vještine" (knowledge), "Osobni podaci".
        *("radno", "strani", "znanja", "osobni", "i"),
        *("y", "e", "et", "und", "de", "del", "la", "da", "do", "des"),
        # "and" in Ukrainian, Russian, Turkish, Romanian, the Nordic languages, Polish,
        # Hungarian, Vietnamese, Greek: Ukrainian "Osvita ta movy", "Eğitim ve Sertifikalar".
        *("та", "\u0456", "и", "ve", "și", "og", "och", "oraz", "és", "và", "και"),
    ]
)
