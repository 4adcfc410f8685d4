import ArgumentParser
import SurveyCoder

/// Generated Swedish answers to six report questions whose true themes are known.
///
/// Each question has four or five themes, and each theme is written in about ten different
/// ways, as respondents write the same thing: in at least four of five phrasings the theme's key
/// word appears, inflected, in a compound or abbreviated ("ML", "SKA", "NP", "åk"); the others
/// say it in other words. A respondent's statement may carry a lead-in ("Vi ser att …"), a place
/// or time, or a typo. Themes differ in how common they are. About one statement in fifteen belongs to no
/// theme: each such statement is drawn, without repeats, from a pool of unrelated remarks.
///
/// The first three questions are the ones the coder's settings were looked at on; the last
/// three are held out, written after those settings were fixed, and reported apart. Four more,
/// `freshQuestions`, were written later still (`coder-themes --fresh`), and three after those,
/// `laterQuestions` (`coder-themes --later`).
struct ThemedAnswerSet {
    struct Theme {
        var name: String
        /// How likely a respondent is to mention it.
        var popularity: Double
        var phrasings: [String]
    }

    struct Question {
        var id: String
        var text: String
        var themes: [Theme]
        /// Held out: not looked at while choosing the coder's settings.
        var heldOut: Bool
    }

    /// One question's generated answers and the theme of each statement written.
    struct Generated {
        var question: Question
        var answers: [Answer]
        /// The themes each respondent mentioned.
        var themesOfRespondent: [String: Set<Int>]
        /// Each written statement's theme (-1 for an unrelated remark), by respondent and text.
        var themeOfStatement: [StatementKey: Int]
    }

