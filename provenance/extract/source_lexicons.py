"""Word lists used to characterize sources (type, anonymity, identity).

Kept apart from ``provenance.lexicons`` (cue verbs, claim shapes) because these
describe the *people and bodies* news cites, not how it cites them. Every entry
is general English news usage; none comes from a particular article. All
entries are lower case; matching code lower-cases and strips trailing periods.
"""

from __future__ import annotations

# Honorifics, ranks and offices written before a name. A source's resolved
# name keeps them ("Sen. Jane Roe"), its canonical identity key drops them.
# Multi-word ranks ("Maj. Gen.", "Lt. Col.") are sequences of these.
HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam
    sen senator rep representative gov governor lt lieut col gen maj capt cpt cmdr
    cdr adm brig sgt cpl pvt pfc spc insp det supt cmdr
    colonel general major captain lieutenant sergeant corporal private admiral
    brigadier commander commodore marshal
    rev reverend fr father pastor bishop archbishop cardinal pope rabbi imam
    sheikh sheik shaikh sheikha emir amir sultan king queen prince princess
    ayatollah mullah hojatoleslam grand
    judge justice magistrate mayor president premier chancellor
    councilman councilwoman councillor councilor alderman alderwoman
    detective inspector superintendent constable officer chief deputy
    ambassador secretary minister sec atty attorney hon honourable honorable alhaji alhaja
    """.split()
)

# Abbreviated titles and the nouns a later mention uses for their bearer:
# "Sen. Jane Roe ... the senator", "Gov. Ana Ruiz ... the governor".
TITLE_ABBREVIATIONS = {
    "sen": ("senator", "lawmaker"),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gov": ("governor",),
    "gen": ("general",),
    "col": ("colonel",),
    "lt": ("lieutenant",),
    "maj": ("major",),
    "capt": ("captain",),
    "cpt": ("captain",),
    "cmdr": ("commander",),
    "cdr": ("commander",),
    "adm": ("admiral",),
    "brig": ("brigadier",),
    "sgt": ("sergeant",),
    "insp": ("inspector",),
    "det": ("detective",),
    "supt": ("superintendent",),
    "prof": ("professor",),
    "dr": ("doctor",),
    "rev": ("reverend", "pastor"),
    "atty": ("attorney",),
}

# Honorifics that say which pronoun refers to the bearer.
MALE_HONORIFICS = frozenset("mr sir lord king prince father fr sheikh emir sultan".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss dame lady madam queen princess sheikha".split())

# Role nouns that say which pronoun refers to the bearer.
MALE_NOUNS = frozenset(
    """
    man men spokesman chairman businessman congressman councilman alderman
    father son brother husband boy widower uncle grandfather nephew king prince
    """.split()
)
FEMALE_NOUNS = frozenset(
    """
    woman women spokeswoman chairwoman businesswoman congresswoman councilwoman
    alderwoman mother daughter sister wife girl widow aunt grandmother niece
    queen princess actress
    """.split()
)

# Words that qualify the rank or office after them and stay with it: "Police
# Chief Ana Roe" keeps its rank as "Maj. Gen. Ana Roe" does; "state Sen. Ana
# Roe" is not a senator of the nation.
TITLE_QUALIFIERS = frozenset({"police", "state"})

# Capitalized words that sit between honorifics and the name proper without
# being part of it ("Deputy Labor Minister Ines Vallejo", "Chief Executive
# Laura Roe"). The name starts after the last of them.
ROLE_WORDS = frozenset(
    """
    minister secretary executive director chairman chairwoman chair spokesman
    spokeswoman spokesperson leader chief head manager coach commissioner
    ambassador envoy governor president vice deputy assistant acting interim
    general attorney prosecutor advocate counsel treasurer mayor speaker whip
    officer founder owner editor correspondent analyst economist strategist
    adviser advisor aide official negotiator representative delegate superintendent
    supervisor trustee principal dean provost rector chancellor premier taoiseach tanaiste tánaiste
    captain skipper striker midfielder defender goalkeeper forward quarterback
    substitute winger midfielder batsman bowler pitcher rookie veteran champion
    pitcher coordinator organizer organiser campaigner activist lawyer
    secretary-general director-general attorney-general
    dig igp dsp ssp sho
    """.split()
)

# Portfolio words of an office named with "of"/"for" before a name: "Secretary
# of State Ana Roe", "Minister of Foreign Affairs Ana Roe", "Chancellor of the
# Exchequer Ana Roe", "Minister for Women and Equalities Ana Roe", "Chairman of
# the Joint Chiefs of Staff Gen. Ana Roe". They belong to the title, so the name
# proper starts after them.
OFFICE_WORDS = frozenset(
    """
    state defense defence war treasury health finance finances justice interior
    education energy commerce labor labour agriculture transportation transport
    homeland security veterans affairs foreign home housing urban development
    trade industry environment economy economic culture information human
    services public works national intelligence staff exchequer navy army air
    force communications immigration commonwealth digital science technology
    innovation planning water resources natural mines petroleum oil tourism
    sport sports youth women family social welfare budget management federal
    reserve investigation central joint chiefs operations equalities legal local
    government regional international cooperation relations external internal
    safety emergency disaster civil aviation maritime fisheries forestry climate
    employment pensions work media arts heritage levelling rural food
    infrastructure scotland wales ireland northern police prisons research
    european african american asian arab united nations republic kingdom
    world monetary islamic supreme armed crown atlantic england
    """.split()
)

# Name particles: lower-case words and prefixes that belong inside a name.
# ``ARTICLE_PARTICLES`` ("Al-Assad" / "Assad") are dropped from the canonical
# key because writers add and drop them freely; the others are kept.
NAME_PARTICLES = frozenset(
    """
    al el ul bin ibn bint abu abou umm ben ba
    van von der den de del della di da dos das du la le lo st ter
    """.split()
)
ARTICLE_PARTICLES = frozenset("al el ul".split())
#: Particles that are also numbers: inside a name only ("Erik ten Hag"),
#: never opening one ("ten Britons").
INNER_PARTICLES = frozenset({"ten"})

# Post-nominal bits that are not part of a name.
NAME_SUFFIXES_DROP = frozenset("jr sr ii iii iv phd md esq qc kc mp".split())

# Legal forms after a company's name, which writers add and drop ("Acme Inc."
# and "Acme" are one company).
LEGAL_FORMS = frozenset("inc incorporated corp corporation co ltd limited llc plc ag sa nv se gmbh spa ab asa bv lp llp pty".split())

PERSON_PRONOUNS = {
    "he": ("m", 1),
    "him": ("m", 1),
    "his": ("m", 1),
    "she": ("f", 1),
    "her": ("f", 1),
    "they": (None, None),
    "them": (None, None),
    "we": (None, None),
    "i": (None, 1),
    "it": ("n", None),
    "its": ("n", None),
    "which": (None, None),
    "who": (None, None),
    "you": (None, None),
}

# Words (lower case) that make a capitalized name an organization.
ORG_NAME_WORDS = frozenset(
    """
    ministry department office agency authority administration commission
    committee council board bureau service services institute institution
    university college school academy hospital clinic trust foundation fund
    association alliance federation union league society coalition movement
    front party parliament congress senate assembly cabinet government
    court tribunal police army navy military force forces guard guards corps
    brigade battalion regiment division command ministry embassy consulate
    mission missions programme program organization organisation centre center
    centres centers services forces offices departments agencies councils
    inc incorporated ltd limited llc plc corp corporation co company companies
    group holdings partners capital securities markets bank bancorp exchange
    systems technologies technology tech pharmaceuticals pharma labs
    laboratories industries international global energy electric power oil
    gas airlines airways motors automotive logistics foods homes
    storage shipping lines railways railway networks network media studios
    entertainment records church mosque diocese club team fc
    water utilities insurance mining telecom telecoms communications
    therapeutics biosciences solutions ventures investments petroleum chemicals
    semiconductor semiconductors brands stores airport airports resources carriers freight
    railroad railroads bancshares relations affairs air enforcement games
    watch advice rights aid relief action initiative project partnership forum
    borders rebellion observatory
    street yard palace kremlin
    """.split()
)

# Lower-case nouns standing for an organization ("the company", "police").
ORG_NOUNS = frozenset(
    """
    company firm group organization organisation agency ministry department
    government administration regulator watchdog authority authorities police
    prosecutors prosecution defense defence army military navy council
    committee commission board court union party club team charity insurer
    lender bank bancorp carrier airline operator retailer manufacturer maker
    automaker developer utility supplier producer distributor publisher
    carmaker drugmaker chipmaker steelmaker planemaker shipbuilder brewer giant
    restaurant hospital school university institute trust
    foundation campaign coalition alliance federation association embassy
    consulate cabinet parliament legislature judges jury office
    brigade battalion militia delegation body league consortium syndicate
    guild society academy institution bureau secretariat tribunal conglomerate
    startup start-up nonprofit non-profit cooperative co-op
    opposition bloc junta regime kingdom country nation city province republic
    squad county state town township district borough village region municipality parish diocese
    archdiocese church mosque synagogue temple prison jail museum library zoo airport panel
    command headquarters leadership presidency fund management camp cartel section
    """.split()
)

# Nouns for documents and media as sources ("a report by", "court filings").
DOCUMENT_NOUNS = frozenset(
    """
    report reports study studies paper papers statement statements memo memos
    memorandum document documents filing filings affidavit affidavits indictment
    complaint lawsuit suit action ruling judgment judgement verdict data figures motion motions
    statistics stats analysis analyses survey surveys poll polls records record
    letter letters email emails e-mail message messages post posts tweet tweets
    video videos clip clips recording recordings minutes docket dockets modelling modeling trial trials footage investigation investigations review audit assessment estimate
    estimates forecast forecasts projection projections release transcript
    transcripts minutes order decree notice disclosure guidance guidelines
    research findings evidence testimony article articles editorial broadcast
    newsletter website bulletin communique communiqué dossier file files
    proposal draft plan budget bill law regulation regulations rules census
    index tally count chart charts map maps photos images cable cables
    sign signs banner banners placard placards poster posters billboard
    billboards caption captions label labels leaflet leaflets flyer flyers
    accounts logs receipts invoices returns
    tool tools tracker trackers database databases dashboard
    book books memoir memoirs chapter chapters biography essay essays
    calculation calculations numbers recording recordings videos photographs
    pictures logs notes text texts contract contracts agreement treaty charter
    manifesto petition warrant subpoena resolution slide slides presentation presentations
    inscription inscriptions plaque plaques headline headlines inquiry inquiries inquest inquests
    advisory advisories update updates announcement announcements consensus results response responses
    commercial commercials advertisement advertisements ad ads prospectus constitution
    """.split()
)

# Nouns for news organizations ("Dutch broadcaster X", "the newspaper").
MEDIA_NOUNS = frozenset(
    """
    newspaper newspapers paper broadcaster broadcasters magazine journal daily
    tabloid weekly outlet outlets agency channel network station website
    newswire wire site blog podcast programme program show television radio
    media
    """.split()
)
# Words inside a capitalized outlet name ("The Daily Courier", "Channel 4 News").
MEDIA_NAME_WORDS = frozenset(
    """
    times post news journal herald tribune gazette telegraph chronicle
    express mirror observer independent standard courier examiner inquirer
    dispatch bulletin ledger register record sentinel star sun globe review
    daily weekly magazine television tv radio broadcasting broadcast network
    channel press wire newswire reporter monitor today online
    """.split()
)

# Lower-case head nouns for people ("a senior official", "two sources").
# Plural forms are derived where regular; irregular ones listed too.
PERSON_NOUNS = frozenset(
    """
    official source person people individual insider diplomat aide adviser
    advisor analyst trader banker investor economist strategist spokesman
    spokeswoman spokesperson representative member members lawmaker legislator
    politician minister leader commander officer soldier fighter militant
    resident residents witness witnesses worker workers employee employees
    staffer staff executive manager director engineer expert specialist
    scientist researcher doctor physician nurse pediatrician paediatrician
    surgeon toxicologist epidemiologist lawyer attorney prosecutor judge
    parent parents mother father victim relative relatives friend neighbor
    neighbour farmer driver student teacher schoolteacher activist protester
    protestor organizer organiser campaigner negotiator mediator envoy
    delegate observer critic supporter opponent ally allies colleague associate
    consultant contractor journalist reporter editor publisher publishers
    player coach fan fans voter voters customer customers passenger passengers
    patient patients survivor survivors veteran veterans man men woman women
    child children boy girl teenager mp mep td msp mla senator congressman congresswoman
    councillor councilor cleric imam priest guard guards agent agents detective
    investigator investigators inspector regulator broker dealer merchant
    shopkeeper owner owners landlord tenant tenants villager villagers
    elder elders chief chiefs figure insiders sources officials
    diplomats aides advisers advisors analysts traders bankers investors
    economists strategists lawmakers legislators politicians ministers leaders
    commanders officers soldiers fighters militants experts specialists
    scientists researchers doctors physicians nurses lawyers attorneys
    prosecutors judges farmers drivers students teachers activists protesters
    organizers campaigners negotiators envoys delegates observers critics
    supporters opponents colleagues associates consultants journalists
    reporters editors players coaches mps senators clerics agents brokers
    dealers merchants someone anyone nobody somebody
    wife husband spouse son daughter brother sister uncle aunt cousin nephew niece
    grandmother grandfather grandson granddaughter widow widower fiance fiancee
    fiancé fiancée boyfriend girlfriend stepfather stepmother sons daughters
    brothers sisters cousins
    motorist motorists commuter commuters shopper shoppers pensioner pensioners
    retiree retirees homeowner homeowners fisherman fishermen nurse nurses
    forecaster forecasters meteorologist meteorologists firefighter firefighters
    paramedic paramedics rescuer rescuers medic medics demonstrator demonstrators
    tourist tourists pilot pilots sailor sailors miner miners
    athlete athletes cyclist cyclists runner runners swimmer swimmers skier skiers
    boxer boxers golfer golfers sprinter sprinters jockey jockeys gymnast gymnasts
    striker midfielder defender goalkeeper novelist novelists author authors writer
    writers artist artists actor actors actress singer singers musician musicians
    chef chefs designer designers architect architects historian historians
    candidate candidates nominee nominees challenger challengers incumbent
    contender contenders frontrunner front-runner hopeful hopefuls
    ceo ceos cfo coo cto family families
    defendant defendants plaintiff plaintiffs claimant claimants suspect suspects
    inmate inmates prisoner prisoners detainee detainees hostage hostages
    refugee refugees migrant migrants
    """.split()
)

# Nationality and party nouns that stand for a person after "the" ("the
# Spaniard said", "the Republican said"): sports and politics refer back so.
# (Not the "-ese" ones: "the Chinese said" is as often a government.)
DEMONYMS = frozenset(
    """
    american briton brit scot spaniard dane swede finn pole turk czech slovak serb croat greek
    cypriot german austrian belgian italian russian ukrainian belarusian georgian
    armenian iranian iraqi syrian jordanian israeli palestinian saudi emirati qatari
    egyptian libyan tunisian algerian moroccan nigerian ghanaian kenyan ethiopian somali
    ugandan cameroonian ivorian zimbabwean indian pakistani afghan
    bangladeshi korean filipino indonesian malaysian
    australian canadian mexican brazilian argentine argentinian chilean colombian peruvian
    venezuelan ecuadorian uruguayan cuban jamaican norwegian icelander estonian latvian
    lithuanian hungarian romanian bulgarian slovenian albanian bosnian kosovar moldovan
    republican democrat tory
    """.split()
)

# Partitive and count words at the start of a source ("one of the", "another").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "pair": 2, "couple": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "another": 1, "other": 1, "third": 1, "fourth": 1, "fifth": 1, "second": 1,
}

# Determiners that make a description definite (a back-reference).
DEFINITE_DETERMINERS = frozenset("the this that these those said".split())
POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
INDEFINITE_DETERMINERS = frozenset("a an one another some several many few".split())

# Statements that apply an anonymity reason to every anonymous source of the
# article ("All sources in this article spoke on condition of anonymity ...").
ARTICLE_WIDE_SUBJECTS = (
    r"all (?:of )?(?:the |our )?(?:sources|people|officials|those)",
    r"(?:the )?sources (?:quoted |cited |interviewed )?in this (?:article|story|report)",
    r"those (?:interviewed|quoted|who spoke)",
    r"(?:both|all) (?:spoke|asked|requested|declined)",
    r"(?:they|the sources|the officials|the people) all",
    r"none of (?:the|them)",
)

# Given names that say which pronoun refers to the bearer ("Thomas Hart" is
# "he", whatever pronoun happens to follow his first mention). Common given
# names of English-language news, with frequent international ones; names
# borne by men and women alike (Jordan, Taylor, Alex, Jean, Andrea) are left
# out, so their bearers keep the gender the article gives them.
MALE_GIVEN_NAMES = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmed ahmad alan albert alejandro alexander alfred ali
    andrew andrei andres angelo anthony antonio arthur barry ben benjamin bernard bill billy bob bobby
    boris brad bradley brandon brendan brett brian bruce bryan carl carlos charles chris christopher
    claude clive colin craig dale damian dan daniel darren david dean dennis derek diego dmitry
    dominic donald douglas duncan dylan edward eduardo edwin elijah emmanuel eric ernest ethan eugene
    evan fernando francis francisco frank fred frederick gabriel gareth gary gavin geoffrey george
    gerald gerard giovanni glenn gordon graham grant greg gregory gustavo harold harry hassan hector
    henry howard hugh hugo hussein ian ibrahim igor isaac ivan jack jacob jake james jason javier
    jeff jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph
    joshua juan julian justin karl keith kenneth kevin khalid kieran kyle lance larry lawrence
    leonard liam lloyd louis luis luke malcolm manuel marcus mario mark martin matthew max michael
    miguel mike mikhail mohamed mohammad mohammed muhammad nathan neil nicholas nick nigel noah
    norman oliver omar oscar owen patrick paul pedro peter philip phillip rafael ralph ramon randy
    raymond ricardo richard rick robert roberto rodney roger roland ronald ross roy russell ryan
    salim samuel scott sean sebastian sergei sergio seth shane simon stanley stephen steve steven
    stuart terry theodore thomas timothy todd tom tony travis trevor tyler victor vincent vladimir
    walter warren wayne william yusuf zachary
    abdel ahmet akira alasdair alastair alistair amir andre angus anil arjun arturo austin bilal
    blake brett callum cameron caleb chad cole connor cormac curtis darius declan dermot desmond dex
    dieter dimitri dmitri eamon elias emeka emil enrique ernesto ewan farid felipe felix fergus
    finn florian francesco franz fraser gianni gilbert guillermo gunnar hamish hans harvey hiroshi
    hamza ignacio iain jamal javed jesus joaquin josef jurgen kamal kenji kofi
    kwame lars leon leonardo lorenzo lucas luca magnus mahmoud marco marek matteo mehmet mateo
    milan mustafa nasser niall nikolai olaf oleg pablo pascal pavel piotr rahul raj rajesh ramon
    rashid reza rhys rodel rodrigo rory ruben rupert salvador samir santiago sanjay seamus sunil
    tariq teodoro thabo tobias tomas tomás uche viktor wilfred wolfgang xavier yosef yuri zoran
    """.split()
)
FEMALE_GIVEN_NAMES = frozenset(
    """
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
    angela angelica anita ann anna anne annette annie antonia barbara beatrice becky belinda
    beth betty beverly bianca brenda bridget brittany camila carla carmen carol caroline carolyn
    catherine cecilia charlotte cheryl chloe christina christine claire clara claudia colleen
    cynthia daisy daniela danielle deborah debra denise diana diane donna doris dorothy eleanor
    elena elizabeth ellen emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela
    gemma georgia gillian gloria grace hannah harriet heather helen helena holly ingrid irene isabel
    isabella jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna joanne
    josephine joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kay
    kimberly laura lauren leah linda lisa lois lorraine louise lucia lucy lydia lynn madeleine
    margaret maria marian marie marilyn marina marion martha mary maya megan melanie melissa michelle
    miriam molly monica nadia nancy naomi natalia natasha nicole nina nora olga olivia pamela patricia
    paula pauline penelope priya rachel rebecca regina rita roberta rosa rose ruth sabrina samantha
    sandra sara sarah sharon sheila shirley sofia sonia sophia sophie stephanie susan suzanne sylvia
    tamara tanya teresa theresa tiffany tina valerie vanessa veronica victoria virginia wendy yasmin
    yolanda yvonne zoe
    adaeze aileen ainsley aiko akua alessandra aliyah ama amara anya ashley aoife astrid aurora
    ayesha bernadette bethany blessing bronwen caitlin carmel cassandra catalina chiara
    chioma ciara constance daphne delia dolores edith eileen elaine eloise elsa esperanza eunice
    fatuma francesca freya gabrielle giulia gwen hadiza hazel hilda ida imelda imogen iris isla
    ivana jade jenna jolene juliet kaitlyn karina keiko kirsty lakshmi lara leila lila lorna
    lourdes lucinda mabel mackenzie maeve magdalena maggie mairead maribel marites marta matilda
    mercedes mia mildred mirela morag muriel nadine nkechi noor nuala oksana paloma petra pilar
    rania rhiannon rocio rosalind roxana sadia saoirse selina sienna siobhan sunita svetlana
    tatiana thandiwe una ursula valentina vera wanjiru winifred xiomara yuki zainab zara zsofia
    """.split()
)

#: Letters after a name: honours, degrees, seats, silk ("Dapo Olatunji, SAN").
POST_NOMINALS = frozenset("MP TD MEP MSP MLA MPP MHA MNA QC KC SC SAN OBE CBE MBE KBE DBE PhD MD JP".split())
