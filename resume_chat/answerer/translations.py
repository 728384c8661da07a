"""Words a resume in another language writes for an English one: a language's name in the
resume's own ("Französisch" for French), and the common words of a trade a question asks in
English ("tax" of a CV saying "Especialista Tributarista", "library" of one saying
"Médiathèque"). A city's name at home is in cities.py."""

from __future__ import annotations

_SPECIALTY = (
    r"специальност\w*|спеціальн\w*|specjalno[śs][ćc]\w*|especialidad|especialidade|sp[ée]cialit[ée]"
    r"|fachrichtung|specializzazione|uzmanl[ıi]k|chuyên ngành|专业|専攻"  # noqa: RUF001
)
_SPECIALISATION = (
    r"especializa\w*|sp[ée]cialisation|spezialisierung|specializzazione|specjalizacj\w*"
    r"|специализац\w*"
)
# A thesis in the resume's language: "Tesi", "Thèse", "Mémoire", "Masterarbeit", "Scriptie",
# "praca inżynierska", "diplomová práce", "bitirme tezi", "skripsi", "Магістерська робота"
# (a master's work, not "магистерская программа"), "论文".
THESIS_ABROAD = (
    r"tesi|tesis|tese|th[èe]se|m[ée]moire|(?:bachelor|master|diplom|abschluss|magister)arbeit"
    r"|\w*scriptie|afstudeer\w*|praca (?:in[żz]ynierska|magisterska|licencjacka|dyplomowa)"
    r"|(?:diplomov|bakal[áa][řr]sk|z[áa]vere[čc]n)[áa] pr[áa]c[ea]|bitirme tezi|skripsi"
    r"|(?:дипломн|магистерск|магістерськ|бакалаврск|бакалаврськ)\w* (?:работ|робот)\w*"
    r"|диссертаци\w*|дисертаці\w*|论文|論文|논문"
)
# Keyed by the English word (its stem is taken); each in French, Spanish, Portuguese, Italian,
# German, Dutch and Polish where a resume would write it.
WORD_NAMES = {
    "tax": r"tribut\w*|impuest\w*|impositiv\w*|fiscal\w*|steuer\w*|imp[ôo]ts?|fisc\w*"
    r"|belasting\w*|podat\w*",
    "library": r"biblio\w*|m[ée]diath[èe]que\w*|b[üu]cherei\w*|mediateca\w*",
    # "Grupo de Pesquisa em Física Teórica": a research group, a study, in its own words.
    "research": r"pesquisa\w*|investigaci[óo]n\w*|recherche\w*|forschung\w*|ricerca\w*"
    r"|onderzoek\w*|badani\w*|исследовани\w*|дослідж\w*|araştırma\w*",  # noqa: RUF001
    # "英辩队" (the English debate team), "Debattierclub": debating, in the resume's words.
    "debate": r"辩论|辩队|英辩|辯論|ディベート|토론|d[ée]bat\w*|dibattit\w*|debatt\w*|дебат\w*",
    # "O sistema de transporte coletivo": public transport, as the resume's language says it.
    "transport": r"transporte\w*|trasport\w*|verkehr\w*|транспорт\w*|ulaşım",  # noqa: RUF001
    "internship": r"stag(e|iaire)s?|pr[áa]cticas|pasant[íi]as?|praktikum|praktika|est[áa]gio\w*"
    r"|estagi[áa]ri[oa]s?|becari[oa]s?|tirocinante"
    r"|tirocini\w*|sta[żz]\w*|стажир\w*|стажув\w*|实习|實習|インターン|인턴",
    "thesis": THESIS_ABROAD,
    # "werk meestal op zaterdagen", "le samedi", "am Wochenende": the days, in its own words.
    "saturday": r"zaterdag\w*|samedi\w*|s[áa]bados?|sabat[oi]|samstag\w*|sobot\w*|l[øö]rdag\w*"
    r"|суббот\w*|субот\w*|cumartesi|土曜\w*|星期六|周六|토요일",
    "sunday": r"zondag\w*|dimanche\w*|domingos?|domenic\w*|sonntag\w*|niedziel\w*|s[øö]ndag\w*"
    r"|воскресень\w*|неділ\w*|pazar|日曜\w*|星期日|周日|일요일",
    "weekend": r"wochenende\w*|week-?end\w*|fin(es)? de semana|fim de semana|fine settimana"
    r"|выходн\w*|вихідн\w*|hafta sonu|週末|周末|주말",
    # "日商簿記 2級", "Buchhaltung", "comptabilité": keeping a business's books.
    "bookkeep": r"簿記|记账|記帳|buchhaltung|buchführung|comptabilit[ée]|contabilidad|contabilidade"
    r"|contabilit[àa]|бухгалтер\w*|księgowo\w*",
    # "Факультет: Физтех-школа …", "Facultad de Ingeniería": a university's faculty.
    "faculty": r"факультет\w*|fakult\w*|facultad\w*|faculdade\w*|facolt\w*|facult[ée]"
    r"|wydzia[łl]\w*",
    # "Наставничество", "tutorat", "Mentoring": guiding others, in the resume's words.
    "mentor": r"наставни\w*|ментор\w*|tutorat|tutor[ií]a|mentoria|mentorat|mentoring|opiekun\w*",
    # "Centre d'Été Mathématique", "Escuela de Verano", "Sommerschule": a summer's school.
    "summer": r"d['’][ée]t[ée]|verano|sommer\w*|estiv\w*|ver[ãa]o|zomer\w*|letn\w*|летн\w*",
    # "Liasoft Sanayi Otomasyon - Masaüstü": a desktop application, in Turkish.
    "desktop": r"masa[üu]st[üu]|escritorio|bureautique|настольн\w*|桌面|デスクトップ|데스크톱",
    # "Enfermero en rodaje de cine": a film shoot, in the resume's words.
    "film": r"cine|rodajes?|pel[íi]culas?|filmes?|kino|фильм\w*|кино|映画|电影|電影|영화",
    # "可以使用 kafka、flink 等大数据相关组件": the parts a system is built of.
    "component": r"组件|組件|コンポーネント|komponent\w*|composant\w*|component[ei]",
    # "How many hours was his specialisation?" of "Curso de Especialização … 360 horas".
    "hours": r"horas?|heures?|stunden?|uur|godzin\w*|часов|saat",
    # "spécialité 3EA" answers "What is his engineering specialisation?" too.
    "specialisation": f"{_SPECIALISATION}|{_SPECIALTY}",
    "specialization": f"{_SPECIALISATION}|{_SPECIALTY}",
    # "Which baccalauréat did Charles obtain?" of "Bac scientifique".
    "baccalaureat": r"bac|baccalaur\w*|bachillerato|abitur|maturit[àaé]\w*",
    # "2015 · Taller · Introducción a Ruby": a workshop given, in the resume's words.
    "workshop": r"taller(es)?|ateliers?|oficinas?|werkst[äa]tt\w*|warsztat\w*|мастер-класс\w*"
    r"|семинар\w*|atölye\w*|workshops?",
    "prize": r"prix|premio|pr[êe]mio|preis\w*|nagrod\w*|ödül\w*",
    # "2 золотыми медалями", "Goldmedaille", "medalla de oro": a medal won.
    "medal": r"медал\w*|medall\w*|m[ée]daille\w*|medaille\w*|medalha\w*|madalya\w*|medal\w*"
    r"|奖牌|獎牌|メダル|메달",
    # "Stanowisko: Katecheta", "catequista", "Religionslehrer": religious education.
    "religious": r"katechet\w*|katechez\w*|catequ\w*|cat[ée]ch\w*|catechis\w*|religi[ãaoó]\w*"
    r"|religionslehr\w*|религи\w*",
    # "技術ブログ", "技术博客", "기술 블로그": a blog.
    "blog": r"ブログ|博客|部落格|블로그",
    # "ГОСТ 19/34/7.32" (Russia's state standards), "Normen", "normas": standards written to.
    "standard": r"ГОСТ\w*|стандарт\w*|normen|normes?|normas?|estándar\w*|padr[õo]es|standardy",
    # "해병대 만기 전역" (the Marines), "Grundwehrdiener", "askerlik": a military service done.
    "military": r"해병대|육군|공군|해군|병역|군\s?복무|兵役|服役|自衛隊"
    r"|\w*wehrdien\w*|bundes(wehr|heer)|service militaire|servicio militar|servi[çc]o militar"
    r"|servizio militare|askerlik\w*|военн\w* служб\w*|срочн\w* служб\w*|służb\w* wojskow\w*"
    # "Forsvaret", Denmark's armed forces; "Försvarsmakten", Sweden's.
    r"|forsvaret|f[öo]rsvarsmakten",
    "volunteer": r"voluntari\w*|b[ée]n[ée]vol\w*|ehrenamt\w*|volontari\w*|vrijwillig\w*"
    r"|wolontariat\w*|gönüllü\w*|волонт[её]р\w*",  # noqa: RUF001
    "accounting": r"contab\w*|comptab\w*|buchhalt\w*|cont[áa]bil\w*|contabilit\w*|boekhoud\w*"
    r"|ksi[ęe]gow\w*",
    "arrangement": r"modalidad\w*|home office|teletrabajo|remoto|h[íi]brido|presencial"
    r"|t[ée]l[ée]travail|homeoffice|freelanc\w*",
    "dashboard": r"pain[ée]is|painel|tableaux? de bord|cuadros? de mando|tableros?|cruscott\w*"
    r"|pulpit\w* menedżerski\w*",
    "apprenticeship": r"lehre|lehrling\w*|lehrzeit|apprentissage|aprendizaje|aprendizagem"
    r"|apprendistato|leerling\w*|ausbildung zu[mr]|ausbildung als",
    # "Mittlere Reife", "Abitur", "bachillerato": the certificate a school's last year gives.
    "school-leaving": r"mittlere reife|abitur|fachabitur|\w*schulabschluss|\w*hochschulreife"
    r"|matura|maturità|baccalaur[ée]at|bachillerato|аттестат\w*",
    "political": r"politie?k\w*|politique\w*|pol[íi]tic[oa]s?|politisch\w*|polityczn\w*",
    "newsletter": r"lettre d['’]information|lettre de nouvelles|bolet[íi]n\w*|rundbrief\w*"
    r"|nieuwsbrief\w*|biuletyn\w*",
    "cpr": r"rcp|reanimaci[oó]n\w*|r[ée]animation|reanima[cç][aã]o|rianimazione|reanimation"
    r"|wiederbelebung|reanimacja|resuscita\w*",
    "computer": r"inform[áa]tic\w*|informatique|ordinateur\w*|computador\w*|informatica"
    r"|komputer\w*|edv|ofim[áa]tica|bureautique",
    "higher": r"hoger\w*|h[öo]her\w*|sup[ée]rieur\w*|superior\w*|superiore|wy[żz]sz\w*"
    r"|hochschul\w*",
    "studio": r"atelier\w*|estudio|studio\w*|pracowni\w*",
    "registration": r"registr\w*|inscri[çc]\w*|matr[íi]cula\w*|colegiad\w*|\bcrc\b|\boab\b"
    r"|\bcrea\b|\bcoren\b|\bcrm\b|approbation|zulassung",
    "postgraduate": r"p[óo]s-?gradua\w*|posgrado\w*|especializa\w*|lato sensu|stricto sensu"
    r"|mestrado|maestr[íi]a|sp[ée]cialisation|aufbaustudium|studia podyplomowe|dess|dea",
    # "품질관리 (2년 11개월)", "Qualitätssicherung": quality, its control and assurance.
    "quality": r"품질\w*|品質\w*|质量\w*|qualit[àé]\w*|qualidade\w*|calidad\w*|qualität\w*"
    r"|jako[śs][ćc]\w*|качеств\w*|kalite\w*",
    # "토익 850", "英语六级": language tests by their Korean, Japanese and Chinese names.
    "toeic": r"토익|トーイック",
    "toefl": r"토플|托福|トーフル",
    "ielts": r"아이엘츠|雅思",
    "cet-6": r"英[语語]六[级級]|六级",
    "cet-4": r"英[语語]四[级級]|四级",
    # "Análise e Desenvolvimento de Sistemas": a course's name in the resume's language.
    "analysis": r"an[áa]lis[ei]s?|analyse\w*|analisi|analiz\w*|анализ\w*",
    # "Hardwareentwickler Testsysteme": a developer, in a compound as German writes one.
    "developer": r"\w*entwickler\w*|d[ée]veloppeu\w*|desarrollador\w*|desenvolvedor\w*"
    r"|sviluppator\w*|programist\w*|разработчик\w*",
    # "Local de Atendimento: Clínica Neyliane Onofre": where patients are seen.
    "clinic": r"cl[íi]nic\w*|clinique\w*|klinik\w*|клиник\w*|consult[óo]rio\w*",
    "patient": r"pacientes?|patient\w*|pazient\w*|пациент\w*|atendimento\w*|atención",
    # "previsão de volumes de vendas na rede de farmácias Rossmann": sales forecast.
    "sales": r"vendas|ventas|ventes|vendite|verkauf\w*|vertrieb\w*|sprzeda[żz]\w*|продаж\w*"
    r"|sat\u0131\u015f\w*|販売|销售|営業|영업",  # Turkish, its dotless i escaped
    "forecast": r"previs\w*|pron[óo]stic\w*|pr[ée]vision\w*|prognos\w*"
    r"|vorhersag\w*|прогноз\w*|予測|预测|예측",
    # "二級建築士免許": an architect's licence, in Japanese, Korean and Chinese.
    "architect": r"建築士|건축사|建筑师|architecte?|arquitect[oa]|architett[oa]|architekt\w*",
    # "大学院 総合理工学研究科": a graduate school, in Japanese, Korean and Chinese.
    "graduate": r"大学院|研究科|대학원|研究生院",
    "postdoc": r"post-?doctora\w*|posdoctora\w*|p[óo]s-?doutora\w*|postdottora\w*"
    r"|post-?doc\w*|постдок\w*",
    "payroll": r"paie|n[óo]minas?|folha de pagamento|lohnabrechnung|gehaltsabrechnung|paghe"
    r"|buste paga|bordro",
    # "X-ray diffraction" of "diffraction des rayons X", "Röntgenbeugung", "difracción de rayos X".
    "x-ray": r"rayons? x|rayos x|raios[- ]x|raggi x|r[öo]ntgen\w*|rentgen\w*|рентген\w*",
    "army": r"ex[ée]rcito|arm[ée]e|bundeswehr|esercito|wojsk\w*|leger|armata|ordu|армия|армии",
    # "Auslandssemester", "Erasmus", "intercambio": time spent abroad, in its own words.
    "abroad": r"ausland\w*|extranjero|[ée]tranger|estero|intercambio|interc[âa]mbio|erasmus"
    r"|buitenland\w*|utomlands|udlandet|zagranic\w*|за границ\w*|за рубеж\w*",
    "database": r"bases? de datos|bancos? de dados|bases? de donn[ée]es|datenbank\w*|basi di dati"
    r"|bazy? danych|баз[аы] данных|veritaban\w*",
    # "Where does he teach Java?" of "Dozent für Java" at a Volkshochschule, "Did he teach at
    # a university?" of "UNAM, Profesor Adjunto". Those who teach, not teaching
    # ("Enseignement" titles a section of jobs and courses).
    "teach": r"dozent\w*|lehrer\w*|enseignant\w*|formateur\w*|insegnant\w*|nauczyciel\w*"
    r"|преподавател\w*|учител\w*|öğretmen\w*|profesor(?:a|es|as)?\b|professeur(?:e|s|es)?\b"
    r"|professor[ei]\b|docente\w*",
    "psychologist": r"psykolog\w*|psic[óo]log[oa]s?|psychologue|psycholog(in|e)",
    "e-commerce": r"thương mại điện tử|comercio electr[óo]nico|com[ée]rcio eletr[ôo]nico"
    r"|commerce [ée]lectronique|e-?commerce|электронн\w* коммерц\w*|handel elektroniczny"
    r"|e-ticaret|elektronik ticaret",
    # "Средний балл: 4,61", "Promedio: 8.7", "Notendurchschnitt 1,3": the average grade.
    "average": r"средн\w* балл\w*|promedio|m[ée]dia|moyenne|notendurchschnitt|durchschnitt"
    r"|gemiddeld\w*|[śs]redni\w*|ortalama|\bmedia\b",
    # "Специальность: Информационно-аналитические системы безопасности": what a degree is in.
    "specialty": _SPECIALTY,
    "speciality": _SPECIALTY,
    # "Programas de Astronomía: CASA, GILDAS", "Logiciels : QGIS", "Bibliothèques logicielles".
    "software": r"programas|logiciel\w*|programmi|oprogramowanie|programvara|programmatuur",
    # "**C#** Programming Basics – 6.00, **Сертификат: ДА**", "Zertifikat", "Certificado".
    "certificate": r"сертифика\w*|сертифіка\w*|zertifika\w*|certifica\w*|certyfika\w*"
    r"|sertifika\w*|certifikát\w*|osvědčení",
    "certification": r"сертифика\w*|сертифіка\w*|zertifi\w*|certifica\w*|certyfika\w*"
    r"|sertifika\w*|certifikát\w*",
    # "Auxiliar de Escritório", "Bürokauffrau": an office job.
    "office": r"escrit[óo]rio\w*|oficina\w*|b[üu]ro\w*|ufficio|biuro\w*|kantoor\w*|офис\w*",
    # "获得2012学年“国家助学金”", "Deutschland Stipendium", "Beca de excelencia".
    "scholarship": r"奖学金|獎學金|助学金|助學金|奨学金|장학금|stipendi\w*|becas?|bolsas?"
    r"|bourses?|borse? di studio|stypendi\w*|стипенди\w*|burs\w*|beasiswa",
    "grant": r"助学金|助學金|资助|förderung|subvenci[oó]n|subven[çc][ãa]o|subvention",
    # "Engenharia de Dados com Python": data engineering, in Portuguese.
    # "Ingeniero de Sistemas", "Engenharia de Dados": engineering, and the engineer.
    "engineering": r"engenh\w*|ingenier\w*|ing[ée]nie\w*|ingegner\w*|in[żz]ynier\w*"
    r"|m[üu]hendis\w*|инженер\w*",
    "data": r"dados|datos|donn[ée]es|dati|daten|danych|данн\w*",
    # "Ingeniería de Sistemas e Informática": systems and informatics, as degrees abroad say.
    "system": r"sistemas?|syst[èe]mes?|sistemi|systeme?|systemy|систем\w*|sistem\w*",
    "informatics": r"inform[áa]tic[ao]|informatique|informatik|informatyk\w*|информатик\w*"
    r"|bili[şs]im",
    # "Promotion zum Dr.-Ing.", "Doctorado en Física", "Doutorado", "博士": a doctorate.
    "doctorate": r"promotion|dr\.-ing\.?|dr\. rer\. nat\.?|doktor\w*|doctorado|doutorado"
    r"|dottorato|doctorat|аспирантур\w*|кандидат\w* наук|博士|박사",
    "phd": r"promotion|dr\.-ing\.?|dr\. rer\. nat\.?|doktor\w*|doctorado|doutorado|dottorato"
    r"|doctorat|аспирантур\w*|кандидат\w* наук|博士|박사",
    # "CTO y Co-Fundador" of "Has he founded a company?".
    "founder": r"co-?fundador\w*|fundador\w*|co-?fondat(eur|rice)\w*|fondat(eur|rice)\w*"
    r"|mitgr[üu]nder\w*|gr[üu]nder\w*|основател\w*|засновник\w*|创始人|創業者|창업자|kurucu\w*",
    "founded": r"co-?fundador\w*|fundador\w*|fund[óo]u?|co-?fondat(eur|rice)\w*|fond[ée]\b"
    r"|mitgr[üu]nder\w*|gegr[üu]ndet|gr[üu]nder\w*|основал\w*|основател\w*|创办|创立|創業|창업",
    "self-employed": r"selbst(st)?[äa]ndig\w*|freiberuf\w*|aut[óo]nom[oa]|ind[ée]pendante?"
    r"|auto-?entrepreneur\w*|zelfstandig\w*|samozatrudni\w*|фриланс\w*"
    r"|индивидуальн\w* предпринимат\w*"
    r"|個人事業主|フリーランス|自営業?|自由职业\w*|个体户|프리랜서|개인사업자",
    # "СЭД Infodocs": a system of electronic documents, in Russian's letters.
    "document": r"документ\w*|сэд|dokument\w*|documento\w*|belge\w*",
    "social": r"sozial\w*|socjaln\w*|социальн\w*|sosyal",
    # "Mitglied im Vorstand": a seat on a board.
    "board": r"vorstand\w*|conseil d'administration|junta directiva|consejo directivo"
    r"|zarz[ąa]d\w*|правлени\w*|yönetim kurulu|bestuur",
    "event": r"eventos?|[ée]v[ée]nements?|veranstaltung\w*|wydarze[ńn]\w*|etkinlik\w*"
    r"|мероприяти\w*",
    # "Enseñar y liderar un equipo de desarrollo": a development team, in Spanish.
    "team": r"equipos?|[ée]quipes?|squadr[ae]|zesp[óo][łl]\w*|команд[аеуы]\w*|ekip\w*",
    "development": r"desarrollo|desenvolvimento|d[ée]veloppement|\w*entwicklung|sviluppo"
    r"|ontwikkeling|rozw[óo]j\w*|разработк\w*|geli[şs]tirme",
    "crawler": r"爬虫|爬蟲|クローラ\w*|크롤러",
    # "Mitglied im Schachverein Springer 70 Hitdorf": chess, in the resume's words.
    "chess": r"schach\w*|[ée]checs|ajedrez|xadrez|scacchi|szach\w*|шахмат\w*|satran[çc]"
    r"|象棋|チェス|체스",
    "course": r"cursos?|kurs\w*|курс\w*|cors[oi]|formations?",
    # "Rechtswissenschaften an der Universität Wien", "Derecho", "Droit": law, in its own words.
    "law": r"rechtswissenschaft\w*|jura|jurisprud\w*|derecho|droit|direito|giurisprudenza"
    r"|prawo(?! jazdy)|pr[áa]vo|rechten|rechtsgeleerdheid|юриспруденц\w*|hukuk|ilmu hukum"
    r"|法学|법학",
    "remote": r"remoto|teletrabajo|home office|homeoffice|t[ée]l[ée]travail|[àa] distance"
    r"|a distancia|zdalnie|thuiswerk\w*",
}
