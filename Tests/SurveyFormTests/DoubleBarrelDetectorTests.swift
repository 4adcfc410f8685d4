import SurveyForm
import Testing

struct DoubleBarrelDetectorTests {
    @Test func howAndWhenIsSplitIntoTwoQuestions() {
        let findings = DoubleBarrelDetector.findings(in: "Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?")
        #expect(findings == [.init(pattern: .joinedQuestionWords, parts: [
            "Hur har alla lärare som undervisar i matematik fått vetskap om målen?",
            "När har alla lärare som undervisar i matematik fått vetskap om målen?",
        ])])
    }

    @Test func questionWordsJoinedBySamtOrEller() {
        #expect(DoubleBarrelDetector.findings(in: "Vad samt varför valde ni arbetssättet?").first?.parts == [
            "Vad valde ni arbetssättet?", "Varför valde ni arbetssättet?",
        ])
        #expect(DoubleBarrelDetector.findings(in: "Beskriv hur, när eller var lärarna informerades.").first?.parts == [
            "Beskriv hur lärarna informerades.", "Beskriv när lärarna informerades.", "Beskriv var lärarna informerades.",
        ])
    }

    @Test func twoClausesInOneSentence() {
        let findings = DoubleBarrelDetector.findings(in: "Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet, vilka aktiviteter kommer att genomföras?")
        #expect(findings == [.init(pattern: .twoClauses, parts: [
            "Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet?",
            "Vilka aktiviteter kommer att genomföras?",
        ])])
        #expect(DoubleBarrelDetector.findings(in: "Vad har ni gjort och hur har det gått?").first?.parts == [
            "Vad har ni gjort?", "Hur har det gått?",
        ])
    }

    @Test func thingsListedTogether() {
        #expect(DoubleBarrelDetector.findings(in: "Vilka svårigheter, glädjeämnen etc har identifierats?")
                == [.init(pattern: .list, parts: ["svårigheter", "glädjeämnen"])])
        #expect(DoubleBarrelDetector.findings(in: "Vilka befattningshavare ingår i styrgrupp, kommungrupp samt nätverken?")
                == [.init(pattern: .list, parts: ["styrgrupp", "kommungrupp", "nätverken"])])
    }

    @Test(arguments: [
        "Hur har kommunen organiserat arbetet?",
        "Vilka befattningshavare ingår i styrgruppen?",
        "Vilka svårigheter har identifierats?",
        "Hur har alla lärare som undervisar i matematik fått vetskap om målen?",
        "När fick lärarna vetskap om målen?",
        "Vilka aktiviteter kommer att genomföras?",
        "Hur vet ni vilka elever som behöver stöd?",
        "Har ni ändrat organisationen, vilket har lett till nya rutiner?",
        "Vilka slutsatser har kommunen dragit av uppföljningar av de egna operativa målen (ej NP)?",
        "Elevers mål- och resultatuppfyllelse är väl kommunicerad och känd hos ledare, medarbetare, elever och vårdnadshavare.",
        "Finns andra exempel i kommunen där metoden att involvera alla fyra nivåer i utvecklingsarbetet tillämpats?",
        "Om ja: beskriv var och hur metoden har använts",
    ])
    func singleQuestionsAreNotFlagged(text: String) {
        let findings = DoubleBarrelDetector.findings(in: text)
        if text.hasPrefix("Om ja") {
            // "var och hur" in an instruction is still two questions in one.
            #expect(findings.first?.pattern == .joinedQuestionWords)
        } else {
            #expect(findings == [])
        }
    }
}