    static let questions: [Question] = [
        Question(id: "gladjeamnen", text: "Vilka glädjeämnen har identifierats?", themes: [
            Theme(name: "Matematiklyftet positivt", popularity: 0.45, phrasings: [
                "Matematiklyftet har tagits emot positivt av lärarna", "Lärarna är positiva till Matematiklyftet",
                "ML har varit mycket uppskattat", "Mattelyftet har gett lärarna ny energi",
                "Positivt att så många lärare deltar i Matematiklyftet", "Matematiklyftet fungerar bra på skolorna",
                "Responsen på matematiklyftet har varit god", "Lyftet har blivit en succé bland lärarna",
                "Stort engagemang i Matematiklyftet", "Lärarna uppskattar modulerna i Matematiklyftet",
            ]),
            Theme(name: "Delar erfarenheter", popularity: 0.35, phrasings: [
                "Vi delar erfarenheter med andra kommuner", "Erfarenhetsutbytet med de andra kommunerna är värdefullt",
                "Att få ta del av andra kommuners erfarenheter", "Utbyte av erfarenheter i nätverket",
                "Kommunerna delar generöst med sig av sina erfarenheter", "Vi lär oss mycket av de andra kommunernas erfarenheter",
                "Erfarenheter från andra kommuner ger nya idéer", "Givande att höra hur andra kommuner arbetar",
                "Nätverket ger möjlighet att dela erfarenheter", "Erfarenhetsutbyte över kommungränserna",
            ]),
            Theme(name: "Givande diskussioner", popularity: 0.3, phrasings: [
                "Givande diskussioner i kommungruppen", "Diskussionerna på skolorna har varit givande",
                "Bra diskussioner om matematikundervisningen", "Lärarna diskuterar undervisningen mer än tidigare",
                "Diskussionerna i arbetslagen har blivit djupare", "Vi har fått till bra pedagogiska diskussioner",
                "Samtalen om matematik har ökat på skolorna", "Livliga diskussioner bland rektorerna",
                "Diskussioner om elevernas lärande på alla nivåer", "Många givande samtal och diskussioner",
            ]),
            Theme(name: "Politikernas engagemang", popularity: 0.15, phrasings: [
                "Politikerna har visat stort intresse", "Nämnden är engagerad i satsningen",
                "Politiskt engagemang för matematiken", "Politikerna frågar efter resultaten",
                "Ökat intresse från politikerna", "Barn- och utbildningsnämnden följer arbetet med intresse",
                "Politikerna deltar aktivt i kommungruppen", "Det politiska stödet har stärkts",
                "Engagerade politiker i nämnden", "Politikernas intresse för skolfrågor har ökat",
            ]),
            Theme(name: "Bättre resultat", popularity: 0.2, phrasings: [
                "Resultaten på de nationella proven har förbättrats", "Bättre resultat på NP i åk 6",
                "Fler elever når kunskapskraven i matematik", "Förbättrade matematikresultat på flera skolor",
                "Resultaten har gått upp i årskurs 9", "Vi ser en positiv resultatutveckling",
                "Andelen elever som klarar proven har ökat", "Elevernas resultat i matematik har blivit bättre",
                "Höjda resultat på nationella prov", "Resultatförbättringar i åk 3",
            ]),
        ], heldOut: false),
        Question(id: "svarigheter", text: "Vilka svårigheter har identifierats?", themes: [
            Theme(name: "Tidsbrist", popularity: 0.45, phrasings: [
                "Svårt att hitta tid för träffarna", "Tiden räcker inte till", "Tidsbrist hos lärarna",
                "Det är svårt att få tiden att räcka till", "Att hitta gemensam tid för kommungruppen",
                "Brist på tid för planering", "Schemaläggningen gör det svårt att hitta tid",
                "Tiden är den största utmaningen", "Svårt att avsätta tid till arbetet", "För lite tid",
            ]),
            Theme(name: "Förankring", popularity: 0.3, phrasings: [
                "Förankringen i organisationen är svår", "Svårt att förankra satsningen hos rektorerna",
                "Satsningen är inte förankrad bland lärarna", "Förankring på alla nivåer tar tid",
                "Bristande förankring hos politikerna", "Det tar tid att förankra arbetet ute på skolorna",
                "Att nå ut till alla lärare med satsningen", "Satsningen har inte nått ut i hela organisationen",
                "Förankringsarbetet går långsamt", "Svag förankring i ledningsgruppen",
            ]),
            Theme(name: "Byten av chefer och personal", popularity: 0.25, phrasings: [
                "Byte av förvaltningschef", "Flera rektorsbyten under året", "Byten av lärare och hög personalomsättning",
                "Rektorsbyten på flera skolor", "Chefsbyten har försvårat arbetet", "Många byten i ledningen",
                "Omsättningen av rektorer är hög", "Täta byten gör att kunskapen försvinner",
                "Ny skolchef sedan i våras", "Rektorerna byts ofta",
            ]),
            Theme(name: "Ekonomi och resurser", popularity: 0.2, phrasings: [
                "Ekonomin är ansträngd", "Brist på ekonomiska resurser", "Besparingar på grund av kommunens ekonomi",
                "Ekonomin räcker inte till fortbildning", "Neddragningar av ekonomiska skäl", "Budgeten och ekonomin räcker inte till vikarier",
                "Ekonomiska begränsningar", "Små ekonomiska resurser till matematiksatsningen", "Kommunens ekonomi är svag",
                "Resurserna är otillräckliga", "Besparingar i kommunen",
            ]),
            Theme(name: "Behöriga lärare", popularity: 0.15, phrasings: [
                "Svårt att rekrytera behöriga matematiklärare", "Brist på behöriga lärare",
                "Många lärare saknar behörighet i matematik", "Lärarbristen är ett problem",
                "Vi har svårt att anställa behöriga lärare", "Obehöriga lärare undervisar i matematik",
                "Behörigheten bland matematiklärarna är låg", "Få sökande till lärartjänsterna",
                "Behörighet saknas hos flera lärare", "Bristen på behöriga lärare ökar", "Behöriga lärare är svåra att hitta",
            ]),
        ], heldOut: false),
        Question(id: "lankats", text: "På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?", themes: [
            Theme(name: "Matematiklyftet", popularity: 0.55, phrasings: [
                "Satsningen har kopplats ihop med Matematiklyftet", "Vi deltar i Matematiklyftet parallellt",
                "ML är en del av satsningen", "Mattelyftet och PISA 2015 hänger ihop",
                "Matematiklyftet startar på alla skolor i höst", "Kopplingen till matematiklyftet är tydlig",
                "Lärarna går Matematiklyftet", "Matematiklyftet ger verktyg till lärarna",
                "Samordnat med Skolverkets Matematiklyft", "Lyftet och satsningen stöttar varandra",
            ]),
            Theme(name: "Systematiska kvalitetsarbetet", popularity: 0.35, phrasings: [
                "Arbetet är en del av det systematiska kvalitetsarbetet", "Kopplat till kommunens systematiska kvalitetsarbete",
                "Resultaten följs upp i kvalitetsarbetet", "Ingår i SKA", "Vi har fört in satsningen i kvalitetsarbetet",
                "Uppföljningen sker inom ramen för det systematiska kvalitetsarbetet", "Satsningen följs upp i kvalitetsredovisningen",
                "En del av vårt systematiska kvalitetsarbete", "Kvalitetsarbetet på skolorna tar upp matematiken",
                "Följs upp i det systematiska kvalitetsarbetet varje år",
            ]),
            Theme(name: "Befintliga projekt och kompetensutveckling", popularity: 0.3, phrasings: [
                "Satsningen passar in i befintliga kompetensutvecklingsinsatser", "Det finns ett övergripande projekt som satsningen ingår i",
                "Ingår i kommunens utvecklingsprogram", "Kompletterar den kompetensutveckling som redan pågår",
                "En del av kommunens övergripande matematiksatsning", "Satsningen ingår i ett större skolutvecklingsprojekt",
                "Vi har kopplat arbetet till pågående kompetensutveckling", "Bygger vidare på tidigare utvecklingsprojekt",
                "Passar in i kommunens befintliga utvecklingsprojekt", "Del av ett övergripande skolutvecklingsprogram",
            ]),
            Theme(name: "Skolplan och verksamhetsplan", popularity: 0.15, phrasings: [
                "Målen finns med i skolplanen", "Satsningen är inskriven i verksamhetsplanen", "Skolplanen lyfter matematiken",
                "Kopplat till verksamhetsplanens mål", "Matematiken är prioriterad i skolplanen",
                "Ingår i förvaltningens verksamhetsplan", "Skolplanens mål gäller även satsningen",
                "Verksamhetsplanen tar upp matematiksatsningen",
            ]),
        ], heldOut: false),
        Question(id: "natverk-upplevts", text: "Hur har arbetet i nätverket upplevts?", themes: [
            Theme(name: "Positivt", popularity: 0.5, phrasings: [
                "Mycket positivt", "Nätverksarbetet har upplevts som positivt", "Positivt och lärorikt",
                "Övervägande positivt", "Vi är mycket nöjda med nätverket", "Nätverket har varit positivt för kommunen",
                "Positiva erfarenheter av nätverksträffarna", "Alla i kommungruppen är positiva", "Väldigt positivt",
                "Positivt för alla nivåer",
            ]),
            Theme(name: "Kritiska vänner", popularity: 0.3, phrasings: [
                "Kritiska vänner är bra", "Den kritiska granskningen har utvecklat oss",
                "Att vara kritisk vän åt varandra är lärorikt", "Kritiska vänner ger nya perspektiv",
                "Granskningen från de kritiska vännerna var värdefull", "Rollen som kritisk vän har varit utvecklande",
                "Bra med kritiska frågor från de andra kommunerna", "Värdefullt att bli granskad av kritiska vänner",
                "Kritisk vän-besöken har gett mycket",
            ]),
            Theme(name: "Tidskrävande", popularity: 0.2, phrasings: [
                "Nätverksträffarna tar mycket tid", "Tidskrävande att förbereda träffarna", "Svårt att hinna med mellan träffarna",
                "Det är mycket att göra mellan nätverksträffarna", "Resorna till träffarna tar tid",
                "Arbetet mellan träffarna är tidskrävande", "Hemuppgifterna tar för mycket tid", "Tiden mellan träffarna räcker inte",
                "Det tar tid att förbereda sig", "Tidsbrist mellan träffarna",
            ]),
            Theme(name: "Inspirerande konferenser", popularity: 0.2, phrasings: [
                "Konferenserna har varit inspirerande", "Inspirerande föreläsningar på konferenserna",
                "Givande och inspirerande konferenser", "Föreläsarna på konferenserna har varit bra", "Konferensdagarna ger inspiration",
                "Bra föreläsningar och workshops", "Konferensen i Stockholm var mycket bra", "Inspiration från föreläsarna",
                "Konferenserna ger ny energi", "Bra upplägg på konferenserna",
            ]),
        ], heldOut: true),
        Question(id: "involverats", text: "Hur har rektorer och lärare involverats i arbetet?", themes: [
            Theme(name: "Rektorerna informerar lärarna", popularity: 0.45, phrasings: [
                "Rektorerna informerar lärarna", "Rektorerna har informerat på arbetsplatsträffar",
                "Information via rektorerna till lärarna", "Varje rektor informerar sin personal",
                "Rektorerna har tagit med sig informationen till skolorna", "Information på APT av rektor",
                "Rektorerna för informationen vidare till lärarna", "Lärarna informeras av sina rektorer",
                "Rektor har informerat alla lärare",
            ]),
            Theme(name: "Matematikutvecklare", popularity: 0.3, phrasings: [
                "Matematikutvecklarna sprider arbetet till skolorna", "Kommunens matematikutvecklare besöker skolorna",
                "Genom matematikutvecklaren", "Matematikutvecklare informerar i nätverk",
                "Vi har matematikutvecklare som håller i arbetet", "Matteutvecklarna stöttar lärarna",
                "Matematikutvecklaren träffar lärarna regelbundet", "Via våra matematikutvecklare",
            ]),
            Theme(name: "Intranät och nyhetsbrev", popularity: 0.25, phrasings: [
                "Information på intranätet", "Via intranätet och informationsblad", "Nyhetsbrev till alla lärare",
                "Vi har skickat ut infoblad", "Informationen finns på kommunens intranät", "Ett nyhetsbrev om satsningen",
                "Intranätet används för att sprida information", "Informationsblad till skolorna",
            ]),
            Theme(name: "Förstelärare och matematikombud", popularity: 0.2, phrasings: [
                "Förstelärarna leder arbetet på skolorna", "Varje skola har ett matematikombud",
                "Förstelärare i matematik driver arbetet", "Matematikombuden träffas regelbundet", "Genom förstelärarna",
                "Förstelärarna har fått ansvar för satsningen", "Matematikombud på varje enhet",
            ]),
        ], heldOut: true),
        Question(id: "kompetens-atgarder", text: "Vilka åtgärder planeras för lärarnas kompetens?", themes: [
            Theme(name: "Förstelärare", popularity: 0.35, phrasings: [
                "Vi tillsätter förstelärare i matematik", "Förstelärare på varje skola", "Karriärtjänster med matematikinriktning",
                "Fler förstelärare i matematik", "Satsning på förstelärare", "Förstelärartjänster inom matematik",
                "Förstelärarna får ett tydligare uppdrag", "Nya förstelärare rekryteras",
            ]),
            Theme(name: "Kollegialt lärande", popularity: 0.35, phrasings: [
                "Kollegialt lärande i lärgrupper", "Vi satsar på kollegialt lärande", "Lärarna lär av varandra",
                "Utveckla det kollegiala lärandet", "Lärgrupper varannan vecka", "Auskultationer och kollegialt lärande",
                "Mer tid för kollegialt lärande", "Kollegiala observationer av lektioner", "Kollegialt lärande i arbetslagen",
                "Mer kollegialt lärande på skolorna",
            ]),
            Theme(name: "Behörighet", popularity: 0.25, phrasings: [
                "Kartläggning av lärarnas behörighet", "Alla lärare ska bli behöriga i matematik",
                "Behörighetsgivande utbildning för lärare", "Obehöriga lärare får läsa in behörighet",
                "Lärarlyftet för att öka behörigheten", "Rekrytera behöriga matematiklärare", "Fler behöriga lärare i matematik",
                "Behörigheten ska höjas",
            ]),
            Theme(name: "Matematiklyftet", popularity: 0.3, phrasings: [
                "Alla lärare ska gå Matematiklyftet", "Fortsatt deltagande i ML", "Matematiklyftet för fler lärare",
                "Mattelyftet i alla årskurser", "Ytterligare en omgång av Matematiklyftet", "Fler moduler i Matematiklyftet",
                "Matematiklyftet fortsätter nästa år", "Lärarna i åk 1-3 går lyftet",
            ]),
            Theme(name: "Digitala verktyg", popularity: 0.15, phrasings: [
                "Fortbildning i digitala verktyg", "Utbildning i IKT för matematiklärare", "Lärarna får lära sig digitala hjälpmedel",
                "Surfplattor i matematikundervisningen", "Kurs i digitala läromedel", "Digitala verktyg i undervisningen",
                "Digitala hjälpmedel i matematik", "Fler digitala verktyg",
            ]),
        ], heldOut: true),
    ]

