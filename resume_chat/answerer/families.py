"""The families of things a category word stands for, as resumes name their members: the
table behind `examples.py`, keyed by the category's word as written (stemmed on use)."""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "cloud": r"(?i)\b(aws|amazon web services|azure|gcp|google cloud|heroku|digitalocean"
    r"|vercel|netlify|cloudflare|openstack|firebase|ec2|s3|lambda)\b",
    "database": r"(?i)\b(sql|mysql|postgre\w*|mongo\w*|redis|sqlite|oracle|dynamodb|cassandra"
    r"|elasticsearch|firestore|firebase|snowflake|bigquery|mariadb|neo4j|couchdb|couchbase|riak"
    r"|mnesia|influxdb|clickhouse|hbase|memcached|sql server|mssql|db2|cockroachdb|timescale\w*"
    r"|supabase|duckdb|realm|core data|leveldb|rocksdb)\b",
    # "JavaScript frameworks": the frameworks and runtimes written in it.
    "javascript": r"(?i)\b(react(\.?js)?|angular(js)?|vue(\.?js)?|svelte|next\.?js|nuxt"
    r"|node(\.?js)?|express(\.?js)?|jquery|ember|backbone|typescript|nest\.?js|deno)\b",
    "frontend": r"(?i)\b(react|angular|vue|svelte|next\.?js|html|css|javascript|typescript"
    r"|front[- ]?end)\b",
    "mobile": r"(?i)\b(ios|android|swift|kotlin|react native|flutter|mobile)\b",
    "container": r"(?i)\b(docker|kubernetes|k8s|containers?|podman|helm|openshift)\b",
    "devops": r"(?i)\b(ci/cd|jenkins|github actions|gitlab|terraform|ansible|docker|kubernetes"
    r"|devops)\b",
    "teach": r"(?i)\b(teach\w*|taught|professor|lecturer|instructor|tutor\w*|teaching assistant"
    r"|mentor\w*|course|faculty)\b",
    "radio": r"(?i)\b(radio|broadcast\w*|podcast)\b",
    "pharmaceutical": r"(?i)\b(pharma\w*|drugs?|clinical|pfizer|novartis|roche|sanofi|glaxo\w*|gsk"
    r"|astrazeneca|merck|bayer|servier|eli lilly|abbvie|boehringer|novo nordisk|takeda|teva"
    r"|amgen|biogen|gilead)\b",
    "bank": r"(?i)\b(bank\w*|j\.? ?p\.? ?morgan|goldman sachs|morgan stanley|citi(bank|group)"
    r"|hsbc|barclays|wells fargo|bnp paribas|santander|credit suisse|ubs|capital one)\b",
    # "version control": the systems that do it.
    "version": r"(?i)\b(git|github|gitlab|bitbucket|mercurial|svn|subversion|perforce)\b",
    "martial": r"(?i)\b(aikido|karate|judo|ju-?jitsu|jiu-?jitsu|taekwondo|kung fu|muay thai"
    r"|kickboxing|boxing|krav maga|capoeira|kendo|wushu|hapkido|fencing)\b",
    "dementia": r"(?i)\b(alzheimer\w*|parkinson\w*|neurodegenerat\w*|cognitive decline)\b",
    "military": r"(?i)\b(army|navy|air force|marine corps|marines|coast guard|national guard"
    r"|usaf|usmc|armed forces|veterans?|military)\b",
    "machine": r"(?i)\b(machine learning|ml|deep learning|pytorch|tensorflow|scikit\w*|clustering"
    r"|classification|regression models?|neural networks?|random forests?|xgboost|keras|sklearn"
    r"|lightgbm|catboost|hugging ?face|mlflow|spacy|nltk)\b",
    "drone": r"(?i)\b(drones?|uavs?|s?uas|rpas|remotely piloted|unmanned|quadcopters?|multirotors?"
    r"|ardupilot|px4)\b",
    # "the Big Four" accounting firms; "FAANG": firms by the names everyone gives them.
    "four": r"\b(Deloitte|PwC|PricewaterhouseCoopers|EY|Ernst & Young|KPMG)\b",
    "faang": r"\b(Facebook|Meta|Apple|Amazon|Netflix|Google|Alphabet)\b",
    "security": r"(?i)\b(cyber\w*|(ethical )?hacking|penetration test\w*|pen-?test\w*|infosec"
    r"|firewalls?|owasp|cissp|ceh|security\+|siem|soc analyst|vulnerabilit\w*)",
    "ide": r"(?i)\b(eclipse|intellij|pycharm|vs ?code|visual studio|xcode|android studio"
    r"|netbeans|vim|neovim|emacs|sublime|jupyter|rstudio|webstorm|clion|notepad\+\+|cursor)\b",
    "gui": r"(?i)\b(tkinter|qt|pyqt|pyside|wxpython|swing|javafx|winforms|wpf|gtk|electron"
    r"|kivy|tauri)\b",
    # "HackMIT", "HackGT", "HackNY": a hackathon named by its host's letters.
    "hackathon": r"(?i)\b(hack(athon|fest|s|day)\w*|(?-i:Hack[A-Z]{2,}\w*)|game jams?|datathons?"
    r"|ideathons?|codefest)\b",
    # "Can he drive?", "a driving permit": the licence a resume names its holder by.
    "driv": r"(?i)\b(driv(er|ers|ing)['’]?s?\W{0,2}(licen[cs]e|permit)|licen[cs]e[ds]? to drive"
    r"|access to (a )?vehicle|own (car|vehicle)|f(ü|ue)hrerschein|permiso de conduc\w*"
    r"|carn[ée]t? de conduc\w*|permis de conduire|k(ö|o)rkort|rijbewijs|patente di guida"
    r"|carta de condu\w*|prawo jazdy)",
    "hri": r"(?i)\b(hris|hcm|workday|successfactors|bamboohr|peoplesoft|adp)\b",
    "healthcare": r"(?i)\b(health\w*|hospitals?|clinic\w*|medical|medicine|radiology|patients?"
    r"|nurs\w*|pharma\w*)\b",
    "video": r"(?i)\b(videos?|premiere?|final cut|after effects|davinci|filmmaking|film)\b",
    "circuit": r"(?i)\b(pcbs?|circuits?|kicad|altium|eagle|schematics?)\b",
    "instrument": r"(?i)\b(cell(o|ist)|violin\w*|viola|piano|pianist|guitar\w*|drums?|drummer"
    r"|flute|saxophone|trumpet|clarinet|oboe|bassoon|harp|trombone|ukulele|percussion"
    r"|double bass|organist)\b",
    "voip": r"(?i)\b(voip|voice over (internet|ip)\w*|sip|pbx|asterisk|freeswitch|telephony)\b",
    # World knowledge a reader brings: a cipher is cryptography, an IELTS score is English.
    "cryptography": r"(?i)\b(crypt\w*|ciphers?|encrypt\w*|decrypt\w*|rsa|aes|elliptic curves?"
    r"|hash functions?|zero[- ]knowledge)\b",
    "blockchain": r"(?i)\b(blockchains?|ethereum|solidity|web3|bitcoin|hyperledger|smart contracts?"
    r"|truffle|ganache|hardhat|defi|nfts?|crypto ?currenc\w*|polygon|solana)\b",
    "english": r"(?i)\b(english|ielts|toefl|toeic|cambridge (english|certificate)|cae|cpe)\b",
    # Families of tools asked by what they do: "statistics software", "EHR systems".
    "statistic": r"(?i)\b(spss|sas|stata|(?-i:R)|rstudio|minitab|jmp|eviews|matlab|epi ?info"
    r"|statistica)\b",
    "ehr": r"(?i)\b(ehr|emr|epic|cerner|meditech|allscripts|athenahealth|eclinicalworks"
    r"|nextgen|pointclickcare)\b",
    "financial": r"(?i)\b(bloomberg|capital ?iq|factset|refinitiv|eikon|morningstar|pitchbook"
    r"|quickbooks|xero|sap fico|hyperion)\b",
    "ai": r"(?i)\b(chatgpt|claude|copilot|gemini|midjourney|openai|llms?|gpt-?\w*|perplexity"
    r"|dall-?e|stable diffusion|generative ai|ai)\b",
    "safety": r"(?i)\b(safe\w*|whmis|osha|first aid|cpr|hazmat|health (and|&) safety|nebosh|iosh"
    r"|lockout|ppe|fall protection|confined space)\b",
    "sport": r"(?i)\b(sports?|rugby|football|soccer|basketball|tennis|running|marathons?|cycling"
    r"|swimming|climbing|hiking|volleyball|hockey|cricket|baseball|golf|yoga|martial arts|judo"
    r"|karate|boxing|rowing|skiing|surfing|triathlon|athletics|badminton|squash|fencing"
    r"|lacrosse|handball|softball|crossfit|fifa|uefa|world cup|olympic\w*|paralympic\w*"
    r"|super bowl|commonwealth games|netball|ultimate frisbee|frisbee|water polo|wrestling"
    r"|gymnastics|archery|table tennis|ping pong|sailing|kayaking|canoeing|snowboarding"
    r"|skateboarding|cross country|track and field|field hockey|ice hockey|powerlifting"
    r"|weightlifting|bouldering|equestrian|horse riding|polo|bowling|darts|taekwondo)\b",
    # "Does he sing?": the groups and forms singing takes.
    "sing": r"(?i)\b(sing(s|ing|er|ers)?|sang|choir\w*|chorale|chorus|a cappella|vocal\w*"
    r"|glee club|barbershop|opera|cantor)\b",
    # "A student club": a society, a chapter, an association of students.
    "club": r"(?i)\b(clubs?|societ(y|ies)|chapters?|associations?|guilds?|circles?|fraternit\w*"
    r"|sororit\w*|student union|student council)\b",
    "children": r"(?i)\b(child\w*|kids?|minors?|youth|juveniles?|pupils?|infants?|toddlers?"
    r"|adolescents?|teen\w*|young people|schoolchildren)\b",
    # The United Nations by its agencies, as resumes name them.
    "nation": r"\b(?:United Nations|UN|UNHCR|UNICEF|UNDP|UNESCO|UNFPA|UNOPS|UNEP|UN Women|WFP|WHO"
    r"|IOM|FAO|ILO|OCHA|IAEA|UNRWA|World Food Programme|World Health Organi[sz]ation)\b",
    "farmer": r"(?i)\b(farm\w*|agri\w*|crops?|livestock|harvest\w*|agronom\w*|dairy|ranch\w*)\b",
    "gis": r"(?i)\b(arcgis|qgis|mapbox|esri|gis|geospatial|postgis|leaflet|mapinfo)\b",
    "music": r"(?i)\b(music\w*|hip ?hop|jazz|rock|metal|punk|classical|techno|opera|guitar"
    r"|piano|drums|violin|singing|choir|band|concerts?|vinyl|muzyk\w*|musique|música)\b",
    "cad": r"(?i)\b(solidworks|autocad|catia|fusion ?360|inventor|creo|rhino|sketchup|revit"
    r"|freecad|onshape|siemens nx|microstation|cad)\b",
    # "K-12": the schools before university, by any of their names.
    "k-12": r"(?i)\b(k-?12|public schools?|elementary|primary schools?|secondary schools?"
    r"|middle schools?|high schools?|kindergarten|grades? \d+|department of education)\b",
    "tv": r"(?i)\b(tv|television|series|shows?|netflix|bbc|hbo|sitcoms?|broadcast\w*)\b",
    "iphone": r"(?i)\b(ios|iphone|ipad|swift\w*|objective-c|xcode|uikit|app store)\b",
    "autodesk": r"(?i)\b(autodesk|revit|autocad|maya|3ds max|fusion ?360|inventor|navisworks"
    r"|civil 3d|recap)\b",
    # "Microsoft Office": its programs by name.
    "office": r"(?i)\b(excel|power ?point|outlook|ms word|microsoft word|word|onenote|ms office"
    r"|office 365|microsoft 365)\b",
    # "Windows shell scripts", "Windows administration": the tools of that system.
    "windows": r"(?i)\b(powershell|batch (files?|scripts?)|cmd|active directory|group policy"
    r"|windows server|iis|sccm|wsus)\b",
    # "An exchange semester": a term spent as a visiting student, abroad.
    "exchange": r"(?i)\b(visiting (student|scholar|researcher)|study abroad|semester abroad"
    r"|erasmus|exchange (student|program\w*|semester))\b",
    # "3D modelling": the tools it is done in.
    "3d": r"(?i)\b(blender|maya|3ds max|cinema ?4d|zbrush|sketchup|rhino(ceros)?|houdini|solidworks"
    r"|fusion ?360|substance painter)\b",
    # "An Android-oriented language": the languages and tools Android apps are written in.
    "android": r"(?i)\b(kotlin|android studio|jetpack( compose)?|android sdk)\b",
    # "Can he support Apple computers?": Macs, their system and their phones; "Apple
    # languages": the two its platforms are written in.
    "apple": r"(?i)\b(macs?|macos|mac os|os x|imacs?|macbooks?|iphones?|ipads?|ios|xcode"
    r"|swift\w*|objective-c)\b",
    # "A C-level position": a chief officer, by its letters or spelled out.
    "c-level": r"(?i)\b(c[etfoim]o|ciso|cdo|cpo|chief \w+ officer|chief executive)\b",
    "lawyer": r"(?i)\b(solicitors?|attorneys?|barristers?|counsel|advocates?|paralegals?"
    r"|law firm|legal|juris doctor|j\.?d\.?|ll\.?b|bar admission)\b",
    # "Can he put together a PC?": a computer by any of its names.
    "pc": r"(?i)\b(pcs?|computers?|desktops?|laptops?|computer hardware|workstations?)\b",
    # "An FDA-regulated environment": the rules and practices it is known by.
    "fda": r"(?i)(\b21 ?cfr\b|\bgmp\b|\bcgmp\b|\bgxp\b|\bglp\b|\bgcp\b|iso 13485|\bcsv\b"
    r"|computer system validation|\bfda\b)",
    # "Unix-like systems": the systems, by name.
    "unix": r"(?i)\b(unix|linux|ubuntu|debian|centos|red ?hat|rhel|fedora|freebsd|openbsd|solaris"
    r"|aix|hp-ux|macos)\b",
    # "A professional association": a membership, by what it is called.
    "association": r"(?i)\b(member\w*|associate member|fellow of|institute of|society|chartered"
    r"|guild|union|chamber)\b",
    "diy": r"(?i)\b(renovat\w*|remodel\w*|carpent\w*|woodwork\w*|plumbing|diy|home improvement"
    r"|furniture|handyman)\b",
    "bluetooth": r"(?i)\b(ble|bluetooth( low energy)?)\b",
    "crm": r"(?i)\b(crm|salesforce|hubspot|dynamics 365|zoho|pipedrive|sugarcrm|freshsales"
    r"|monday\.com|blackbaud|raiser['’]s edge|donorperfect|bloomerang|civicrm)\b",
    # A kitchen, a shop floor: the jobs done there.
    "kitchen": r"(?i)\b(cook\w*|chefs?|culinary|kitchens?|sous[- ]chef|line cook|baker\w*"
    r"|catering|restaurants?|dishwasher)\b",
    "retail": r"(?i)\b(retail\w*|cashiers?|sales (associate|assistant)|store|shop assistant"
    r"|supermarkets?|merchandis\w*|tills?)\b",
    "emotion": r"(?i)\b(emotions?|emotional|sentiment|affective|feelings?|mood)\b",
    "microcontroller": r"(?i)\b(arduino\w*|raspberry pi|esp32|esp8266|stm32|pic\d*|avr"
    r"|atmega\w*|teensy|micro:?bit|nrf52\w*|msp430)\b",
    # A lab's instruments by their names: "chromatography" is HPLC's last word.
    "chromatography": r"(?i)\b(chromatograph\w*|hplc|uplc|fplc|gc-ms|lc-ms|gc|tlc)\b",
    "cctv": r"(?i)\b(cctv|surveillance|security cameras?|ip cameras?|video monitoring)\b",
    # Families of languages, by their members' names in English and in their own words.
    "romance": r"(?i)\b(spanish|espa[ñn]ol|french|fran[çc]ais|italian\w*|portugu\w*|romanian"
    r"|catalan|galician|occitan|spanisch|franz[öo]sisch|castellano)\b",
    "semitic": r"(?i)\b(arabic|arab\w*|hebrew|amharic|maltese|aramaic|tigrinya)\b",
    "slavic": r"(?i)\b(russian|polish|czech|slovak|ukrainian|belarusian|bulgarian|serbian|croatian"
    r"|bosnian|sloven\w*|macedonian|russisch|polnisch|ukrainisch)\b",
    "germanic": r"(?i)\b(german|deutsch|english|dutch|swedish|danish|norwegian|icelandic|afrikaans"
    r"|yiddish|flemish|frisian|luxembourgish)\b",
    "asian": r"(?i)\b(japan\w*|chinese|chinesisch|mandarin|cantonese|korean?\w*|hindi|bengali"
    r"|bangla|urdu|vietnam\w*|thai|indonesian|malay|tagalog|filipino|tamil|telugu|marathi"
    r"|gujarati|punjabi|nepali|khmer|burmese|mongolian|sinhala|kannada|malayalam)\b",
    "african": r"(?i)\b(swahili|amharic|yoruba|igbo|hausa|zulu|xhosa|afrikaans|somali|wolof"
    r"|tigrinya|shona|berber|tamazight|kinyarwanda|lingala|twi|akan|sesotho|setswana)\b",
    "scandinavian": r"(?i)\b(swedish|svenska|danish|dansk|norwegian|norsk|icelandic|finnish"
    r"|faroese)\b",
    "celtic": r"(?i)\b(irish|welsh|gaelic|breton|cornish|manx)\b",
    "turkic": r"(?i)\b(turkish|azerbaijani|azeri|kazakh|uzbek|kyrgyz|turkmen|tatar|uyghur)\b",
    # Work in a warehouse by its tasks and places; an online course by its platforms.
    "warehouse": r"(?i)\b(warehous\w*|fulfil+ment|forklift|order picker|picking and packing"
    r"|package handl\w*|distribution cent(er|re)|stockroom|logistics associate)\b",
    "mooc": r"(?i)\b(moocs?|coursera|edx|udemy|udacity|futurelearn|khan academy|linkedin learning"
    r"|online course\w*|datacamp|codecademy|(team)?treehouse|freecodecamp|pluralsight|skillshare"
    r"|· online|\(online\))",
    # A league of universities.
    "ivy": r"(?i)\b(harvard|yale|princeton|columbia|cornell|brown university|dartmouth"
    r"|university of pennsylvania|upenn)\b",
    "block-based": r"(?i)\b(scratch|blockly|app inventor|snap!?|makecode)\b",
    "game": r"(?i)\b(gam(e|es|ing|er)|esports?|valorant|league of legends|counter-strike|cs:?go"
    r"|dota|overwatch|fortnite|minecraft|rocket league|chess|unity|unreal|godot|gamemaker"
    r"|cryengine)\b",
    # A fraternity or sorority goes by two or three Greek letters.
    "fraternity": r"(?i)\b(fraternit\w*|sororit\w*|greek life|(alpha|beta|gamma|delta|epsilon"
    r"|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi"
    r"|omega) (alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi"
    r"|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega))\b",
    "vector": r"(?i)\b(illustrator|inkscape|coreldraw|affinity designer|vectors?|svg)\b",
    # Tests a graduate or undergraduate admission asks for.
    "admission": r"\b(GRE|GMAT|SAT|ACT|LSAT|MCAT|GAMSAT|UCAT|TOEFL|IELTS)\b",
    "fluid": r"(?i)\b(cfd|computational fluid dynamics|ansys fluent|fluent|openfoam|star-?ccm\+?"
    r"|hydrodynamic\w*|aerodynamic\w*)\b",
    "payment": r"(?i)\b(paypal|stripe|braintree|adyen|klarna|apple pay|google pay|razorpay|mollie"
    r"|satispay|square|worldpay|payments?)\b",
    "automotive": r"(?i)\b(automotive|cars?|vehicles?|mercedes\S*|bmw|audi|volkswagen|vw|porsche"
    r"|toyota|honda|nissan|hyundai|kia|ford|general motors|gm|chrysler|stellantis|fiat\w*|saic"
    r"|tesla|renault|peugeot|volvo|jaguar|land rover|skoda|seat|bosch|continental|powertrain)\b",
    "ppc": r"(?i)\b(ppc|pay[- ]per[- ]click|google ad(s|words)|bing ads|paid search|sem|sea)\b",
    "bookkeep": r"(?i)\b(bookkeep\w*|accounting|accountan\w*|ledgers?|quickbooks|xero|sage|visma"
    r"|balance sheets?|accounts (payable|receivable)|invoic\w*|payroll)\b",
    "police": r"(?i)\b(police|law enforcement|sheriff\w*|deputy|constable|patrol\w*|detective"
    r"|trooper|k-?9)\b",
    "dog": r"(?i)\b(dogs?|k-?9|canines?)\b",
    "gpu": r"(?i)\b(gpus?|cuda|opencl|cudnn|tensorrt|nvidia|triton)\b",
    # "location-tracking data": positions from satellites or phones.
    "location-tracking": r"(?i)\b(gps|gnss|geolocation|geo-?location|geospatial|mobility data)\b",
    # "EU-funded": the Union's programmes and councils, by their names.
    "eu": r"(?i)\b(european (union|commission|research council|social fund)|erasmus\+?"
    r"|horizon (2020|europe)|h2020|fp7|marie (sk[łl]odowska[- ])?curie|erc|interreg|eu)\b",
    "covid": r"(?i)\b(covid(-19)?|sars-cov-2|coronavirus|pandemic)\b",
    "css": r"(?i)\b(css3?|tailwind\w*|bootstrap|bulma|sass|scss|styled-components|material[- ]ui"
    r"|chakra ui)\b",
    "wellbeing": r"(?i)\b(well-?being|wellness|mental health|mindfulness|meditation)\b",
    # "reusable UI component libraries": what a design system is.
    "component": r"(?i)\b(design systems?|storybook|component librar\w*|ui kits?)\b",
    "search-optimised": r"(?i)\b(seo|search engine optimi[sz]\w*)\b",
    "erp": r"(?i)\b(erp|sap|oracle (e-?business|netsuite|fusion)|netsuite|dynamics (nav|ax|365)"
    r"|odoo|visma|sage|workday|infor|epicor|datev|tally|jd edwards|peoplesoft)\b",
    "gym": r"(?i)\b(gym\w*|fitness (cent(er|re)|club|instructor|trainer)|wellness cent(er|re)"
    r"|personal trainer|health club|recreation cent(er|re))\b",
    "cafeteria": r"(?i)\b(cafeteria|canteen|dining (hall|facilit\w*|services?)|food services?"
    r"|chartwells|sodexo|aramark|compass group)\b",
    # "Competitive programming": the contests and judges it is done on.
    "competitive": r"(?i)\b(icpc|acm[- ]icpc|ioi|codeforces|topcoder|atcoder|codechef|leetcode"
    r"|hackerrank|google code ?jam|kick ?start|hash ?code|olympiads? in informatics)\b",
    # A parliament by the houses that sit in it.
    "parliament": r"(?i)\b(parliament\w*|house of (commons|lords|representatives)|senate"
    r"|bundestag|congress(ional)?|assembl(y|ies)|select committees?)\b",
    # A program's full name for its short one: Rhino is Rhinoceros.
    "rhino": r"(?i)\brhino(ceros|3d)?\b",
    # "Is she certified in CPR?": life support courses teach it.
    "cpr": r"(?i)\b(cpr|basic life support|bls|acls|pals|first aid)\b",
}

