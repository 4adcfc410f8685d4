import Testing
@testable import SurveyCoder

/// What the question asks about is no category by itself; list headings say nothing.
struct QuestionSubjectTests {
    /// The pilot's answers on high expectations (Tabell 12): four statements share only "elever",
    /// a word of the question's own subject; staff made a row of each.
    static let expectations: [(String, String)] = [
        ("Karlstad", "Vi är överens om att höga förväntningar är viktigt, både på elever och på oss själva som organisation."),
        ("Karlstad", "Förväntningarna måste synas i det vi gör, inte bara stå i dokumenten."),
        ("Uppsala", "Höga förväntningar måste finnas på alla nivåer, från nämnd till klassrum, och de måste märkas."),
        ("Borås", "Det är viktigt att ha höga förväntningar på alla nivåer."),
        ("Borås", "Det skiljer mycket mellan skolorna när det gäller vilka förväntningar man har på eleverna."),
        ("Luleå", "Det finns en samsyn om att vi ska ha höga förväntningar på eleverna."),
        ("Umeå", "Vår skolplan inleds med förhållningssättet att vi ska ha höga förväntningar."),
        ("Umeå", "Det är viktigt att vi visar förväntningarna på alla nivåer, i handling."),
        ("Sollentuna", "Vi har satt höga mål för alla elever."),
        ("Landskrona", "Höga förväntningar är viktigt och ska genomsyra allt vi gör."),
    ]
    static let subject = ["Vilka slutsatser kring nuläget har kommunen dragit?", "Höga förväntningar på alla elever och övriga"]

    @Test func aGroupHeldTogetherByTheSubjectAloneIsNoCategory() throws {
        let answers = TestSupport.answers(Self.expectations)
        let without = try Coder().code(answers, question: "q").summary
        #expect(without.categories.contains { $0.label.lowercased().hasPrefix("elev") })
        let with = try Coder().code(answers, question: "q", subject: Self.subject).summary
        #expect(!with.categories.contains { $0.label.lowercased().hasPrefix("elev") })
        #expect(with.categories.map(\.label).contains("Höga förväntningar är viktigt"))
        #expect(Set(with.uncategorized.map(\.respondent)).isSuperset(of: ["Luleå", "Sollentuna"]))
    }

    @Test func whatMostSayAboutTheSubjectIsACategory() throws {
        // Seven of eight statements say follow-up needs improving, in the subject's own words.
        let answers = TestSupport.answers([
            ("Karlstad", "Rutinerna för uppföljning och återkoppling behöver förbättras."),
            ("Uppsala", "Vi behöver förfina uppföljningen och återkopplingen."),
            ("Borås", "Uppföljningarna behöver förfinas och återkopplingen bli tydligare."),
            ("Luleå", "Uppföljningen och återkopplingen behöver förbättras."),
            ("Umeå", "Vi måste bli bättre på återkoppling efter uppföljningarna."),
            ("Sollentuna", "Uppföljningen finns men den behöver förfinas."),
            ("Landskrona", "Återkopplingen till skolorna kommer för sent."),
            ("Landskrona", "Uppföljningen behöver bli tydligare."),
        ])
        let subject = ["Vilka slutsatser kring nuläget har kommunen dragit?",
                       "Det finns fungerande rutiner för en systematisk uppföljning och återkoppling"]
        let summary = try Coder().code(answers, question: "q", subject: subject).summary
        #expect(summary.categories.count == 1)
        #expect((summary.categories.first?.respondents.count ?? 0) >= 6)
    }

    @Test func theFirstPartOfACompoundOfTheQuestionIsTheSubjectToo() throws {
        // "Vilka glädjeämnen …" asks about "glädje": three remarks that open with "Glädjande är
        // att" and go on about different things are no category "Glädjande".
        let answers = TestSupport.answers([
            ("A", "Matematiklyftet har tagits emot positivt"), ("B", "Lärarna är positiva till Matematiklyftet"),
            ("C", "Stort engagemang i Matematiklyftet"), ("D", "Matematiklyftet fungerar bra på skolorna"),
            ("E", "Givande diskussioner i kommungruppen"), ("F", "Diskussionerna på skolorna har varit givande"),
            ("G", "Många givande samtal och diskussioner"), ("H", "Bra diskussioner om undervisningen"),
            ("I", "Glädjande är att skolgården har rustats upp"), ("J", "Glädjande är att vaktmästaren stannar"),
            ("K", "Glädjande är att föräldramötena var välbesökta"),
        ])
        let without = try Coder().code(answers, question: "gladjeamnen").summary
        #expect(without.categories.contains { $0.label.hasPrefix("Glädj") })
        let with = try Coder().code(answers, question: "gladjeamnen", subject: ["Vilka glädjeämnen har identifierats?"]).summary
        #expect(!with.categories.contains { $0.label.hasPrefix("Glädj") })
        #expect(with.categories.map(\.label).contains("Matematiklyftet"))
        #expect(Set(with.uncategorized.map(\.respondent)).isSuperset(of: ["I", "J", "K"]))
    }

    @Test func aListHeadingStaysInÖvrigtAndIsNotAskedAbout() throws {
        var rows: [(String, String)] = []
        for (index, respondent) in ["A", "B", "C", "D", "E", "F"].enumerated() {
            let goal = index % 2 == 0 ? "Andelen elever på lägstanivån ska halveras" : "Andelen elever som når högstanivån ska öka"
            rows.append((respondent, "Operativa mål till 2015:\n- \(goal)\n- Alla lärare ska vara behöriga i matematik"))
        }
        let result = try Coder().code(TestSupport.answers(rows), question: "mal", subject: ["Vilka är kommunens operativa mål?"])
        let headings = result.coding.statements.filter { $0.text.hasSuffix(":") }
        #expect(headings.count == 6)
        #expect(headings.allSatisfy { $0.categories.isEmpty && $0.needsReview == false })
        #expect(!result.summary.categories.contains { $0.label.contains("Operativa") })
        #expect(StatementSplitter.isListHeading("Andra glädjeämnen: "))
        #expect(!StatementSplitter.isListHeading("Tid: svårt att hitta tid"))
    }
}