    /// Four more questions, written on 2026-12-07 after every setting of the coder was fixed and
    /// before the coder first ran on them: a check that the method carries over to answers it was
    /// never looked at on (`coder-themes --fresh`). They include what is hard for a coder that
    /// reads words: themes said in words that share nothing ("pojkar", "killarna", "tjejerna"),
    /// abbreviations no glossary lists ("EHT"), and words that several themes use ("resultat",
    /// "mål", "augusti"). Five changes were found on them the same day (docs/coder.md, "Fresh
    /// questions"), so they are no longer unseen either.
    static let freshQuestions: [Question] = [
        Question(id: "malen-vetskap", text: "Hur har lärarna fått vetskap om målen?", themes: [
            Theme(name: "Rektorerna på arbetsplatsträffar", popularity: 0.45, phrasings: [
                "Rektorerna har gått igenom målen på arbetsplatsträffar", "Målen presenterades på APT",
                "Varje rektor har informerat sina lärare om målen", "Genom rektorerna", "På arbetsplatsträffarna i augusti",
                "Rektor tog upp målen på en arbetsplatsträff", "Skolledningen har presenterat målen för personalen",
                "Via rektorerna på respektive skola", "Rektorerna ansvarar för att lärarna känner till målen",
            ]),
            Theme(name: "Verksamhetsplanen", popularity: 0.3, phrasings: [
                "Målen finns i verksamhetsplanen", "Målen är inskrivna i skolornas arbetsplaner", "Genom kommunens verksamhetsplan",
                "Verksamhetsplanen har delats ut till alla lärare", "Målen står i den lokala arbetsplanen",
                "Skriftligt i verksamhetsplanen för grundskolan", "Alla enheter har fått verksamhetsplanen", "Målen har förts in i skolplanen",
            ]),
            Theme(name: "Ämnesträffar för matematiklärare", popularity: 0.25, phrasings: [
                "Matematiklärarna träffas i ämnesgrupper", "På ämnesträffar för matematiklärare", "Mattelärarna har gemensamma ämneskonferenser",
                "I ämneslagen i matematik", "Ämnesgruppen i matematik har diskuterat målen", "Vid träffar i matematiklärarnas nätverk",
                "Lärare i matematik möts varje månad i ämnesgrupp", "Genom ämnesansvariga i matematik",
            ]),
            Theme(name: "Studiedag", popularity: 0.2, phrasings: [
                "På studiedagen i augusti", "Vid en gemensam uppstartsdag för alla lärare", "Målen presenterades på höstens studiedag",
                "På en kommungemensam studiedag", "Uppstartsdagen inför läsåret tog upp målen", "Under kompetensutvecklingsdagen i januari",
                "Alla lärare samlades på en studiedag", "Föreläsning om målen på planeringsdagarna",
            ]),
        ], heldOut: true),
        Question(id: "slutsatser-malen", text: "Vilka slutsatser har kommunen dragit av uppföljningen av målen?", themes: [
            Theme(name: "Resultaten har förbättrats", popularity: 0.4, phrasings: [
                "Resultaten har förbättrats", "Vi ser bättre resultat i årskurs 6", "Fler elever når målen i matematik",
                "Resultatförbättringen är tydlig", "Andelen godkända har ökat", "Resultaten på de nationella proven har gått upp",
                "Förbättrade resultat på flera skolor", "Positiv resultatutveckling sedan förra året", "Eleverna presterar bättre än tidigare",
            ]),
            Theme(name: "Skillnader mellan skolor", popularity: 0.3, phrasings: [
                "Stora skillnader mellan skolorna", "Skillnaderna mellan kommunens skolor ökar", "Resultaten varierar mycket mellan enheterna",
                "Vissa skolor har betydligt lägre resultat", "Olikheterna mellan skolorna är oroande", "Skolorna skiljer sig åt",
                "Likvärdigheten mellan skolorna brister", "Stor spridning mellan skolor",
            ]),
            Theme(name: "Pojkar och flickor", popularity: 0.2, phrasings: [
                "Pojkarna presterar sämre än flickorna", "Skillnaden mellan pojkar och flickor består", "Flickorna har högre betyg",
                "Killarna halkar efter", "Könsskillnaderna i resultat har ökat", "Pojkarnas resultat behöver lyftas",
                "Tjejerna når målen i högre grad", "Pojkar når inte målen i samma utsträckning",
            ]),
            Theme(name: "För tidigt att säga", popularity: 0.25, phrasings: [
                "Det är för tidigt att dra några slutsatser", "För tidigt att se effekter", "Effekterna syns först om några år",
                "Vi behöver följa utvecklingen längre", "Svårt att dra slutsatser efter ett år", "Underlaget är för litet för att dra slutsatser",
                "Det tar tid innan resultaten syns", "Inga säkra slutsatser ännu",
            ]),
            Theme(name: "Bättre analys behövs", popularity: 0.2, phrasings: [
                "Vi behöver bli bättre på att analysera resultaten", "Analysarbetet måste utvecklas", "Behov av fördjupad analys",
                "Statistiken behöver analyseras bättre", "Analysen på skolnivå är för svag", "Skolorna behöver stöd i analysarbetet",
                "Vi saknar verktyg för att analysera", "Bättre analyser av elevernas resultat",
            ]),
        ], heldOut: true),
        Question(id: "stod-rutiner", text: "Vilka rutiner finns för att fånga upp elever i behov av stöd?", themes: [
            Theme(name: "Elevhälsoteam", popularity: 0.4, phrasings: [
                "Elevhälsoteamet träffas varje vecka", "Elever i behov av stöd tas upp i EHT", "Via elevhälsan",
                "Elevhälsoteamen på skolorna följer upp eleverna", "Regelbundna möten med elevhälsoteamet", "Elevhälsan har rutiner för detta",
                "Mentorerna anmäler till elevhälsoteamet", "Ärenden lyfts på elevhälsokonferenser",
            ]),
            Theme(name: "Kartläggning och screening", popularity: 0.35, phrasings: [
                "Alla elever kartläggs i årskurs 1", "Screening i matematik varje termin", "Vi använder Diamantdiagnoserna",
                "Kartläggningar av elevernas kunskaper", "Diagnoser i matematik två gånger per år", "Screeningen fångar upp elever tidigt",
                "Kartläggningsmaterial från Skolverket", "Tidig kartläggning i förskoleklass",
            ]),
            Theme(name: "Specialpedagoger", popularity: 0.3, phrasings: [
                "Specialpedagogen följer upp eleverna", "Specialpedagogerna gör pedagogiska utredningar", "Varje skola har en specialpedagog",
                "Speciallärare i matematik stöttar", "Specialpedagogiskt stöd i mindre grupp", "Specialpedagogen handleder lärarna",
                "Resursteam med specialpedagoger", "Stöd av speciallärare",
            ]),
            Theme(name: "Extra anpassningar och åtgärdsprogram", popularity: 0.25, phrasings: [
                "Extra anpassningar görs i klassrummet", "Åtgärdsprogram skrivs vid behov", "Lärarna gör extra anpassningar",
                "Åtgärdsprogrammen följs upp varje termin", "Anpassningar i undervisningen", "Rutiner för extra anpassningar och särskilt stöd",
                "Åtgärdsprogram upprättas när anpassningar inte räcker", "Dokumenterade anpassningar för varje elev",
            ]),
        ], heldOut: true),
        Question(id: "forvantningar-atgarder", text: "Vilka åtgärder har beslutats för att höja förväntningarna på eleverna?", themes: [
            Theme(name: "Föreläsningar", popularity: 0.3, phrasings: [
                "Föreläsning om höga förväntningar för all personal", "Vi har bjudit in en föreläsare", "Alla lärare har lyssnat på en föreläsning",
                "Föreläsningar på studiedagarna", "En forskare har föreläst om förväntningar", "Inspirationsföreläsning för rektorerna",
                "Föreläsningsserie under läsåret", "Gemensam föreläsning för kommunens lärare",
            ]),
            Theme(name: "Utmaningar för högpresterande", popularity: 0.25, phrasings: [
                "Mer utmaningar för högpresterande elever", "Särskilda grupper för elever som behöver utmaning", "Vi satsar på särbegåvade elever",
                "Matematiktävlingar för intresserade elever", "Utmanande uppgifter för de duktigaste", "Acceleration för elever som ligger långt fram",
                "Elever får läsa kurser på gymnasiet", "Fördjupningsuppgifter till högpresterande",
            ]),
            Theme(name: "Förhållningssätt och elevsyn", popularity: 0.3, phrasings: [
                "Diskussioner om förhållningssätt i arbetslagen", "Vi arbetar med en gemensam värdegrund", "Samtal om förväntningar i alla arbetslag",
                "Förhållningssättet till eleverna har diskuterats", "Gemensamma diskussioner om elevsyn", "Värdegrundsarbete på alla skolor",
                "Arbetslagen har samtalat om elevernas förmågor", "Litteraturstudier om förhållningssätt",
            ]),
            Theme(name: "Tydliga mål för eleverna", popularity: 0.3, phrasings: [
                "Eleverna får tydliga mål", "Målen görs tydliga för eleverna", "Alla elever ska veta vad som förväntas",
                "Tydliggjorda kunskapskrav", "Lärarna tydliggör målen i varje lektion", "Lärandemål på tavlan",
                "Eleverna sätter egna mål", "Tydligare mål och kunskapskrav i matematik",
            ]),
        ], heldOut: true),
    ]