# Other words for a family above: (the word, the family's key).
ALIASES: tuple[tuple[str, str], ...] = (
    ("databas", "database"),
    ("db", "database"),
    ("front-end", "frontend"),
    ("app", "mobile"),
    ("phon", "mobile"),  # "a phone app"
    ("smartphon", "mobile"),
    ("ios", "iphone"),
    ("crypto", "blockchain"),
    ("docker", "container"),
    ("taught", "teach"),
    ("teacher", "teach"),
    ("lecture", "teach"),
    ("pharma", "pharmaceutical"),
    ("dron", "drone"),
    ("uav", "drone"),
    ("medical", "healthcare"),
    ("health", "healthcare"),
    ("hospital", "healthcare"),
    ("edit", "video"),
    ("pcb", "circuit"),
    ("child", "children"),
    ("farm", "farmer"),
    ("geospatial", "gis"),
    ("mapping", "gis"),
    ("attorney", "lawyer"),
    ("machine-learning", "machine"),
    ("law", "lawyer"),
    ("agricultur", "farmer"),
    ("kid", "children"),
    ("unmanned", "drone"),
    ("aerial", "drone"),
    ("cook", "kitchen"),
    ("feeling", "emotion"),
    ("arduino", "microcontroller"),
    ("video-gam", "game"),
    ("membership", "association"),
    ("home-improvement", "diy"),
    ("nordic", "scandinavian"),
    ("slavonic", "slavic"),
    ("sorority", "fraternity"),
    ("greek-letter", "fraternity"),
    ("self-paced", "mooc"),
    ("online", "mooc"),  # "online certificates": FreeCodeCamp's, Coursera's
    ("pay-per-click", "ppc"),
    ("cop", "police"),
    ("nvidia", "gpu"),
    ("un", "nation"),  # "a UN agency": UNICEF
    ("search-optimized", "search-optimised"),
)
