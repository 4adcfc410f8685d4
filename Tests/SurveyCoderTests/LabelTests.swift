import Testing
import Foundation
@testable import SurveyCoder

/// Category labels and key terms in the respondents' words.
struct LabelTests {
    func classes() throws -> WordClasses {
        try WordClasses(language: .swedish, stopWords: StopWords(language: .swedish))
    }

    /// A describer as the coder makes one for Swedish answers, without stem families.
    func swedishDescriber() throws -> CategoryDescriber {
        CategoryDescriber(termCount: 5, exampleCount: 3, wordClasses: try classes())
    }

    /// Swedish terms with the coder's n-gram settings.
    func swedishExtractor() throws -> TermExtractor {
        try TermExtractor(language: .swedish, stopWords: StopWords(language: .swedish), gramLengths: 3...5, minimumGramWordLength: 4)
    }

    @Test func verbsAdverbsAndFunctionWordsAreNotContent() throws {
        let classes = try classes()
        #expect(classes.classify("startade") == .verb)
        #expect(classes.classify("ingår") == .verb)
        #expect(classes.classify("kopplats") == .verb)
        #expect(classes.classify("informerade") == .verb)
        #expect(classes.classify("får") == .function)
        #expect(classes.classify("genom") == .function)
        #expect(classes.classify("tydligare") == .adverb)
        #expect(classes.classify("matematiklyftet") == .content)
        #expect(classes.classify("träffar") == .content)
        #expect(classes.classify("positivt") == .content)
        #expect(!classes.canEndLabel("kritiska"))
        #expect(classes.canEndLabel("vänner"))
        #expect(classes.classify("årligen") == .adverb)
        #expect(classes.classify("frågar") == .verb)
        #expect(classes.classify("hittat") == .verb)
        #expect(classes.classify("både") == .function)
        #expect(classes.classify("igenom") == .function)
        #expect(classes.looksAdjectival("utmanande") && classes.looksAdjectival("intressant"))
    }

    @Test func anAdjectiveTakesTheNounOneMemberPutsAfterIt() throws {
        // "Intressant" alone lacks what is interesting; one of two members says it.
        let answers = TestSupport.answers([
            ("Luleå", "Intressant arbetsform som vi gärna använder själva."), ("Sollentuna", "En intressant och bra arbetsform."),
            ("Umeå", "Konferenserna är inspirerande."), ("Uppsala", "Inspirerande konferenser."),
        ])
        let summary = try Coder().code(answers, question: "natverk-upplevts").summary
        #expect(summary.categories.map(\.label).contains("Intressant arbetsform"))
    }

    @Test func prepositionsAreNoKeyTerms() throws {
        // "hos" and "bland" are missing from Snowball's list; they were key terms of "brist hos lärarna".
        let answers = TestSupport.answers([
            ("Borås", "Tidsbrist hos lärarna."), ("Luleå", "Det finns en brist på tid hos lärarna."),
            ("Umeå", "Tidsbrist bland lärarna."), ("Uppsala", "Brist på tid bland lärarna i matematik."),
        ])
        let summary = try Coder().code(answers, question: "q").summary
        #expect(!summary.categories.isEmpty)
        for category in summary.categories {
            #expect(!category.terms.contains("hos") && !category.terms.contains("bland"), "\(category.terms)")
        }
    }

