"""Families of employers, fields and credentials of work a category word stands for: "the
United Nations" is UNHCR, "a bank" J.P. Morgan, "K-12" a primary school."""

from __future__ import annotations

WORK: dict[str, str] = {
    "teach": r"(?i)\b(teach\w*|taught|professor|lecturer|instructor|tutor\w*|teaching assistant"
    r"|mentor\w*|course|faculty)\b",
    "radio": r"(?i)\b(radio|broadcast\w*|podcast)\b",
    "pharmaceutical": r"(?i)\b(pharma\w*|drugs?|clinical|pfizer|novartis|roche|sanofi|glaxo\w*|gsk"
    r"|astrazeneca|merck|bayer|servier|eli lilly|abbvie|boehringer|novo nordisk|takeda|teva"
    r"|amgen|biogen|gilead)\b",
    # A bank in Spanish, Portuguese, French or Italian too ("Compartamos Banco").
    "bank": r"(?i)\b(bank\w*|banco|banque|banca|j\.? ?p\.? ?morgan|goldman sachs|morgan stanley"
    r"|citi(bank|group)|hsbc|barclays|wells fargo|bnp paribas|santander|credit suisse|ubs"
    r"|capital one)\b",
    "dementia": r"(?i)\b(alzheimer\w*|parkinson\w*|neurodegenerat\w*|cognitive decline)\b",
    # Aerospace and defence firms by their names: "Has he worked in the aerospace industry?"
    # of "Technical Analyst, The Boeing Company".
    "aerospace": r"(?i)\b(aerospace|aviation|aircraft|airbus|boeing|lockheed( martin)?"
    r"|northrop( grumman)?|raytheon|embraer|bombardier|safran|rolls-royce|spacex|blue origin"
    r"|nasa|jet propulsion laboratory|airlines?|avionics)\b",
    "defence": r"(?i)\b(defen[cs]e|lockheed( martin)?|northrop( grumman)?|raytheon|bae systems"
    r"|general dynamics|thales|rheinmetall|l3harris|department of defense|ministry of defence"
    r"|military|armed forces)\b",
    # In the resume's own words too: Norway's "Forsvaret, Kystvakten", Germany's Bundeswehr.
    "military": r"(?i)\b(army|navy|air force|marine corps|marines|coast guard|national guard"
    r"|usaf|usmc|armed forces|veterans?|military|forsvaret|försvarsmakten|kystvakten"
    r"|bundeswehr)\b",
    # An interpreter or a translator, in the words of the languages resumes come in: Swedish
    # "tolk", German "Dolmetscher", Spanish "intérprete", "traductor".
    "interpret": r"(?i)\b(interpret\w*|translat\w*|tolk\w*|dolmetsch\w*|[uü]bersetz\w*"
    r"|int[ée]rpr[eè]te\w*|traduct\w*|tradut\w*|tłumacz\w*|перевод\w*)\b",
    # "the Big Four" accounting firms; "FAANG": firms by the names everyone gives them.
    "four": r"\b(Deloitte|PwC|PricewaterhouseCoopers|EY|Ernst & Young|KPMG)\b",
    "faang": r"\b(Facebook|Meta|Apple|Amazon|Netflix|Google|Alphabet)\b",
    "healthcare": r"(?i)\b(health\w*|hospitals?|clinic\w*|medical|medicine|radiology|patients?"
    r"|nurs\w*|pharma\w*)\b",
    "safety": r"(?i)\b(safe\w*|whmis|osha|first aid|cpr|hazmat|health (and|&) safety|nebosh|iosh"
    r"|lockout|ppe|fall protection|confined space)\b",
    # The United Nations by its agencies, as resumes name them.
    "nation": r"\b(?:United Nations|UN|UNHCR|UNICEF|UNDP|UNESCO|UNFPA|UNOPS|UNEP|UN Women|WFP|WHO"
    r"|IOM|FAO|ILO|OCHA|IAEA|UNRWA|World Food Programme|World Health Organi[sz]ation)\b",
    "farmer": r"(?i)\b(farm\w*|agri\w*|crops?|livestock|harvest\w*|agronom\w*|dairy|ranch\w*)\b",
    # "K-12": the schools before university, by any of their names.
    "k-12": r"(?i)\b(k-?12|public schools?|elementary|primary schools?|secondary schools?"
    r"|middle schools?|high schools?|kindergarten|grades? \d+|department of education)\b",
    # "An exchange semester": a term spent as a visiting student, abroad.
    "exchange": r"(?i)\b(visiting (student|scholar|researcher)|study abroad|semester abroad"
    r"|erasmus|exchange (student|program\w*|semester))\b",
    # "A C-level position": a chief officer, by its letters or spelled out.
    "c-level": r"(?i)\b(c[etfoim]o|ciso|cdo|cpo|chief \w+ officer|chief executive)\b",
    "lawyer": r"(?i)\b(solicitors?|attorneys?|barristers?|counsel|advocates?|paralegals?"
    r"|law firm|legal|juris doctor|j\.?d\.?|ll\.?b|bar admission)\b",
    # "An FDA-regulated environment": the rules and practices it is known by.
    "fda": r"(?i)(\b21 ?cfr\b|\bgmp\b|\bcgmp\b|\bgxp\b|\bglp\b|\bgcp\b|iso 13485|\bcsv\b"
    r"|computer system validation|\bfda\b)",
    # "A professional association": a membership, by what it is called.
    "association": r"(?i)\b(member\w*|associate member|fellow of|institute of|society|chartered"
    r"|guild|union|chamber)\b",
    # A kitchen, a shop floor: the jobs done there.
    "kitchen": r"(?i)\b(cook\w*|chefs?|culinary|kitchens?|sous[- ]chef|line cook|baker\w*"
    r"|catering|restaurants?|dishwasher)\b",
    # "Did he ever work in a restaurant?": one by its kind or its chain's name, or its jobs.
    "restaurant": r"(?i)\b(restaurants?|grill|bistro|diner|caf[eé]s?|pizzeria|steakhouse"
    r"|eatery|cooks?|cooking|line cook|prep cook|chefs?|kitchens?|catering|waiters?"
    r"|waitress\w*|bartend\w*|dishwasher|fast food|mcdonald['’]?s|burger king|wendy['’]?s|starbucks"
    r"|chili['’]?s|applebee['’]?s|olive garden|kfc|taco bell|chipotle|domino['’]?s)\b",
    "retail": r"(?i)\b(retail\w*|cashiers?|sales (associate|assistant)|store|shop assistant"
    r"|supermarkets?|merchandis\w*|tills?)\b",
    # Work in a warehouse by its tasks and places; an online course by its platforms.
    "warehouse": r"(?i)\b(warehous\w*|fulfil+ment|forklift|order picker|picking and packing"
    r"|package handl\w*|distribution cent(er|re)|stockroom|logistics associate)\b",
    "mooc": r"(?i)\b(moocs?|coursera|edx|udemy|udacity|futurelearn|khan academy|linkedin learning"
    r"|online course\w*|datacamp|codecademy|(team)?treehouse|freecodecamp|pluralsight|skillshare"
    r"|· online|\(online\))",
    # A league of universities.
    "ivy": r"(?i)\b(harvard|yale|princeton|columbia|cornell|brown university|dartmouth"
    r"|university of pennsylvania|upenn)\b",
    # Tests a graduate or undergraduate admission asks for.
    "admission": r"\b(GRE|GMAT|SAT|ACT|LSAT|MCAT|GAMSAT|UCAT|TOEFL|IELTS)\b",
    "automotive": r"(?i)\b(automotive|cars?|vehicles?|mercedes\S*|bmw|audi|volkswagen|vw|porsche"
    r"|toyota|honda|nissan|hyundai|kia|ford|general motors|gm|chrysler|stellantis|fiat\w*|saic"
    r"|tesla|renault|peugeot|volvo|jaguar|land rover|skoda|seat|bosch|continental|powertrain"
    r"|maruti|suzuki|mahindra|tata motors|mazda|subaru|mitsubishi|lexus|chevrolet|cadillac"
    r"|jeep|dodge|byd|geely|rivian|lucid|mclaren|ferrari|lamborghini|aptiv|denso|magna)\b",
    "bookkeep": r"(?i)\b(bookkeep\w*|accounting|accountan\w*|ledgers?|quickbooks|xero|sage|visma"
    r"|balance sheets?|accounts (payable|receivable)|invoic\w*|payroll)\b",
    "police": r"(?i)\b(police|law enforcement|sheriff\w*|deputy|constable|patrol\w*|detective"
    r"|trooper|k-?9)\b",
    # "EU-funded": the Union's programmes and councils, by their names.
    "eu": r"(?i)\b(european (union|commission|research council|social fund)|erasmus\+?"
    r"|horizon (2020|europe)|h2020|fp7|marie (sk[łl]odowska[- ])?curie|erc|interreg|eu)\b",
    "covid": r"(?i)\b(covid(-19)?|sars-cov-2|coronavirus|pandemic)\b",
    "cafeteria": r"(?i)\b(cafeteria|canteen|dining (hall|facilit\w*|services?)|food services?"
    r"|chartwells|sodexo|aramark|compass group)\b",
    # "Organised a conference": a congress, a symposium, a summit by any of their names.
    "conference": r"(?i)\b(conferences?|congress(es)?|symposi(um|ums|a)|summits?|conventions?"
    r"|colloqui(um|a)|workshops?|meetups?|expos?)\b",
    # A parliament by the houses that sit in it.
    "parliament": r"(?i)\b(parliament\w*|house of (commons|lords|representatives)|senate"
    r"|bundestag|congress(ional)?|assembl(y|ies)|select committees?)\b",
    # "Is she certified in CPR?": life support courses teach it.
    "cpr": r"(?i)\b(cpr|basic life support|bls|acls|pals|first aid)\b",
}
