import Testing
@testable import SurveyCoder
import SurveyYAML

struct AnswerCSVTests {
    @Test func groupsAnswersByQuestionInFileOrder() throws {
        let text = "Text,Respondent,Question,Extra\n\"Lyftet\nTid\",Karlstad,lankats,x\nNej,Umeå,svarigheter,y\n\" \",Borås,lankats,z\n"
        let questions = try AnswerCSV.read(SourceText(path: "svar.csv", text: text))
        #expect(questions == [
            AnswerCSV.QuestionAnswers(question: "lankats", answers: [Answer(respondent: "Karlstad", text: "Lyftet\nTid"), Answer(respondent: "Borås", text: " ")]),
            AnswerCSV.QuestionAnswers(question: "svarigheter", answers: [Answer(respondent: "Umeå", text: "Nej")]),
        ])
    }

    @Test func excelsSwedishCSVIsRead() throws {
        // "CSV (semikolonavgränsad)" from Excel on Swedish Windows: semicolons, Windows-1252.
        let bytes: [UInt8] = Array("respondent;question;text\r\nUme".utf8) + [0xE5] + Array(";svarigheter;Tid f".utf8) + [0xF6]
            + Array("r tr".utf8) + [0xE4] + Array("ffar, ofta\r\n".utf8)
        #expect(try AnswerCSV.read(SourceText(path: "svar.csv", bytes: bytes)) == [
            AnswerCSV.QuestionAnswers(question: "svarigheter", answers: [Answer(respondent: "Umeå", text: "Tid för träffar, ofta")]),
        ])
    }

    @Test func writtenAnswersReadBackAsTheyWere() throws {
        let questions = [
            AnswerCSV.QuestionAnswers(question: "lankats", answers: [
                Answer(respondent: "Karlstad", text: "- Matematiklyftet\n- \"SKA\", kvalitetsarbetet"),
                Answer(respondent: "Umeå", text: "=1+1; Se bilaga"),
            ]),
            AnswerCSV.QuestionAnswers(question: "svarigheter", answers: [Answer(respondent: "Borås", text: "Tid")]),
        ]
        let text = AnswerCSV.text(questions)
        #expect(text.hasPrefix("respondent,question,text\n"))
        #expect(try AnswerCSV.read(SourceText(path: "svar.csv", text: text)) == questions)
    }

    @Test func missingColumnSuggestsTheCloseOne() {
        #expect(throws: Diagnostic.error("rubrikraden har ingen kolumn 'respondent'; menade du 'respondnet'?",
                                         at: SourceLocation(path: "svar.csv", line: 1, column: 1))) {
            try AnswerCSV.read(SourceText(path: "svar.csv", text: "respondnet,question,text\n"))
        }
    }

    @Test func shortRecordIsAnErrorOnItsLine() {
        #expect(throws: Diagnostic.error("raden har 2 fält; rubrikraden har 3", at: SourceLocation(path: "svar.csv", line: 3, column: 1))) {
            try AnswerCSV.read(SourceText(path: "svar.csv", text: "respondent,question,text\nA,q,t\nB,q\n"))
        }
    }

    @Test func aQuestionIdMustBeAFileNameInTheCodesFolder() {
        func problem(_ question: String) -> Diagnostic? {
            do {
                _ = try AnswerCSV.read(SourceText(path: "svar.csv", text: "respondent,question,text\nUmeå,\"\(question)\",Tid\n"))
                return nil
            } catch {
                return error
            }
        }
        // The id names ID.codebook.yaml and ID.coding.yaml: "../x" wrote them beside the codes
        // folder, and an empty id wrote the hidden ".codebook.yaml".
        #expect(problem("../utanfor") == .error("frågans id '../utanfor' kan inte vara ett filnamn i kodmappen: Namnet får inte innehålla / eller \\.",
                                                at: SourceLocation(path: "svar.csv", line: 2, column: 6)))
        #expect(problem("a\\b") != nil && problem(".dold") != nil && problem("a\u{7}b") != nil && problem("CON") != nil)
        #expect(problem(" ") == .error("frågan saknas", at: SourceLocation(path: "svar.csv", line: 2, column: 6)))
        #expect(problem(String(repeating: "å", count: 101)) != nil)
        // Another tool's ids need not be the form language's.
        #expect(problem("Q1") == nil && problem("fråga 3") == nil && problem("satser.uppfoljning.nulage") == nil)
    }

    @Test func aRespondentIsNeeded() {
        #expect(throws: Diagnostic.error("respondenten saknas", at: SourceLocation(path: "svar.csv", line: 3, column: 1))) {
            try AnswerCSV.read(SourceText(path: "svar.csv", text: "respondent,question,text\nUmeå,q,Tid\n ,q,Tid saknas\n"))
        }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Diagnostic.error("filen är tom; första raden ska vara rubrikraden 'respondent,question,text'",
                                         at: SourceLocation(path: "svar.csv", line: 1, column: 1))) {
            try AnswerCSV.read(SourceText(path: "svar.csv", text: ""))
        }
    }

    @Test func readsTheFixture() throws {
        let answers = try TestSupport.lankatsAnswers()
        #expect(answers.map(\.respondent) == ["Karlstad", "Uppsala", "Borås", "Luleå", "Umeå", "Sollentuna", "Landskrona"])
        #expect(answers[1].text == "- Matematiklyftet\n- Kommunens befintliga kompetensutvecklingsprojekt för lärarna")
    }
}