    /// Three questions written after the fresh ones, and after the changes the fresh ones led to,
    /// before the coder first ran on them (`coder-themes --later`): a check on those changes
    /// that none of them was looked at for. Their themes are written as the fresh ones are:
    /// some share a word in most phrasings, some are said in words that share nothing.
    static let laterQuestions: [Question] = [
        Question(id: "lardomar-natverk", text: "Vad har kommunen lärt sig av arbetet i nätverket?", themes: [
            Theme(name: "Andra kommuners arbetssätt", popularity: 0.4, phrasings: [
                "Vi har fått se hur andra kommuner organiserar arbetet", "Inspiration från de andra kommunerna",
                "Bra att jämföra oss med andra", "Vi har tagit efter Lunds modell för uppföljning", "Andra kommuners exempel har gett idéer",
                "Goda exempel från nätverket", "Hur andra huvudmän styr sina skolor", "Vi har lånat arbetssätt från grannkommunen",
            ]),
            Theme(name: "Vikten av analys", popularity: 0.3, phrasings: [
                "Vikten av att analysera resultaten", "Att analysen måste göras närmare klassrummet",
                "Vi har lärt oss att ställa bättre frågor till statistiken", "Betydelsen av en gemensam analys",
                "Att inte nöja sig med siffror utan fråga varför", "Resultatanalyser ger en bättre grund för beslut",
                "Djupare analyser av elevresultaten", "Analysarbetet har blivit en naturlig del",
            ]),
            Theme(name: "Styrkedjan", popularity: 0.3, phrasings: [
                "Hela styrkedjan måste vara med", "Vikten av att politiker, förvaltning och rektorer drar åt samma håll",
                "Sambandet mellan nämnd och klassrum", "Att förvaltningen måste vara ett stöd för rektorerna",
                "Kommunikationen mellan huvudman och skola är avgörande", "Tydlig styrning från huvudmannen",
                "Styrkedjan från politik till lärare", "Ledningen behöver hänga ihop på alla nivåer",
            ]),
            Theme(name: "Långsiktighet", popularity: 0.2, phrasings: [
                "Förändring tar tid", "Att det krävs uthållighet", "Vi måste tänka långsiktigt", "Det går inte att skynda på",
                "Långsiktighet är nyckeln", "Att hålla i och hålla ut", "Tålamod behövs innan effekter syns", "Utvecklingsarbete är ett maraton",
            ]),
        ], heldOut: true),
        Question(id: "undervisning-forandring", text: "Vilka förändringar i matematikundervisningen har ni sett?", themes: [
            Theme(name: "Matematiska samtal", popularity: 0.4, phrasings: [
                "Eleverna pratar mer matematik", "Mer kommunikation på lektionerna", "Matematiska samtal i helklass", "Eleverna resonerar mer",
                "Lärarna leder fler gemensamma diskussioner", "Fler muntliga genomgångar", "Eleverna får förklara hur de tänker",
                "Samtalen om matematik har blivit fler",
            ]),
            Theme(name: "Mindre läroboksstyrt", popularity: 0.3, phrasings: [
                "Undervisningen är mindre läroboksstyrd", "Lärarna har släppt boken", "Mindre enskilt arbete i matteboken",
                "Läroboken styr inte längre", "Fler egna uppgifter istället för boken", "Vi har gått ifrån att räkna i boken",
                "Läromedlet används mer flexibelt", "Bort från tyst räknande",
            ]),
            Theme(name: "Problemlösning", popularity: 0.3, phrasings: [
                "Mer problemlösning", "Rika problem används oftare", "Eleverna löser problem i grupp", "Fler problemlösningsuppgifter",
                "Lektionerna börjar ofta med ett problem", "Problembaserad undervisning", "Öppna uppgifter med flera lösningar",
                "Problemlösningsförmågan tränas mer",
            ]),
            Theme(name: "Digitala verktyg", popularity: 0.25, phrasings: [
                "Digitala verktyg används mer", "Eleverna arbetar med lärplattor", "Mer GeoGebra i undervisningen", "Programmering i matematiken",
                "Datorer i matematikundervisningen", "Vi har infört digitala läromedel", "Interaktiva tavlor används på lektionerna",
                "Appar för färdighetsträning",
            ]),
            Theme(name: "Formativ bedömning", popularity: 0.25, phrasings: [
                "Mer formativ bedömning", "Exit tickets efter lektionerna", "Lärarna ger återkoppling under lektionen",
                "Tydligare lärandemål och återkoppling", "Bedömning för lärande", "Eleverna vet var de befinner sig",
                "Mini whiteboards för att se vad alla kan", "Kamratbedömning",
            ]),
        ], heldOut: true),
        Question(id: "fortroendevalda", text: "Hur har de förtroendevalda följt arbetet?", themes: [
            Theme(name: "Rapporter till nämnden", popularity: 0.45, phrasings: [
                "Nämnden får rapporter varje termin", "Förvaltningen redovisar för nämnden", "Återrapportering till barn- och utbildningsnämnden",
                "Nämnden har fått en lägesrapport", "Regelbundna redovisningar i nämnden", "Uppföljningen redovisas för politikerna",
                "Skriftlig rapport till nämnden två gånger per år", "BUN får information vid varje sammanträde",
            ]),
            Theme(name: "Skolbesök", popularity: 0.25, phrasings: [
                "Politikerna har besökt skolorna", "Nämndens ledamöter gör skolbesök", "Studiebesök på skolor",
                "Politiker har varit med på lektioner", "Varje ledamot har en fadderskola", "Besök i klassrummen",
                "Ordföranden har besökt alla enheter", "Politikerna har träffat elever och lärare på plats",
            ]),
            Theme(name: "Dialog med rektorer", popularity: 0.3, phrasings: [
                "Dialogmöten mellan nämnd och rektorer", "Rektorerna har träffat politikerna", "Gemensamma möten med skolledare och politiker",
                "Rektorerna presenterar sina resultat för nämnden", "Kvalitetsdialoger med rektorerna",
                "Samtal mellan förtroendevalda och skolledningar", "Resultatdialog varje höst", "Politiker och rektorer har diskuterat resultaten",
            ]),
            Theme(name: "Budget och beslut", popularity: 0.2, phrasings: [
                "Nämnden har avsatt extra pengar", "Särskilda medel till matematiken i budgeten", "Beslut om fler förstelärare",
                "Politikerna har prioriterat satsningen ekonomiskt", "Extra resurser har beslutats", "Satsningen finns med i budgeten",
                "Kommunfullmäktige har gett uppdraget", "Mer pengar till kompetensutveckling",
            ]),
        ], heldOut: true),
    ]

