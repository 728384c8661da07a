"""Families of tools and technologies a category word stands for: "cloud" is AWS, "statistics
software" SPSS, "Unix-like systems" Ubuntu."""

from __future__ import annotations

from resume_chat import patterns

TOOLS: dict[str, str] = {
    "cloud": r"(?i)\b(aws|amazon web services|azure|gcp|google cloud|heroku|digitalocean"
    r"|vercel|netlify|cloudflare|openstack|firebase|ec2|s3|lambda)\b",
    "database": r"(?i)\b(sql|mysql|postgre\w*|mongo\w*|redis|sqlite|oracle|dynamodb|cassandra"
    r"|elasticsearch|firestore|firebase|snowflake|bigquery|mariadb|neo4j|couchdb|couchbase|riak"
    r"|mnesia|influxdb|clickhouse|hbase|memcached|sql server|mssql|db2|cockroachdb|timescale\w*"
    # The local servers and tools one runs a database in: "Xampp", "phpMyAdmin".
    r"|supabase|duckdb|realm|core data|leveldb|rocksdb|xampp|wamp\w*|lamp stack|mamp"
    r"|phpmyadmin|pgadmin|dbeaver|mysql workbench|sql developer|heidisql|navicat)\b",
    # "Which ORM has he used?": the object-relational mappers by name.
    "orm": r"(?i)\b(orms?|object[- ]relational mapp\w*|entity framework( core)?|ef core|hibernate"
    r"|jpa|sqlalchemy|django orm|sequelize|typeorm|prisma|active ?record|doctrine|eloquent"
    r"|mybatis|dapper|nhibernate|gorm|peewee|mongoose|knex|drizzle|mikro-?orm|objection\.js)\b",
    # "JavaScript frameworks": the frameworks and runtimes written in it.
    "javascript": r"(?i)\b(react(\.?js)?|angular(js)?|vue(\.?js)?|svelte|next\.?js|nuxt"
    r"|node(\.?js)?|express(\.?js)?|jquery|ember|backbone|typescript|nest\.?js|deno)\b",
    "frontend": r"(?i)\b(react|angular|vue|svelte|next\.?js|html|css|javascript|typescript"
    r"|front[- ]?end)\b",
    "mobile": r"(?i)\b(ios|android|swift|kotlin|react native|flutter|mobile)\b",
    "container": r"(?i)\b(docker|kubernetes|k8s|containers?|podman|helm|openshift)\b",
    # "Which e-learning authoring tools?": those by name.
    "authoring": r"(?i)\b(captivate|articulate|storyline|rise 360|lectora|camtasia|elucidat"
    r"|ispring|adapt learning|evolve authoring|gomo|easygenerator|h5p|authoring tools?)\b",
    # "Which infrastructure-as-code tool?": those by name.
    "iac": r"(?i)\b(terraform|opentofu|pulumi|cloudformation|bicep|arm templates?|crossplane"
    r"|ansible|chef|puppet|saltstack|aws cdk|infrastructure[- ]as[- ]code|iac)\b",
    # "Which CI servers?": continuous integration by its servers' names.
    "ci": r"(?i)\b(jenkins|teamcity|travis( ci)?|circle ?ci|gitlab[- ]ci|github actions|bamboo"
    r"|buildkite|azure (devops|pipelines)|concourse|buildbot|continuous integration|ci/cd)\b",
    "devops": r"(?i)\b(ci/cd|jenkins|github actions|gitlab|terraform|ansible|docker|kubernetes"
    r"|devops)\b",
    # "Which issue trackers does she know?": the trackers by name.
    "tracker": r"(?i)\b(jira|redmine|youtrack|bugzilla|mantis\w*|trello|asana|linear|clickup"
    r"|github issues|gitlab issues|azure boards|trac|monday\.com|pivotal tracker|issue track\w*)\b",
    # "version control": the systems that do it.
    "version": r"(?i)\b(git|github|gitlab|bitbucket|mercurial|svn|subversion|perforce)\b",
    "machine": r"(?i)\b(machine learning|ml|deep learning|pytorch|tensorflow|scikit\w*|clustering"
    r"|classification|regression models?|neural networks?|random forests?|xgboost|keras|sklearn"
    r"|lightgbm|catboost|hugging ?face|mlflow|spacy|nltk)\b",
    "drone": r"(?i)\b(drones?|uavs?|s?uas|rpas|remotely piloted|unmanned|quadcopters?|multirotors?"
    r"|ardupilot|px4)\b",
    "security": r"(?i)\b(cyber\w*|(ethical )?hacking|penetration test\w*|pen-?test\w*|infosec"
    r"|firewalls?|owasp|cissp|ceh|security\+|siem|soc analyst|vulnerabilit\w*)",
    "ide": r"(?i)\b(eclipse|intellij|pycharm|vs ?code|visual studio|xcode|android studio"
    r"|netbeans|vim|neovim|emacs|sublime|jupyter|rstudio|webstorm|clion|notepad\+\+|cursor"
    r"|phpstorm|goland|rubymine|datagrip|dreamweaver|spyder)\b",
    "gui": r"(?i)\b(tkinter|qt|pyqt|pyside|wxpython|swing|javafx|winforms|wpf|gtk|electron"
    r"|kivy|tauri)\b",
    "hri": r"(?i)\b(hris|hcm|workday|successfactors|bamboohr|peoplesoft|adp)\b",
    "video": r"(?i)\b(videos?|premiere?|final cut|after effects|davinci|filmmaking|film)\b",
    "circuit": r"(?i)\b(pcbs?|circuits?|kicad|altium|eagle|schematics?|proteus|multisim"
    r"|ltspice|spice|orcad|fritzing|tinkercad)\b",
    "voip": r"(?i)\b(voip|voice over (internet|ip)\w*|sip|pbx|asterisk|freeswitch|telephony)\b",
    # World knowledge a reader brings: a cipher is cryptography, an IELTS score is English.
    "cryptography": r"(?i)\b(crypt\w*|ciphers?|encrypt\w*|decrypt\w*|rsa|aes|elliptic curves?"
    r"|hash functions?|zero[- ]knowledge)\b",
    "blockchain": r"(?i)\b(blockchains?|ethereum|solidity|web3|bitcoin|hyperledger|smart contracts?"
    r"|truffle|ganache|hardhat|defi|nfts?|crypto ?currenc\w*|polygon|solana)\b",
    # Families of tools asked by what they do: "statistics software", "EHR systems".
    "statistic": r"(?i)\b(spss|sas|stata|(?-i:R)|rstudio|minitab|jmp|eviews|matlab|epi ?info"
    r"|statistica)\b",
    # "music notation or audio software": scorewriters and audio workstations by name.
    "notation": r"(?i)\b(sibelius|finale|musescore|dorico|noteflight|lilypond|encore)\b",
    "audio": r"(?i)\b(ableton( live)?|garageband|logic ?pro|pro ?tools|audacity|fl studio|cubase"
    r"|reaper|reason|adobe audition|studio one|bitwig)\b",
    "ehr": r"(?i)\b(ehr|emr|epic|cerner|meditech|allscripts|athenahealth|eclinicalworks"
    r"|nextgen|pointclickcare)\b",
    "financial": r"(?i)\b(bloomberg|capital ?iq|factset|refinitiv|eikon|morningstar|pitchbook"
    r"|quickbooks|xero|sap fico|hyperion)\b",
    "ai": r"(?i)\b(chatgpt|claude|copilot|gemini|midjourney|openai|llms?|gpt-?\w*|perplexity"
    r"|dall-?e|stable diffusion|generative ai|ai)\b",
    "gis": r"(?i)\b(arcgis|qgis|mapbox|esri|gis|geospatial|postgis|leaflet|mapinfo)\b",
    # "Which CMS has he built websites with?" of "sites web (Wordpress et Joomla)".
    "cms": r"(?i)\b(wordpress|joomla|drupal|magento|shopify|wix|squarespace|typo3|strapi"
    r"|contentful|sanity|prismic|craft ?cms|umbraco|sitecore|prestashop|opencart|bitrix|wagtail"
    r"|webflow|directus|kentico|concrete5|ghost cms|django cms|cms)\b",
    "cad": r"(?i)\b(solidworks|autocad|catia|fusion ?360|inventor|creo|rhino|sketchup|revit"
    r"|freecad|onshape|siemens nx|microstation|cad)\b",
    "iphone": r"(?i)\b(ios|iphone|ipad|swift\w*|objective-c|xcode|uikit|app store)\b",
    "autodesk": r"(?i)\b(autodesk|revit|autocad|maya|3ds max|fusion ?360|inventor|navisworks"
    r"|civil 3d|recap)\b",
    # "Microsoft Office": its programs by name.
    "office": r"(?i)\b(excel|power ?point|outlook|ms word|microsoft word|word|onenote|ms office"
    r"|office 365|microsoft 365)\b",
    # "His resume as a Word file?" of "Download as .DOCX": the file by its extension.
    "word": r"(?i)(\.docx?\b|\bdocx?\b|\bms[- ]word\b|\bmicrosoft word\b)",
    # "Windows shell scripts", "Windows administration": the tools of that system.
    "windows": r"(?i)\b(powershell|batch (files?|scripts?)|cmd|active directory|group policy"
    r"|windows server|iis|sccm|wsus)\b",
    # "3D modelling": the tools it is done in.
    "3d": r"(?i)\b(blender|maya|3ds max|cinema ?4d|zbrush|sketchup|rhino(ceros)?|houdini|solidworks"
    r"|fusion ?360|substance painter)\b",
    # "An Android-oriented language": the languages and tools Android apps are written in.
    "android": r"(?i)\b(kotlin|android studio|jetpack( compose)?|android sdk)\b",
    # "Can he support Apple computers?": Macs, their system and their phones; "Apple
    # languages": the two its platforms are written in.
    "apple": r"(?i)\b(macs?|macos|mac os|os x|imacs?|macbooks?|iphones?|ipads?|ios|xcode"
    r"|swift\w*|objective-c)\b",
    # "Can he put together a PC?": a computer by any of its names.
    "pc": r"(?i)\b(pcs?|computers?|desktops?|laptops?|computer hardware|workstations?)\b",
    # "Unix-like systems": the systems, by name.
    "unix": r"(?i)\b(unix|linux|ubuntu|debian|centos|red ?hat|rhel|fedora|freebsd|openbsd|solaris"
    r"|aix|hp-ux|macos)\b",
    # "A Linux certification?": the certificates named for Linux ("LPIC-1", "RHCSA").
    "linux": r"(?i)\b(linux|lpic-?\d?|lfcs|lfce|rhcsa|rhce|linux\+)(?![\w-])",
    "bluetooth": r"(?i)\b(ble|bluetooth( low energy)?)\b",
    "crm": r"(?i)\b(crm|salesforce|hubspot|dynamics 365|zoho|pipedrive|sugarcrm|freshsales"
    r"|monday\.com|blackbaud|raiser['’]s edge|donorperfect|bloomerang|civicrm)\b",
    "microcontroller": r"(?i)\b(arduino\w*|raspberry pi|esp32|esp8266|stm32|pic\d*|avr"
    r"|atmega\w*|teensy|micro:?bit|nrf52\w*|msp430)\b",
    # A lab's instruments by their names: "chromatography" is HPLC's last word.
    "chromatography": r"(?i)\b(chromatograph\w*|hplc|uplc|fplc|gc-ms|lc-ms|gc|tlc)\b",
    "cctv": r"(?i)\b(cctv|surveillance|security cameras?|ip cameras?|video monitoring)\b",
    "block-based": r"(?i)\b(scratch|blockly|app inventor|snap!?|makecode)\b",
    "vector": r"(?i)\b(illustrator|inkscape|coreldraw|affinity designer|vectors?|svg)\b",
    "fluid": r"(?i)\b(cfd|computational fluid dynamics|ansys fluent|fluent|openfoam|star-?ccm\+?"
    r"|hydrodynamic\w*|aerodynamic\w*)\b",
    "payment": r"(?i)\b(paypal|stripe|braintree|adyen|klarna|apple pay|google pay|razorpay|mollie"
    r"|satispay|square|worldpay|payments?)\b",
    "ppc": r"(?i)\b(ppc|pay[- ]per[- ]click|google ad(s|words)|bing ads|paid search|sem|sea)\b",
    "gpu": r"(?i)\b(gpus?|cuda|opencl|openacc|cudnn|tensorrt|nvidia|triton|rocm|vulkan)\b",
    "svn": r"(?i)\b(svn|subversion)\b",
    # "Which LLM…": a model by its name.
    "llm": r"(?i)\b(llms?|openai|anthropic|chatgpt|gpt-?\w*|llama[\w.-]*|claude|gemini"
    r"|mistral|mixtral|bert|t5|falcon|qwen|deepseek|phi-\d)\b",
    # "location-tracking data": positions from satellites or phones.
    "location-tracking": r"(?i)\b(gps|gnss|geolocation|geo-?location|geospatial|mobility data)\b",
    "css": r"(?i)\b(css3?|tailwind\w*|bootstrap|bulma|sass|scss|styled-components|material[- ]ui"
    r"|chakra ui)\b",
    # "reusable UI component libraries": what a design system is.
    "component": r"(?i)\b(design systems?|storybook|component librar\w*|ui kits?)\b",
    "search-optimised": r"(?i)\b(seo|search engine optimi[sz]\w*)\b",
    "erp": r"(?i)\b(erp|sap|oracle (e-?business|netsuite|fusion)|netsuite|dynamics (nav|ax|365)"
    r"|odoo|visma|sage|workday|infor|epicor|datev|tally|jd edwards|peoplesoft)\b",
    # A program's full name for its short one: Rhino is Rhinoceros.
    "rhino": r"(?i)\brhino(ceros|3d)?\b",
}


def tool_names() -> frozenset[str]:
    """The single words the families name their tools by ("kubernetes", "terraform"), four
    letters or more: names written in Latin letters in a resume of any script."""
    alternatives = (
        alternative
        for pattern in TOOLS.values()
        for alternative in patterns.split(r"[|()]", pattern.removeprefix("(?i)").replace("\\b", ""))
    )
    return frozenset(
        word for word in alternatives if patterns.fullmatch(r"[a-z][a-z0-9]{3,}", word)
    )