    @Test func aMisspellingIsNoKeyTerm() throws {
        // With hundreds of answers the same typo comes twice in a category (generated answers
        // had "störst", "störts" and "sötrst" as key terms of one).
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = ["Informationen finns på intranätet.", "Information på intranätet.", "Informationen ligger på intranätet.",
                     "Vi har lagt information på intranätet.", "Information om satsningen på intranätet.",
                     "Informationen om arbetet finns på intranätet.", "Rektorerna ger information via intranätet.",
                     "Infomrationen om satsningen finns på intranätet.", "Vi har lagt infomration om arbetet på intranätet."]
        let ranked: [(stem: String, weight: Float)] = [("information", 1), ("infomration", 0.5)]
        let described = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor)
        #expect(described.terms == ["information"])
    }

    @Test func keyTermsAreReadByStemFamily() throws {
        // The ranked stems are families' ("matematiklyft" for "matematiklyftet" too); read by
        // their own stems, members that all wrote "Matematiklyftet" lost it as a key term
        // (1,000 generated answers: "Matematiklyftet ger verktyg till lärarna; lärar, verktyg").
        let extractor = try swedishExtractor()
        let texts = ["Matematiklyftet ger verktyg till lärarna.", "Vi deltar i Matematiklyftet.", "Lärarna går Matematiklyftet.",
                     "Matematiklyftet för alla lärare."]
        // Another category's statement gives the family its shorter stem.
        let occurring = extractor.terms(of: texts + ["Ett nytt matematiklyft."]).flatMap(\.stems)
        let families = StemFamilies(stems: extractor.stems, occurring: occurring)
        let describer = CategoryDescriber(termCount: 5, exampleCount: 3, wordClasses: try classes(), families: families)
        let ranked: [(stem: String, weight: Float)] = [("matematiklyft", 1), ("lärar", 0.6)]
        let described = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor)
        #expect(described.terms == ["matematiklyft", "lärar"])
        #expect(described.label == "Matematiklyftet")
    }

    @Test func misspellingIsOneEditInsideAWordWrittenFarLessOften() {
        let counts = ["störst": 9, "störts": 2, "sötrst": 1, "positivt": 9, "positiv": 2, "plats": 9, "plan": 1, "infobl": 3, "infbol": 2]
        #expect(CategoryDescriber.isMisspelling("störts", counts: counts))
        #expect(CategoryDescriber.isMisspelling("sötrst", counts: counts))
        #expect(!CategoryDescriber.isMisspelling("störst", counts: counts))
        // A letter more at the end is an inflection the stemmer left.
        #expect(!CategoryDescriber.isMisspelling("positiv", counts: counts))
        #expect(!CategoryDescriber.isMisspelling("plan", counts: counts))
        // Written almost as often: which is the right form cannot be told.
        #expect(!CategoryDescriber.isMisspelling("infbol", counts: counts))
        // Against every word written only letters swapped, left out or added: "behov" is a
        // noun beside "behöv" (behöver), "gånegr" a typo of "gånger", "skloor" of "skolor".
        let written = ["behöv": 9, "gånger": 9, "skolor": 9]
        #expect(!CategoryDescriber.isMisspelling("behov", counts: written, substitutions: false))
        #expect(CategoryDescriber.isMisspelling("behov", counts: written))
        #expect(CategoryDescriber.isMisspelling("gånegr", counts: written, substitutions: false))
        #expect(CategoryDescriber.isMisspelling("skloor", counts: written, substitutions: false))
    }

    /// A large group is read over all its members, not only its most typical ones: in
    /// `coder-scale` a category of 17,000 statements, four in ten about the teachers'
    /// qualifications, listed only the words of its commonest phrasing as key terms.
    @Test func aLargeGroupsKeyTermsAreAllItsMembers() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = Array(repeating: "Lärarna diskuterar matematikundervisning.", count: 450)
            + Array(repeating: "Många lärare saknar behörighet.", count: 300)
        let ranked: [(stem: String, weight: Float)] = [(extractor.stem("lärare"), 1), (extractor.stem("behörighet"), 0.8),
                                                       (extractor.stem("matematikundervisning"), 0.7)]
        let terms = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).terms
        #expect(terms.contains(extractor.stem("behörighet")))
        #expect(describer.sample(texts).count == describer.labelSampleLimit)
    }

    /// Typos are no key terms, also of a verb or with the ending the stemmer cuts garbled: with
    /// thousands of answers "ifnört" and "skloor" come twice and were key terms of `coder-scale`'s
    /// homework-help category.
    @Test func aMisspeltVerbIsNoKeyTerm() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = Array(repeating: "Vi har infört läxhjälp på skolor i matematik.", count: 8)
            + ["Vi har ifnört läxhjälp.", "Vi har ifnört läxhjälp på skolorna.", "Läxhjälp på skloor.", "Läxhjälp på två skloor."]
        let ranked: [(stem: String, weight: Float)] = [(extractor.stem("läxhjälp"), 1), (extractor.stem("ifnört"), 0.8),
                                                       (extractor.stem("skloor"), 0.7)]
        #expect(describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).terms == [extractor.stem("läxhjälp")])
    }

    @Test func aLabelIsNeverALoneVerb() throws {
        // Every statement says "startade"; the label is what they started.
        let answers = TestSupport.answers([
            ("Karlstad", "Lärgrupperna startade i höstas."), ("Umeå", "Vi startade lärgrupper."), ("Borås", "Lärgrupper startade i januari."),
        ])
        let summary = try Coder().code(answers, question: "q").summary
        #expect(summary.categories.map(\.label) == ["Lärgrupper"])
        #expect(summary.categories.first?.terms.contains("start") == false)
    }

    /// A verb the verb list lacks is known by "att" before it ("Det går inte att skynda på":
    /// the generated `lardomar-natverk` answers had the label "Skynda"), or by "-era".
    @Test func anInfinitiveAfterAttIsAVerb() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        func word(_ written: String, in text: String) -> CategoryDescriber.Word? {
            describer.words(text, extractor: extractor).first { $0.written == written }
        }
        #expect(word("skynda", in: "Det går inte att skynda på")?.isContent == false)
        #expect(word("jämföra", in: "Bra att jämföra oss med andra")?.isContent == false)
        #expect(word("analysera", in: "Vi behöver analysera resultaten")?.isContent == false)
        // "att" the conjunction: an adjective before its noun, a definite plural, a noun.
        #expect(word("stora", in: "Vi ser att stora skillnader finns")?.isContent == true)
        #expect(word("lärarna", in: "Det märks att lärarna är nöjda")?.isContent == true)
        #expect(word("matematik", in: "Tydligt är att matematik prioriteras")?.isContent == true)

        let answers = TestSupport.answers([
            ("Borås", "Det går inte att skynda på."), ("Umeå", "Det går inte att skynda på."),
            ("Luleå", "Vi ser att det inte går att skynda på."),
        ])
        let summary = try Coder().code(answers, question: "Vad har kommunen lärt sig?").summary
        #expect(!summary.categories.map(\.label).contains("Skynda"))
        #expect(summary.categories.allSatisfy { !$0.terms.contains("skynd") })
    }

    /// A lead-in joined by "att" is not part of the label ("Tydligt är att …" opened the largest
    /// category's label in `coder-scale`); an adjective key term keeps its clause.
    @Test func aLabelDoesNotOpenWithALeadIn() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = ["Tydligt är att matematikutvecklaren stöttar skolorna", "Tydligt är att matematikutvecklaren stöttar skolorna",
                     "Tydligt är att matematikutvecklaren stöttar skolorna i Luleå", "Matematikutvecklaren stöttar skolorna"]
        #expect(describer.describe(texts: texts, rankedStems: [("matematikutvecklar", 1), ("skol", 0.4)], extractor: extractor).label
            == "Matematikutvecklaren stöttar skolorna")
        let words = describer.words("Vi ser att lärarna diskuterar mer", extractor: extractor)
        #expect(describer.opensWithLeadIn(words, isKey: { $0.written == "lärarna" }))
        let clause = describer.words("Givande att höra hur andra kommuner arbetar", extractor: extractor)
        #expect(!describer.opensWithLeadIn(clause, isKey: { $0.written == "Givande" }))
        // "att" before a verb opens no new clause, stop word or not.
        let infinitive = describer.words("Viktigt att ha tid för träffar", extractor: extractor)
        #expect(!describer.opensWithLeadIn(infinitive, isKey: { $0.written == "tid" }))
    }

    /// "vårt systematiska kvalitetsarbete" is right, "Systematiska kvalitetsarbete" alone is not:
    /// the label is written as a member wrote it without a possessive before it.
    @Test func aLabelIsWrittenAsItStandsAlone() {
        func words(_ text: String) -> [CategoryDescriber.Word] {
            text.split(separator: " ").map { word in
                let lowered = word.lowercased()
                let isStop = ["vårt", "i", "det", "med"].contains(lowered)
                return CategoryDescriber.Word(written: String(word), stem: isStop ? nil : String(lowered.prefix(8)), isContent: !isStop, canEnd: !isStop)
            }
        }
        let members = [words("Satsningen ingår i vårt systematiska kvalitetsarbete"), words("Kopplat till vårt systematiska kvalitetsarbete"),
                       words("Följs upp i det systematiska kvalitetsarbetet")]
        let phrase = Array(members[2][4...5])
        #expect(CategoryDescriber.commonestWriting(of: phrase, in: members) == "systematiska kvalitetsarbetet")
        // Written no other way, it is taken as it is.
        #expect(CategoryDescriber.commonestWriting(of: phrase, in: Array(members.prefix(2))) == "systematiska kvalitetsarbete")
        // A definite genitive keeps the noun indefinite too ("kommunens systematiska kvalitetsarbete"),
        // however often members write it so (generated answers, 50 respondents, seed 15).
        let afterGenitives = [words("Kopplat till kommunens systematiska kvalitetsarbete"), words("Kopplat till kommunens systematiska kvalitetsarbete"),
                              words("Ingår i kommunens systematiska kvalitetsarbete"), words("Följs upp i det systematiska kvalitetsarbetet")]
        #expect(CategoryDescriber.commonestWriting(of: phrase, in: afterGenitives) == "systematiska kvalitetsarbetet")
    }

    /// An adjective before its noun does not end a label ("Elever undervisas av behörig").
    @Test func anAdjectiveBeforeItsNounEndsNoLabel() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let words = describer.words("Elever undervisas av behörig lärare och lärarna är behöriga", extractor: extractor)
        #expect(words.first { $0.written == "behörig" }?.canEnd == false)
        #expect(words.first { $0.written == "lärare" }?.canEnd == true)
        // Said of the teachers, last, it ends a phrase well ("Lärarna är behöriga").
        #expect(words.last?.written == "behöriga" && words.last?.canEnd == true)
    }

    @Test func aGenitiveBeforeItsNounEndsNoLabel() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        var members = ["Skolans hemsida är uppdaterad", "Mer matematik på skolan", "Lärarnas kompetens ska höjas"]
            .map { describer.words($0, extractor: extractor) }
        CategoryDescriber.markGenitives(&members)
        // "Skolans" is "skolan" with a genitive s, as another member writes it; "Skolans" alone is unfinished.
        #expect(members[0].first { $0.written == "Skolans" }?.canEnd == false)
        #expect(members[1].first { $0.written == "skolan" }?.canEnd == true)
        // Nobody writes "kompeten": the ending alone does not make a genitive ("kompetens",
        // "konferens"), except the definite plural's, whatever members write ("Lärarnas").
        #expect(members[2].first { $0.written == "kompetens" }?.canEnd == true)
        #expect(members[2].first { $0.written == "Lärarnas" }?.canEnd == false)
    }

    @Test func aQuantifierMayOpenALabel() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = ["Tjänstefördelningen ska göras så att alla elever undervisas av behöriga lärare.",
                     "Organisationen ska ses över så att alla elever undervisas av behörig personal."]
        let words = describer.words(texts[0], extractor: extractor)
        #expect(words.first { $0.written == "alla" }?.opensPhrase == true)
        #expect(words.first { $0.written == "så" }?.opensPhrase == false)
        let described = describer.describe(texts: texts, rankedStems: [("elev", 1), ("behör", 0.6)], extractor: extractor)
        #expect(described.label == "Alla elever")
        // Before a stop word too, whose forms meet by stem ("kommuners", "kommunernas"): the
        // pilot's samarbete-influerat row, which staff call "Erfarenheter från andra kommuner".
        let experiences = ["Vi har lärt oss mycket av andras erfarenheter.", "Andra kommuners erfarenheter har hjälpt oss i omorganisationen.",
                           "Vi tar del av de andra kommunernas erfarenheter.", "Vi har fått många bra idéer från de andra kommunernas erfarenheter."]
        #expect(describer.describe(texts: experiences, rankedStems: [("erfaren", 1)], extractor: extractor).label == "Andra kommunernas erfarenheter")
    }

    @Test func aSupineIsAVerb() throws {
        // "Bytt" was a label of its own on generated answers ("Vi har bytt schemasystem").
        #expect(try classes().classify("bytt") == .verb)
        #expect(try classes().classify("byten") != .verb)
    }

    /// Thirty identical "Svårt att svara på" say nothing: no category of their own, and not one
    /// with "Svårt att hitta tid" through the word they share; they stay in Övrigt.
    @Test func nonAnswersStayInÖvrigt() throws {
        var rows: [(String, String)] = []
        let themes = [["Det är svårt att hitta tid för träffar", "Tiden räcker inte till samordning", "Att hitta gemensam tid är svårt"],
                      ["Matematiklyftet fungerar bra på skolorna", "Lärarna uppskattar Matematiklyftet", "Matematiklyftet har gett nya idéer"]]
        for index in 0..<60 { rows.append(("R\(index)", themes[index % 2][index % 3])) }
        for index in 60..<90 { rows.append(("R\(index)", index % 2 == 0 ? "Svårt att svara på." : "Vet ej")) }
        let result = try Coder().code(TestSupport.answers(rows), question: "q")
        let nothing = result.coding.statements.filter { ["Svårt att svara på.", "Vet ej"].contains($0.text) }
        #expect(nothing.count == 30)
        #expect(nothing.allSatisfy { $0.categories.isEmpty })
        #expect(result.summary.categories.count == 2)
    }

    @Test func anAdjectiveGetsItsNoun() throws {
        let answers = TestSupport.answers([
            ("Karlstad", "Kritiska vänner är bra."), ("Umeå", "Kritiska vänner ger perspektiv."),
            ("Borås", "Den kritiska granskningen har utvecklat oss."), ("Luleå", "Kritiska vänner ställer bra frågor."),
        ])
        let summary = try Coder().code(answers, question: "q").summary
        #expect(summary.categories.first?.label == "Kritiska vänner")
    }

    /// "Viktigt" alone does not say what is important; the members say it of high
    /// expectations, a word every answer to the question uses and so no key term (the pilot's
    /// `satser.hoga-forvantningar.nulage`).
    @Test func anAdjectiveSaidOfANounKeepsTheNoun() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = ["Det är viktigt att ha höga förväntningar på alla nivåer.",
                     "Vi är överens om att höga förväntningar är viktigt, både på elever och på oss själva.",
                     "Höga förväntningar är viktigt och ska genomsyra allt vi gör.",
                     "Det är viktigt att vi visar förväntningarna på alla nivåer, i handling.",
                     "Höga förväntningar måste finnas på alla nivåer, från nämnd till klassrum."]
        let ranked: [(stem: String, weight: Float)] = [("vikt", 1), ("nivå", 0.6)]
        #expect(describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).label == "Höga förväntningar är viktigt")
        // Said by one member only, the sentence is no label; the adjective stays.
        let once = ["Det är viktigt.", "Viktigt för oss.", "Höga förväntningar är viktigt."]
        #expect(describer.describe(texts: once, rankedStems: [("vikt", 1)], extractor: extractor).label == "Viktigt")
    }

    @Test func anAdjectiveSaidOfAClauseKeepsTheClause() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers to "Vilka glädjeämnen har identifierats?": the one content word is "givande".
        let texts = ["Givande att höra hur andra kommuner arbetar i år", "Tydligt är att givande att höra hur andra kommuner arbetar.",
                     "Givande att höra hur andra kommuner arbetar.", "Vi upplever att givande att höra hur andra kommuner arbetar sedan hösten"]
        #expect(describer.describe(texts: texts, rankedStems: [("giv", 1)], extractor: extractor).label
            == "Givande att höra hur andra kommuner arbetar")
        // Members who each say something else after "att" (the pilot's samarbete-influerat):
        // no member's clause speaks for the others, and the adjective stays alone.
        let different = ["Det är utmanande att se att de andra kommunerna ibland har kommit längre än vi.",
                         "Det är utmanande att vissa kommuner ligger långt före oss."]
        #expect(describer.describe(texts: different, rankedStems: [("utman", 1)], extractor: extractor).label == "Utmanande")
        // "Bra" is an adjective too short for its ending to tell; a quantifier that ends the
        // clause stands for its noun (the later questions' "Bra" at 1,000 respondents).
        let comparing = ["Bra att jämföra oss med andra.", "Vi ser att bra att jämföra oss med andra",
                         "Bra att jämföra oss med andra i år.", "Bra att jämföra oss med andra i hela kommunen"]
        #expect(describer.describe(texts: comparing, rankedStems: [("bra", 1)], extractor: extractor).label
            == "Bra att jämföra oss med andra")
    }

    @Test func anAdjectiveOnlyBeforeItsNounIsWrittenWithIt() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers to "På vilket sätt har satsningen länkats samman …?" at 50 respondents:
        // the label was the first member's whole sentence, lead-in and all.
        let texts = ["Vi upplever att del av ett övergripande skolutvecklingsprogram", "Övergripande projekt som satsningen ingår i"]
        #expect(describer.describe(texts: texts, rankedStems: [("övergrip", 1)], extractor: extractor).label
            == "Övergripande skolutvecklingsprogram")
    }

    @Test func aWordIsNotCutFromItsNumber() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let ranked: [(stem: String, weight: Float)] = [("result", 1), ("prov", 0.8), ("nationell", 0.8), ("årskur", 0.6)]
        // Generated answers to "Vilka glädjeämnen har identifierats?": each names its own year
        // group, and the label ended on "årskurs" without one.
        let differentYears = ["Bättre resultat på nationella prov i årskurs 6", "Resultat på nationella prov i årskurs 9 har ökat",
                              "Höjda resultat på nationella prov i årskurs 3"]
        #expect(describer.describe(texts: differentYears, rankedStems: ranked, extractor: extractor).label
            == "Resultat på nationella prov")
        // A list of year groups is not cut after its first.
        let listed = ["Resultat i årskurs 3, 6 och 9 ska öka", "Bättre resultat i årskurs 3, 6 och 9", "Resultat i årskurs 3, 6 och 9"]
        #expect(describer.describe(texts: listed, rankedStems: ranked, extractor: extractor).label == "Resultat")
        // Where they name the same one, the label says it.
        let sameYear = ["Resultat i årskurs 9 har ökat", "Bättre resultat i årskurs 9", "Resultat i årskurs 9"]
        #expect(describer.describe(texts: sameYear, rankedStems: ranked, extractor: extractor).label == "Resultat i årskurs 9")
    }

    @Test func onePhrasingsWordsDoNotOutweighTheTheme() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers to "Vilka svårigheter har identifierats?": a theme written many
        // ways, one of whose phrasings brings three words of its own. Counted apart, they made
        // that member's sentence the label.
        let texts = ["Byten av lärare och hög personalomsättning", "Många byten i ledningen", "Byte av förvaltningschef",
                     "Chefsbyten har försvårat arbetet", "Täta byten gör att kunskapen försvinner", "Rektorsbyten på flera skolor",
                     "Många byten bland rektorerna", "Täta byten gör att kunskapen försvinner"]
        let ranked: [(stem: String, weight: Float)] = [("byt", 1), ("tät", 0.55), ("kunskap", 0.55), ("försvin", 0.55), ("rektor", 0.5)]
        #expect(describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).label == "Byten")
        // Two words all members write name what they all say, and both stay.
        let decisions = ["Beslut om matematiklyftet för alla lärare", "Beslut om att alla matematiklärare deltar i Matematiklyftet",
                         "Beslut om matematiklyftet för alla", "Beslut om Matematiklyftet i förskoleklass"]
        let decisionTerms: [(stem: String, weight: Float)] = [("beslut", 1), ("matematiklyft", 0.8)]
        #expect(describer.describe(texts: decisions, rankedStems: decisionTerms, extractor: extractor).label == "Beslut om matematiklyftet")
    }

    @Test func aLabelDoesNotStopInsideAClause() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers at 50 respondents: the relative clause lost its verb ("… som
        // satsningen [ingår i]"), and "den kompetensutveckling" its relative clause. With its
        // verb and the verb's particle the clause is whole.
        let projects = ["Det finns ett övergripande projekt som satsningen ingår i", "Övergripande projekt som satsningen ingår i"]
        let projectLabel = describer.describe(texts: projects, rankedStems: [("övergrip", 1), ("projek", 0.9), ("satsning", 0.6)],
                                              extractor: extractor).label
        #expect(projectLabel == "Övergripande projekt som satsningen ingår i")
        // So does a clause opened by "innan" ("Tålamod behövs innan effekter" in a generated set).
        let patience = ["Tålamod behövs innan effekter syns i resultaten", "Tålamod behövs innan effekter syns hos eleverna"]
        #expect(describer.describe(texts: patience, rankedStems: [("tålamod", 1), ("effek", 0.8)], extractor: extractor).label
            != "Tålamod behövs innan effekter")
        // "all" stands before its noun: no label ends with it, nor is it a key term.
        let staff = ["Föreläsning om höga förväntningar för all personal", "Höga förväntningar för all personal"]
        let staffDescription = describer.describe(texts: staff, rankedStems: [("förväntning", 1), ("all", 0.9), ("personal", 0.8)],
                                                  extractor: extractor)
        #expect(!staffDescription.label.hasSuffix(" all"))
        #expect(!staffDescription.terms.contains("all"))
        let training = ["Kompletterar den kompetensutveckling som redan pågår", "Kompletterar den kompetensutveckling som redan pågår"]
        #expect(describer.describe(texts: training, rankedStems: [("kompetensutveckling", 1)], extractor: extractor).label
            == "Kompetensutveckling")
        // A relative clause with its verb is whole.
        let share = ["Andelen elever som klarar proven har ökat", "Andelen elever som klarar proven har ökat i år"]
        #expect(describer.describe(texts: share, rankedStems: [("andel", 1), ("elev", 0.8), ("prov", 0.7)], extractor: extractor).label
            == "Andelen elever som klarar proven")
    }

    @Test func aLabelKeepsItsClausesNegation() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        func label(_ texts: [String], _ ranked: [(stem: String, weight: Float)]) -> String {
            describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).label
        }
        // Generated answers at 300 respondents (later questions): labels left out "inte" and
        // said the opposite of what every member wrote ("Läroboken styr", "Skynda på i grundskolan").
        let textbook = label(["Läroboken styr inte längre", "Läroboken styr inte längre", "Läroboken styr inte längre i grundskolan"],
                             [("styr", 1), ("lärobok", 0.9)])
        #expect(textbook == "Läroboken styr inte längre")
        let hurry = label(["Det går inte att skynda på i grundskolan", "Det går inte att skynda på i grundskolan", "Det går inte att skynda på"],
                          [("grundskolan", 1)])
        #expect(!hurry.lowercased().contains("skynda") || hurry.lowercased().contains("inte att skynda"), "\(hurry)")
        #expect(label(["Inga problem med förankringen", "Inga problem med förankringen hos rektorerna"], [("förankring", 1), ("problem", 0.8)])
            == "Inga problem med förankringen")
        // Nor is a negation a key term ("ing" of "inga", in generated answers).
        let denied = describer.describe(texts: ["Inga säkra slutsatser ännu", "Inga säkra slutsatser"],
                                        rankedStems: [("slutsats", 1), ("ing", 0.9)], extractor: extractor)
        #expect(denied.terms == ["slutsats"])
        // After "att inte" the verb is an infinitive the verb list lacks, denied.
        let numbers = label(["Att inte nöja sig med siffror utan fråga varför", "Att inte nöja sig med siffror"], [("siffr", 1), ("nöj", 0.8)])
        #expect(numbers == "Inte nöja sig med siffror")
        // A negation in another clause of the sentence stays there.
        #expect(label(["Vi hann inte allt, men lärarna är positiva", "Lärarna är positiva"], [("lärar", 1), ("positiv", 0.9)])
            == "Lärarna är positiva")
    }

    @Test func aLabelKeepsWhatGovernsItsInfinitive() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers to "Vilka slutsatser har kommunen dragit …?" (fresh questions): the
        // label "Dra slutsatser" said the opposite of "svårt att" and "för tidigt att".
        let early = ["Svårt att dra slutsatser efter ett år", "Svårt att dra slutsatser efter ett år",
                     "Det är för tidigt att dra några slutsatser", "Underlaget är för litet för att dra slutsatser"]
        let ranked: [(stem: String, weight: Float)] = [("slutsats", 1), ("svårt", 0.6), ("underlaget", 0.5)]
        #expect(describer.describe(texts: early, rankedStems: ranked, extractor: extractor).label == "Svårt att dra slutsatser")
    }

    @Test func aLabelFromAnInfinitiveClauseEndsWithIt() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Generated answers at 50 respondents: the label ran on from "att vara …" into the
        // sentence the clause is the subject of ("Kritisk vän åt varandra är lärorikt").
        let friends = ["Att vara kritisk vän åt varandra är lärorikt", "Att vara kritisk vän åt varandra är lärorikt",
                       "Rollen som kritisk vän har varit utvecklande"]
        let ranked: [(stem: String, weight: Float)] = [("kritisk", 1), ("vän", 0.9), ("varandr", 0.5), ("lärorik", 0.4)]
        #expect(describer.describe(texts: friends, rankedStems: ranked, extractor: extractor).label == "Kritisk vän åt varandra")
        // A member's sentence that opens with its subject keeps its verb.
        let subjects = ["Kritiska vänner är lärorikt", "Kritiska vänner är lärorikt"]
        #expect(describer.describe(texts: subjects, rankedStems: ranked, extractor: extractor).label == "Kritiska vänner är lärorikt")
    }

    @Test func aPhraseNamesWhatMembersSayTogether() throws {
        let answers = TestSupport.answers([
            ("Karlstad", "Rektorerna informerar lärarna på APT."), ("Umeå", "Rektorerna informerar lärarna."),
            ("Borås", "Rektorerna informerar lärarna om målen."), ("Luleå", "Ett nytt intranät."),
        ])
        let summary = try Coder().code(answers, question: "involverats").summary
        #expect(summary.categories.map(\.label) == ["Rektorerna informerar lärarna"])
    }

    @Test func aLabelIsAPhraseSomeoneWroteInOneGo() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // A list ("individ, grupp och enhet") and suspended compounds ("individ-, grupp- och
        // skolnivå"): "Individ grupp" is no phrase anyone wrote, and "individ-" ends nothing.
        let texts = ["Det finns rutiner på individ-, grupp- och skolnivå.", "Rutiner finns på individ-, grupp- och klassnivå.",
                     "Det finns rutiner på alla nivåer: individ, grupp och enhet."]
        let ranked: [(stem: String, weight: Float)] = [("individ", 1), ("grupp", 1), ("rutin", 0.5)]
        let label = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor).label
        #expect(label != "Individ grupp")
        #expect(!label.hasSuffix("-"))
        #expect(!label.hasSuffix("-,"))
        // Where members wrote the suspended compound alike, it is the label, hyphens and all.
        let alike = ["Rutiner på individ- och gruppnivå.", "Vi har rutiner på individ- och gruppnivå men inte mer."]
        #expect(describer.describe(texts: alike, rankedStems: [("individ", 1), ("gruppnivå", 1)], extractor: extractor).label
            == "Rutiner på individ- och gruppnivå")
        // A suspended part is no word a label is built on ("Individ" for the three above), but
        // a phrase may begin with it.
        #expect(!label.hasPrefix("Individ"))
        let committee = ["Barn- och utbildningsnämnden har fått rapporter.", "Barn- och utbildningsnämnden får rapporter varje termin."]
        #expect(describer.describe(texts: committee, rankedStems: [("utbildningsnämnd", 1), ("rapport", 0.5)], extractor: extractor).label
            .hasPrefix("Barn- och utbildningsnämnden"))
    }

    @Test func labelsOfOneQuestionDiffer() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let texts = ["Matematiklyftet i årskurs 9.", "Matematiklyftet i årskurs 9 och 8."]
        let ranked: [(stem: String, weight: Float)] = [("matematiklyft", 1), ("årskur", 0.9)]
        let first = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor)
        let second = describer.describe(texts: texts, rankedStems: ranked, extractor: extractor,
                                        usedLabels: [Tokenizer.normalize(first.label)])
        #expect(first.label == "Matematiklyftet i årskurs 9")
        #expect(second.label != first.label)
        #expect(!second.label.isEmpty)
    }

    @Test func aLabelDoesNotOnlyRestateTheQuestion() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // Under "Hur har rektorer och lärare involverats i arbetet?", "Rektorerna" says nothing
        // the question does not; the members say more.
        let principals = ["Rektorerna informerar lärarna", "Rektorerna informerar lärarna på APT", "Varje rektor informerar sin personal",
                          "Rektorerna har tagit med sig informationen", "Rektorerna för informationen vidare", "Lärarna informeras av sina rektorer"]
        let ranked: [(stem: String, weight: Float)] = [("rektor", 1), ("lärar", 0.6)]
        #expect(describer.describe(texts: principals, rankedStems: ranked, extractor: extractor).label == "Rektorerna")
        let label = describer.describe(texts: principals, rankedStems: ranked, extractor: extractor, subjectStems: ["rektor", "lärar"]).label
        #expect(label == "Rektorerna informerar lärarna")
        // Where members say nothing more, the question's word is still the label.
        #expect(describer.describe(texts: ["Rektorerna", "Rektorerna."], rankedStems: [("rektor", 1)], extractor: extractor,
                                   subjectStems: ["rektor"]).label == "Rektorerna")
    }

    @Test func theQuestionsWordNeedNotBeInTheLabelWhenItsPhrasesSayNothingMore() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // The pilot's answers to "Vilka konkreta åtgärder har man beslutat genomföra?": the
        // category's top key term is the question's "åtgärd", and no phrase of the members
        // with it names anything else ("Kopplas till de åtgärder"); what they say is that the
        // results are to be followed up.
        let followUp = ["Resultaten ska följas upp och kopplas till åtgärderna.",
                        "Resultaten ska följas upp varje termin och kopplas till de åtgärder skolan valt.",
                        "Tätare uppföljning av resultaten kopplat till de åtgärder som sätts in."]
        let ranked: [(stem: String, weight: Float)] = [("åtgärd", 1), ("följ", 0.8), ("result", 0.7)]
        #expect(describer.describe(texts: followUp, rankedStems: ranked, extractor: extractor, subjectStems: ["åtgärd"]).label
            == "Resultaten ska följas upp")
        // Not a question word: the top key term stays in the label.
        #expect(describer.describe(texts: followUp, rankedStems: ranked, extractor: extractor).label.lowercased().contains("åtgärd"))
    }

    @Test func aDeterminerBeforeTheLastNounPointsToTheClauseAfterIt() throws {
        let extractor = try swedishExtractor()
        let describer = try swedishDescriber()
        // "de åtgärder [skolan valt]": Swedish leaves "som" out, and a label may not stop before the clause.
        let words = describer.words("kopplas till de åtgärder skolan valt", extractor: extractor)
        #expect(CategoryDescriber.cutsAClause(words, start: 0, end: 4))
        #expect(!CategoryDescriber.cutsAClause(words, start: 0, end: 6))
        // The definite form needs no clause ("det systematiska kvalitetsarbetet").
        let definite = describer.words("en del av det systematiska kvalitetsarbetet varje år", extractor: extractor)
        #expect(!CategoryDescriber.cutsAClause(definite, start: 3, end: 6))
    }

    @Test func aLabelIsSpelledAsMostMembersSpellIt() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // The first member's capitals are not the category's ("EXCEL" in one title, "Excel" in most).
        let plans = ["SKOLPLANEN lyfter matematiken", "Skolplanen tar upp matematiken", "Skolplanen är ny", "Målen i skolplanen gäller"]
        #expect(describer.describe(texts: plans, rankedStems: [("skolplan", 1)], extractor: extractor).label == "Skolplanen")
    }

    @Test func aNounTakesTheAdjectiveThatMakesItTheCategorysOwn() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let teachers = ["Brist på behöriga lärare", "Svårt att anställa behöriga lärare", "Lärarna saknar behörighet",
                        "Få lärare söker tjänsterna", "Lärare är svåra att hitta", "Lärarna slutar", "Lärare saknas"]
        // "behöriga" is a key term of the category: the label names it.
        #expect(describer.describe(texts: teachers, rankedStems: [("lärar", 1), ("behör", 0.9)], extractor: extractor).label
            == "Behöriga lärare")
        // An adjective that is no key term leaves the noun alone.
        let good = ["Bra lärare", "Bra lärare finns", "Lärarna är engagerade", "Lärare i matematik"]
        #expect(describer.describe(texts: good, rankedStems: [("lärar", 1)], extractor: extractor).label == "Lärare")
    }

    @Test func aLabelKeepsTheVerbsParticle() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        let followUp = ["Resultaten ska följas upp varje termin.", "Resultaten ska följas upp och analyseras."]
        let ranked: [(stem: String, weight: Float)] = [("result", 1), ("följ", 0.8)]
        #expect(describer.describe(texts: followUp, rankedStems: ranked, extractor: extractor).label == "Resultaten ska följas upp")
        // A preposition with nothing after it is the verb's too (generated answers: "Killarna halkar").
        let behind = ["Killarna halkar efter", "Killarna halkar efter i matematik", "Killarna halkar efter"]
        #expect(describer.describe(texts: behind, rankedStems: [("halk", 1), ("kill", 0.9)], extractor: extractor).label
            == "Killarna halkar efter")
    }

    @Test func aNounTakesWhatMostMembersSayOfIt() throws {
        let describer = try swedishDescriber()
        let extractor = try swedishExtractor()
        // The pilot's samarbete-influerat: each member names another municipality in the
        // noun's attribute, and both say the contacts have deepened.
        let contacts = ["Kontakterna med framför allt Luleå har fördjupats.",
                        "Kontakterna med framför allt Sollentuna har fördjupats, och vi träffas nu även utanför nätverket."]
        #expect(describer.describe(texts: contacts, rankedStems: [("kontak", 1)], extractor: extractor).label
            == "Kontakterna har fördjupats")
        // "framför" of "framför allt" is an adverb here, not a form of "framföra".
        #expect(try classes().classify("framför") == .adverb)
        // Members who share only the auxiliary say nothing yet of the noun.
        let statistics = ["Statistiken ska presenteras tydligare för rektorerna.", "Statistiken ska göras lättare att använda."]
        #expect(describer.describe(texts: statistics, rankedStems: [("statistik", 1)], extractor: extractor).label == "Statistiken")
        // One phrasing among several is no label of what the members say: two of six is too few.
        let firstTeachers = ["Förstelärarna har fått ansvar för satsningen.", "Förstelärarna har fått ansvar för satsningen",
                             "Förstelärarna leder arbetet.", "Förstelärarna driver arbetet på skolorna.",
                             "Förstelärarna stöttar kollegorna.", "Förstelärarna i matematik håller i nätverken."]
        #expect(describer.describe(texts: firstTeachers, rankedStems: [("förstelärar", 1)], extractor: extractor).label == "Förstelärarna")
    }

    @Test func keyTermsRankByClassBasedTFIDF() throws {
        // Column 0 is in the group and one statement outside, column 1 in the group only, column 2 in one member.
        let rows: [[Int32]] = [[0, 1], [0, 1, 2], [0], [3]]
        var starts = [0], columns: [Int32] = [], values: [Float] = []
        for row in rows {
            columns += row
            values += row.map { _ in 1 }
            starts.append(columns.count)
        }
        let matrix = SparseMatrix(rowCount: 4, columnCount: 4, rowStarts: starts, columns: columns, values: values)
        let weights = ClassTermWeights(matrix: matrix, stemColumnCount: 4, categoryCount: 1)
        let ranked = weights.ranked([0, 1])
        #expect(ranked.map(\.column) == [1, 0])
        // A = 4 statements / (1 category + Övrigt) = 2: column 1 weighs log(1 + 2/2), column 0 log(1 + 2/3).
        #expect(abs(Double(ranked[0].weight) - log(2)) < 1e-6)
        #expect(abs(Double(ranked[1].weight) - log(1 + 2.0 / 3)) < 1e-6)
    }

    @Test func aKeyTermIsUsedTwiceAsOftenInItsCategoryAsElsewhere() throws {
        // Column 0 opens every other statement ("Glädjande är att …"): two of four in the group,
        // four of eight elsewhere, so it marks nothing. Column 1 is the group's own word.
        let rows: [[Int32]] = [[0, 1], [0, 1], [1], [1], [0, 2], [0, 2], [0, 3], [0, 3], [2], [2], [3], [3]]
        var starts = [0], columns: [Int32] = [], values: [Float] = []
        for row in rows {
            columns += row
            values += row.map { _ in 1 }
            starts.append(columns.count)
        }
        let matrix = SparseMatrix(rowCount: rows.count, columnCount: 4, rowStarts: starts, columns: columns, values: values)
        let weights = ClassTermWeights(matrix: matrix, stemColumnCount: 4, categoryCount: 3)
        #expect(weights.ranked([0, 1, 2, 3]).map(\.column) == [1])
    }
}