    /// Which generated questions a benchmark codes: `--six` (the default), `--fresh` or `--later`.
    enum Choice: String, EnumerableFlag {
        case six, fresh, later

        var questions: [Question] {
            switch self {
            case .six: ThemedAnswerSet.questions
            case .fresh: ThemedAnswerSet.freshQuestions
            case .later: ThemedAnswerSet.laterQuestions
            }
        }

        static func help(for value: Choice) -> ArgumentHelp? {
            switch value {
            case .six: "The six questions (ThemedAnswerSet.questions)."
            case .fresh: "The four fresh questions (ThemedAnswerSet.freshQuestions) instead of the six."
            case .later: "The three later questions (ThemedAnswerSet.laterQuestions) instead of the six."
            }
        }
    }

    /// The pilot year's question each generated question asks again (the year-2 form's ids).
    static let pilotQuestion: [String: String] = [
        "gladjeamnen": "gladjeamnen", "svarigheter": "svarigheter", "lankats": "lankats",
        "natverk-upplevts": "natverk-upplevts", "involverats": "involverats", "kompetens-atgarder": "satser.larares-kompetens.atgarder",
    ]

    /// The pilot year's category (by id, responses/codes) each theme is about, where the pilot
    /// year had one; the other themes are new this year.
    static let pilotCategories: [String: [String: String]] = [
        "gladjeamnen": ["Matematiklyftet positivt": "matematiklyftet-positivt", "Delar erfarenheter": "delar-erfarenheter",
                        "Givande diskussioner": "givande-diskussioner"],
        "svarigheter": ["Tidsbrist": "tid", "Förankring": "forankring"],
        "lankats": ["Matematiklyftet": "matematiklyftet", "Systematiska kvalitetsarbetet": "systematiska-kvalitetsarbetet",
                    "Befintliga projekt och kompetensutveckling": "befintliga-insatser"],
        "natverk-upplevts": ["Positivt": "positivt", "Kritiska vänner": "kritiska-vanner", "Inspirerande konferenser": "givande-inspirerande"],
        "involverats": ["Rektorerna informerar lärarna": "rektorer-informerats", "Matematikutvecklare": "matematikutvecklare",
                        "Intranät och nyhetsbrev": "intranat-infoblad"],
        "kompetens-atgarder": ["Förstelärare": "karriartjanster", "Behörighet": "behorig-personal", "Matematiklyftet": "matematiklyftet-beslut"],
    ]

