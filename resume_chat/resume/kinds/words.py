"""The words a section's heading names its kind with, in the languages resumes come in."""

from __future__ import annotations

from resume_chat.resume.kinds.right_to_left import RIGHT_TO_LEFT

# Heading words -> kind, checked in order; the first kind with a word in the heading wins.
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "summary",
        (
            # Portuguese, Spanish, German, Indonesian, Turkish, Russian: "about me", "summary".
            *("resumo", "sobre mí", "sobre mi", "über mich", "tentang saya", "ringkasan", "özet"),
            *("о себе", "обо мне"),  # noqa: RUF001 - Russian, in Cyrillic: about myself, me
            *("summary", "profile", "about", "objective", "overview", "introduction", "bio"),
            "personal statement",  # a British CV's summary
            *("profil", "resumen", "sommaire", "perfil", "kurzprofil", "自我评价", "个人简介"),
            *("à propos", "su di me", "chi sono"),  # French: about; Italian: about me, who I am
            *("seeks", "seeking", "desired position", "target role"),  # the post wanted
            *("profiel", "цель"),  # Dutch; Russian: the goal
            "общие сведения",  # Russian: "general information", LinkedIn's "Summary"
            *("профиль", "профіль"),  # Russian, Ukrainian: "Профессиональный профиль"
            *("o mne", "o mně", "rólam", "despre mine", "o meni"),  # cs, sk, hu, ro, hr
            "про себе",  # noqa: RUF001 - Ukrainian, in Cyrillic
            # "Highlights of Qualifications": a summary; "Qualifications" alone, schooling.
            *("highlights of qualification", "qualification highlight", "key qualification"),
            # Vietnamese "Mục tiêu nghề nghiệp" (career objective), "Giới thiệu"; Greek "Προφίλ".
            *("стисло", "кратко"),  # Ukrainian, Russian: "in brief"
            *("mục tiêu", "giới thiệu", "tóm tắt", "προφίλ", "περίληψη", "σχετικά με"),
            # Japanese "自己PR", "職務要約"; Korean "소개", "자기소개"; Chinese "自我介绍".
            *("自己pr", "自己紹介", "プロフィール", "職務要約", "소개", "요약", "自我介绍"),
            # A rirekisho's motives and wishes: "志望の動機", "本人希望記入欄" (the post wanted).
            *("志望の動機", "志望動機", "本人希望", "志望職種", "希望職種"),
        ),
    ),
    (
        "contact",
        (
            *("contact", "details", "get in touch", "reach me", "address", "personal info"),
            *("coordonnées", "kontakt", "contacto", "contatti", "контакт", "联系", "个人信息"),
            *("contato", "dados pessoais", "informações pessoais", "data pribadi"),  # pt, id
            # "Entre em contato comigo", "Contáctame", "Contactez-moi": "get in touch".
            *("entre em contato comigo", "entre em contato", "contáctame", "contactez-moi"),
            *("地址", "邮箱", "电话"),  # Chinese: address, email, telephone
            *("iletişim", "kişisel bilgi"),  # Turkish
            # "Persönliche Daten" and its kin: a form's block of personal details.
            *("persönliche daten", "persönliche angaben", "datos personales", "dati personali"),
            *("données personnelles", "personal data", "persoonlijke gegevens"),
            *("données personelles", "informations personnelles"),  # one n short, and its kin
            *("personalia", "persoonsgegevens"),  # Dutch
            # Slovak, Czech, Hungarian, Romanian, Croatian: "Osobné údaje", "Személyes adatok".
            *("osobné údaje", "osobní údaje", "személyes adat", "date personale", "osobni podaci"),
            *("osobní informace", "osobné informácie"),
            *("liên hệ", "thông tin cá nhân", "επικοινωνία", "προσωπικά στοιχεία"),  # vi, el
            # Japanese "基本情報" (a rirekisho's name, birth date and address), Korean "인적사항".
            *("連絡先", "基本情報", "個人情報", "연락처", "인적사항", "기본정보", "基本信息"),
            "способы связаться",  # Russian: "ways to get in touch", LinkedIn's "Contact"
            # Russian, Ukrainian: "Личная информация", "Личные данные", "Особисті дані".
            *("личная информация", "личные данные", "особисті дані", "особиста інформація"),
        ),
    ),
    (
        "certifications",
        (
            # "certifica": English, Spanish, Portuguese, Italian, Dutch; "sertifika": Turkish
            # ("sertifikat", Indonesian and Norwegian, ends as a doer's word would); Polish.
            *("certifica", "certyfikat", "sertifika", "sertifikat", "certifikát"),
            *("license", "licence", "credential", "zertifi", "сертифика", "证书"),
            *("chứng chỉ", "πιστοποι"),  # Vietnamese, Greek
            *("資格", "免許", "자격", "资格"),  # Japanese (and a licence), Korean, Chinese
        ),
    ),
    (
        "languages",
        (
            *("línguas", "linguas", "bahasa"),  # Portuguese; Indonesian
            *("spoken languages", "language", "idioma", "langue", "sprachen", "lingue", "язык"),
            "sprachkenntnis",  # German's one word for "languages known"
            *("diller", "yabancı dil"),  # Turkish  # noqa: RUF001
            *("talenkennis", "taalvaardigheid"),  # Dutch ("Talen" alone would be in "Talent")
            *("språk", "sprog", "języki"),  # Swedish and Norwegian, Danish, Polish
            # Czech and Slovak "Jazyky", Hungarian "Nyelvtudás", Romanian "Limbi străine",
            # Croatian "Strani jezici", Ukrainian "Мови"; Hungarian "Beszélt nyelvek" too.
            *("jazyk", "nyelvtud", "nyelvismeret", "nyelvek", "limbi", "jezici", "мови"),
            *("jeziki", "kielitaito", "kielet"),  # Slovenian, Finnish
            "знання мов",  # Ukrainian: knowledge of languages
            *("ngoại ngữ", "ngôn ngữ", "γλώσσ"),  # Vietnamese, Greek
            "语言",
            *("語学", "言語", "어학", "외국어", "언어", "外语"),  # Japanese, Korean, Chinese
        ),
    ),
    (
        "skills",
        (
            # Indonesian, Swedish, Spanish: "Keahlian", "Kompetenser", "Conocimientos".
            *("keahlian", "keterampilan", "kompetenser", "aptitudes", "conocimientos"),
            *("skill", "technolog", "tech stack", "toolbox", "tools", "competenc", "expertise"),
            *("technical qualification", "toolkit", "proficienc"),
            *("specialit", "specializ", "specialis"),
            *("habilidad", "compétence", "kenntnisse", "fähigkeit", "competênc", "навык", "стек"),
            "competenze",
            # Italian "Capacità tecniche", "Linguaggi" (programming ones; spoken are "Lingue").
            *("capacità", "linguaggi", "capacidades técnicas", "capacités techniques"),
            *("yetenek", "beceri", "yetkinlik", "teknolojiler"),  # Turkish
            # Plural, a list's title ("Tecnología en Sistemas" is a degree).
            *("tecnologías", "tecnologias", "tecnologie", "технологии"),
            *("ismeretek", "készség", "jártasság"),  # Hungarian: "IT ismeretek", "Készségek"
            "vaardigheden",  # Dutch
            *("kunskaper", "kompetenser", "kompetanse", "kompetencer", "färdighet", "ferdighet"),
            "umiejętno",  # Polish
            # Czech, Slovak, Hungarian, Romanian, Croatian: "Znalosti", "Dovednosti",
            # "Zručnosti", "Kompetencie", "Készségek", "Competențe", "Vještine".
            *("znalosti", "dovednost", "zručnost", "kompetenc", "készség", "competenț"),
            *("aptitudini", "vještin", "навич"),
            *("spretnost", "taidot", "osaaminen"),  # Slovenian; Finnish "Ohjelmointitaidot"
            *("kỹ năng", "kĩ năng", "δεξιότητ", "ικανότητ"),  # Vietnamese, Greek
            *("技能", "技术栈", "技术能力", "专业技术"),  # Chinese
            *("スキル", "技術スタック", "기술", "스킬", "역량"),  # Japanese, Korean
        ),
    ),
    (
        "projects",
        (
            *("progetti", "proyek"),  # Italian, Indonesian
            *("project", "portfolio", "open source", "open-source", "side work"),
            *("proyecto", "projet", "projekt", "projeto", "проект", "мои работы"),
            *("proje", "dự án", "项目"),  # Turkish, Vietnamese, Chinese
            *("プロジェクト", "프로젝트", "포트폴리오"),  # Japanese, Korean
        ),
    ),
    (
        "experience",
        (
            # Indonesian; Spanish "Trayectoria profesional" (respelled as in English), "Historial
            # laboral".
            *("pengalaman", "trayectoria professional", "trayectoria laboral", "historial laboral"),
            *("места работы", "место работы"),  # Russian: places of work
            "historial profesional",
            *("experience", "work", "employment", "career", "positions", "internship", "jobs"),
            *("employers", "job history"),  # a JSON file's keys; "Job History", "job_history"
            "roles",  # "Roles", "Previous Roles"
            "professional history",  # an academic CV's jobs
            # Academic CVs' "Professional Appointments"; "Occupation", "Occupational History".
            *("appointment", "occupation"),
            *("current position", "present position", "current role", "current job"),
            # The same abroad: "POSIZIONE ATTUALE", "Poste actuel", "Puesto actual".
            *("posizione attuale", "poste actuel", "puesto actual", "cargo actual", "cargo atual"),
            # Spanish, Portuguese, French, German, Italian, Russian: resumes come in all.
            *("experiencia", "experiência", "expérience", "berufserfahrung", "erfahrung"),
            *("esperienz", "trabajo", "опыт", "работ", "arbeitserfahrung", "anstellung", "emplois"),
            *("tecrübe", "deneyim"),  # Turkish: "İş Tecrübesi", "İş Deneyimi"
            *("iş geçmiş", "çal\u0131şma geçmiş"),  # Turkish: "İş Geçmişi", work history
            *("ervaring", "werkervaring", "loopbaan"),  # Dutch: "Werkervaring"
            # Swedish, Norwegian, Danish: "Anställning", "Arbetslivserfarenhet", "Arbeidserfaring".
            *("anställning", "erfarenhet", "erfaring", "arbetslivs"),
            # "Arbetsgivare", "Arbeidsgivere", "Arbejdsgivere", "Arbeitgeber": the employers.
            *("arbetsgivar", "arbeidsgiver", "arbejdsgiver", "arbeitgeber"),
            "doświadczeni",  # Polish
            # Czech, Slovak, Hungarian, Romanian, Croatian, Ukrainian: "Pracovní zkušenosti",
            # "Pracovné skúsenosti", "Szakmai tapasztalat", "Experiență", "Radno iskustvo".
            *("zkušenost", "skúsenost", "zaměstnání", "tapasztalat", "experiență", "iskustv"),
            "zamestnan",  # Slovak: "Priebeh zamestnaní", "Zamestnanie"
            *("praxe", "praxiserfahrung"),  # Czech "Praxe", German "Praxiserfahrung"
            # Slovenian "Zaposlitev", "Delovne izkušnje"; Croatian "Zaposlenje".
            *("zaposlitev", "zaposlitv", "izkušnj", "zaposlenj"),
            *("досвід", "кар’єр", "кар'єр", "карьер"),  # Ukrainian, Russian: career
            # Russian, Ukrainian: "Трудовая деятельность", "Профессиональная деятельность".
            *("трудовая деятельность", "трудова діяльність", "профессиональная деятельность"),
            *("kinh nghiệm", "εμπειρί", "προϋπηρεσ"),  # Vietnamese, Greek
            *("werdegang", "praktik", "laufbahn", "parcours"),  # "Beruflicher Werdegang"
            # Internships: French "Stages", Spanish "Pasantías", "Prácticas", Portuguese
            # "Estágios", Italian "Tirocini", Polish "Staże".
            *("stages", "pasantía", "pasantia", "prácticas", "estágio", "tirocin", "staż"),
            *("berufsweg", "berufstätig", "beschäftigung"),  # "Berufsweg und Lebensereignisse"
            "tätigkeit",  # "Berufliche Tätigkeiten"
            # Spanish "Situación Profesional Actual" (respelled), Portuguese "Situação…".
            *("situación professional", "situação profissional", "situation professionnelle"),
            *("工作经", "实习经", "工作履历", "研究经", "科研经"),  # Chinese: work, research
            # Japanese "職歴", "職務経歴"; Korean "경력" (not "经历": "教育经历" is studies).
            *("職歴", "職務経歴", "経歴", "経験", "경력", "경험"),
            "상세경력",  # Korean forms: "상세경력" (career in detail)
            *("kokemus", "työhistoria", "työura"),  # Finnish: "Työkokemus"
        ),
    ),
    (
        "education",
        (
            *("education", "academic", "studies", "degree", "training", "coursework", "schooling"),
            # "Historial Académico", "Formação Acadêmica", "Projets Académiques".
            *("académic", "académiq", "academico", "acadèmic"),
            "qualification",  # a British CV's "Qualifications": its degrees and diplomas
            *("diplomas", "diplômes", "diplomi", "dyplomy"),  # "Diplômes": the degrees held
            "учебные заведения",  # Russian: the schools attended
            *("educación", "formación", "educação", "formação", "formation", "ausbildung"),
            *("educacion", "formacion", "educacao", "formacao"),  # written without accents
            *("studium", "istruzione", "formazione", "образован", "учеб"),
            # Spanish, French, Portuguese, Indonesian: "Estudios", "Études", "Pendidikan".
            *("estudios", "études", "etudes", "estudos", "pendidikan", "pelatihan"),
            "cursando",  # Portuguese and Spanish "Cursando:" over what one studies now
            *("eğitim", "öğrenim"),  # Turkish
            *("opleiding", "onderwijs", "koulutus", "opinnot"),  # Dutch, Finnish
            # Czech, Slovak, Hungarian, Romanian, Croatian, Ukrainian: "Vzdělání", "Vzdelanie",
            # "Tanulmányok", "Végzettség", "Educație", "Studii", "Obrazovanje", "Освіта".
            *("vzděl", "vzdel", "tanulmány", "végzettség", "educați", "studii", "obrazovan"),
            *("šolanje", "izobraževanj", "izobrazb"),  # Slovenian: schooling, education
            *("освіт", "навчанн", "обучени"),  # Ukrainian, Russian: "Навчання", "Обучение"
            *("học vấn", "giáo dục", "đào tạo", "εκπαίδευσ", "σπουδ"),  # Vietnamese, Greek
            # Swedish, Norwegian, Danish, Polish; a Swedish thesis ("Kandidatuppsats").
            *("utbildning", "utdanning", "uddannelse", "wykształcenie", "edukacja", "uppsats"),
            # "Bildung" alone; German writes a kind of schooling as one word: "Hochschulbildung".
            *("bildung", "hochschul", "schulbildung", "weiterbildung", "schulausbildung"),
            *("školení", "školenia"),  # Czech, Slovak trainings: "Kurzy a školenia"
            *("školovanje", "skolovanje"),  # Croatian, Serbian: "Školovanje" (schooling)
            "教育",
            *("学歴", "학력", "교육", "学历"),  # Japanese, Korean, Chinese
        ),
    ),
    (
        "interests",
        (
            *("interesses", "interessi", "hobi", "minat"),  # Portuguese, Italian, Indonesian
            *("passatempos", "pasatiempos", "passatempi", "tempo libero", "tiempo libre"),
            *("interest", "hobbies", "hobby", "outside", "personal", "intérêt", "loisirs"),
            *("fun", "pastimes", "leisure", "passions", "free time", "spare time", "freizeit"),
            "passies",  # Dutch
            *("aficiones", "intereses", "interessen", "hobbys", "увлечен", "хобби"),
            *("інтерес", "хобі", "захоплен"),  # noqa: RUF001 - Ukrainian
            *("hobiler", "ilgi alan"),  # Turkish
            *("fritid", "intressen", "interesser", "zainteresowania"),  # Scandinavian, Polish
            "harrastukset",  # Finnish
            *("zájmy", "záujmy", "koníčky", "érdeklőd", "interese"),  # cs, sk, hu, ro
            *("sở thích", "ενδιαφέρο", "χόμπι"),  # Vietnamese, Greek
            *("趣味", "취미", "兴趣", "爱好"),  # Japanese, Korean, Chinese
        ),
    ),
    (
        "publications",
        (
            # "publica": English, Spanish, Portuguese, Dutch; Italian, Indonesian, Polish, Turkish.
            *("publica", "pubblicazion", "publikasi", "publikacj", "yayın"),  # noqa: RUF001
            *("talk", "speaking", "paper", "writing", "presentation", "research"),
            *("publikation", "veröffentlichung"),
            *("publikace", "publikácie"),  # Czech, Slovak
            "δημοσιεύσ",  # Greek
            *("論文", "著書", "논문", "论文", "出版物"),  # Japanese, Korean, Chinese
            *("저서", "저술", "著作"),  # Korean "저서": the books written
            *("book chapter", "capítulos de libro", "capítulo de libro"),  # "Book Chapters"
        ),
    ),
    (
        "awards",
        (
            # Spanish, Portuguese, Dutch, Indonesian, Polish, Turkish.
            *("distinciones", "prêmios", "prijzen", "penghargaan", "nagrod", "ödül"),
            *("award", "honor", "honour", "achievement", "prize", "scholarship", "grant"),
            "accomplishment",  # "Experience & Key Accomplishments": jobs, then what they won
            *("auszeichnung", "distinction", "premio", "premios", "prix", "获奖", "荣誉"),
            *("récompense", "recompense"),  # French: "RÉCOMPENSES"
            *("giải thưởng", "thành tích", "βραβεί", "διακρίσ"),  # Vietnamese, Greek
            *("受賞", "表彰", "수상"),  # Japanese, Korean (Chinese "获奖" above)
        ),
    ),
    (
        "volunteering",
        (
            *("vrijwillig", "relawan", "sukarela", "organisasi", "gönüllü"),  # nl, id, tr
            *("volunteer", "voluntary", "community", "leadership", "activities", "service"),
            *("ehrenamt", "bénévolat", "voluntariado", "volontariato", "förtroendeuppdrag"),
            *("ideellt", "frivillig", "wolontariat"),
            # Czech and Slovak, Hungarian, Romanian; Italian "Attività extracurriculari".
            *("dobrovoln", "önkéntes", "voluntariat", "attività extra"),
            *("волонт",),  # Russian, Ukrainian: "Волонтерство"
            *("hoạt động", "εθελοντ"),  # Vietnamese "Hoạt động" (activities), Greek
            *("ボランティア", "봉사", "활동", "志愿"),  # Japanese, Korean: service, activities
        ),
    ),
    (
        "references",
        (
            # "referenc": English, Spanish, Danish, Polish; French, Portuguese, German, Dutch,
            # Indonesian, Turkish, Swedish, Norwegian.
            *("referenc", "référenc", "referênc", "referenz", "referenti", "referensi", "referans"),
            *("referee", "recommendation", "testimonial", "referenser", "referanser"),
        ),
    ),
)