    /// Remarks that belong to no theme, drawn without repeats within a question.
    static let unrelated = [
        "Skolbiblioteket har fått nya lokaler", "Vi har bytt schemasystem", "Idrottshallen renoveras",
        "Elevrådet har startat en kampanj", "Skolmaten har fått beröm", "Det har varit mycket snö i vinter",
        "Vi väntar på besked från Skolinspektionen", "Skolskjutsarna har ändrats", "Vaktmästaren har gått i pension",
        "En ny förskola byggs i centrum", "Kulturskolan har fler elever", "Vi har haft en brand i ett förråd",
        "Frånvaron bland eleverna är oförändrad", "Webbplatsen ska göras om", "Lokalerna är trånga",
        "Se bilaga", "Inget särskilt att rapportera", "Återkommer i nästa rapport", "Vet inte",
        "Frågan är oklar för oss", "Har inte diskuterats", "Samma som förra året", "Svårt att säga",
        "Musikundervisningen har fått nya instrument", "Vi har en ny simhall", "Läsårstiderna ändras nästa år",
        "Skolgården har rustats upp", "Modersmålsundervisningen har organiserats om", "Städningen har upphandlats",
        "Fritidsgården har fått längre öppettider", "Bussarna går för sällan", "Ventilationen på Östra skolan är dålig",
        "Vi har infört en ny lönemodell", "Gymnasiet har fått nya program", "Elevhälsan har en ny skolsköterska",
        "Det är lugnt på rasterna", "Föräldramötena var välbesökta", "Kommunen har ett nytt logotyp",
        "Vi planerar en temadag om hälsa", "Det blev ingen skolresa i år", "Arkivet har flyttats",
        "Parkeringen vid skolan är full", "Kopiatorerna har bytts ut", "Vi har fått ett nytt telefonsystem",
        "Luciafirandet var uppskattat", "Solpanelerna på taket har installerats", "Skolans hemsida är uppdaterad",
        "Det kom många till öppet hus", "Valet påverkade höstens planering", "Ett nytt avtal med städfirman",
    ]

    static let leadIns = ["", "", "", "", "", "Vi ser att ", "Det märks att ", "Vi upplever att ", "Tydligt är att ", "Glädjande är att "]
    static let tails = ["", "", "", "", "", "", " på alla skolor", " i år", " under året", " i hela kommunen", " sedan hösten", " i grundskolan"]

    /// Answers to the question at `index` of a set, with that question's seed derived from the
    /// set's: `coder-themes`, `review-effort` and `coder-last-year` code the same answers.
    static func generate(_ question: Question, at index: Int, respondents: Int, setSeed: UInt64) -> Generated {
        generate(question, respondents: respondents, seed: setSeed &+ UInt64(index) &* 1009 &+ UInt64(respondents))
    }

    /// Answers from `respondents` respondents to `question`, the same for the same seed.
    static func generate(_ question: Question, respondents: Int, seed: UInt64) -> Generated {
        var random = SeededGenerator(seed: seed)
        var unrelatedLeft = unrelated
        var answers: [Answer] = []
        var themesOfRespondent: [String: Set<Int>] = [:]
        var themeOfStatement: [StatementKey: Int] = [:]
        for index in 0..<respondents {
            let respondent = "R" + String(index + 1).leftPadded(to: 4)
            var statements: [(text: String, theme: Int)] = []
            for (themeIndex, theme) in question.themes.enumerated() where random.unit() < theme.popularity {
                statements.append((write(theme.phrasings[random.below(theme.phrasings.count)], random: &random), themeIndex))
                // Now and then a second sentence on the same theme.
                if random.below(6) == 0 {
                    statements.append((write(theme.phrasings[random.below(theme.phrasings.count)], random: &random), themeIndex))
                }
            }
            if (statements.isEmpty || random.below(15) == 0), !unrelatedLeft.isEmpty {
                let pick = random.below(unrelatedLeft.count)
                statements.insert((unrelatedLeft.remove(at: pick), -1), at: random.below(statements.count + 1))
            }
            guard !statements.isEmpty else { continue }
            themesOfRespondent[respondent] = Set(statements.map(\.theme).filter { $0 >= 0 })
            let text: String
            switch random.below(3) {
            case 0: text = statements.map { "- " + $0.text }.joined(separator: "\n")
            case 1: text = statements.map { $0.text + "." }.joined(separator: " ")
            default: text = statements.map(\.text).joined(separator: "; ")
            }
            answers.append(Answer(respondent: respondent, text: text))
            for statement in statements {
                themeOfStatement[StatementKey(respondent: respondent, text: statement.text)] = statement.theme
            }
        }
        return Generated(question: question, answers: answers, themesOfRespondent: themesOfRespondent, themeOfStatement: themeOfStatement)
    }

    /// A phrasing as one respondent writes it: maybe a lead-in, a place or time, a typo.
    static func write(_ phrasing: String, random: inout SeededGenerator) -> String {
        var text = phrasing
        let leadIn = leadIns[random.below(leadIns.count)]
        if !leadIn.isEmpty, let first = text.first {
            // Lower-case the first word unless it is an abbreviation or a name ("ML", "Matematiklyftet").
            let firstWord = text.prefix { $0 != " " }
            let keepCase = firstWord.count > 1 && firstWord.dropFirst().first.map(\.isUppercase) == true
                || firstWord.hasPrefix("Matematiklyft") || firstWord.hasPrefix("Mattelyft") || firstWord.hasPrefix("Skolverket")
            text = leadIn + (keepCase ? text : first.lowercased() + text.dropFirst())
        }
        text += tails[random.below(tails.count)]
        if random.below(15) == 0 { text = CoderAnswerGenerator.typo(text, random: &random) }
        return text
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

private extension SeededGenerator {
    /// A uniform number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