# The kinds' words in every language, Arabic, Persian and Hebrew (kinds/right_to_left.py) last.
KIND_WORDS = tuple((kind, (*words, *RIGHT_TO_LEFT.get(kind, ()))) for kind, words in _KIND_WORDS)

# Programming, in the languages resumes name their languages of code in: a heading of
# languages holding it ("PROGRAMMIER-SPRACHEN", "Lenguajes de programación") lists skills.
CODE_WORD = (
    r"programm|programaci|programaç|programowan|программ|programlam|lập trình|编程|編程"
    r"|プログラミング|프로그래밍"
)

# The noun a post's title ends in, its holder's: "Postdoctoral Research Associate", "PhD
# Candidate", "Undergraduate Researcher" head a job, whatever kind their other words name.
POST_TITLE = (
    r"(?i)\b(associate|assistant|fellow|candidate|researcher|scientist|engineer|intern|trainee"
    r"|manager|director|professor|lecturer|developer|analyst|consultant|officer|coordinator"
    r"|specialist|technician|teacher|instructor|tutor|postdoc|lead|head|chair|editor|advisor"
    r"|adviser|designer|architect|administrator|programmer|owner|founder|co-founder|president"
    r"|clerk|nurse|physician|attorney|accountant|representative|supervisor)s?\W*$"
)
