import Foundation
import SurveyForm
import SurveyResponses
import SurveyText
import SurveyYAML
import Testing

struct CompletenessCheckerTests {
    /// A folder where Karlstad is complete and Sollentuna, Borås and Luleå each have gaps.
    private func folderWithGaps() throws -> (String, Form) {
        let form = try TestForm.form()
        let folder = try TestForm.temporaryFolder()
        let store = ResponseStore(root: folder)
        func save(_ name: String, _ answers: [String: AnswerEntry]) throws {
            var response = Response(formID: "testform", formVersion: "2.0", respondent: name, round: "pilot")
            for (id, entry) in answers { response[id] = entry }
            try store.save(response, form: form, toPath: store.path(forRespondent: name, round: "pilot"))
        }
        let full: [String: AnswerEntry] = [
            "organiserat": .init(value: .text("Kommungruppen träffas varje månad.")),
            "antal": .init(value: .number(4)),
            "beslutade": .init(value: .choices(["namnd"], other: nil)),
            "ansvar": .init(value: .choice("forvaltningen", other: nil)),
            "exempel": .init(value: .yesNo(false)),
            "malen-hur": .init(value: .text("Genom rektorerna.")),
            "malen-nar": .init(value: .termOrDate(.term(.spring, year: 2013))),
            "deltagare": .init(value: .countGrid(["politiker": 2, "rektorer": 3], total: 5)),
            "niva": .init(value: .scale(3)),
            "satser.ledning.status": .init(value: .status(.started)),
        ]
        try save("Karlstad", full)
        var sollentuna = full
        sollentuna["organiserat"] = nil
        sollentuna["malen-nar"] = nil
        sollentuna["exempel"] = .init(value: .yesNo(true))
        try save("Sollentuna", sollentuna)
        var boras = full
        boras["organiserat"] = .init(value: .text("Se ovan."))
        boras["deltagare"] = .init(value: .countGrid(["politiker": 2, "rektorer": 3], total: 7))
        boras["gammal-fraga"] = nil
        try save("Borås", boras)
        var lulea = full
        lulea["malen-hur"] = nil
        lulea["malen-nar"] = .init(emptyConfirmed: true)
        lulea["exempel-beskriv"] = .init(value: .text("Gäller inte längre."), notApplicable: true)
        try save("Luleå", lulea)
        // A kept answer to a question this version does not have.
        let borasPath = store.path(forRespondent: "Borås", round: "pilot")
        var text = try String(contentsOfFile: borasPath, encoding: .utf8)
        text += "  gammal-fraga:\n    answer: Något från förra året.\n"
        try text.write(toFile: borasPath, atomically: true, encoding: .utf8)
        return (folder, form)
    }

    private let register = """
    register: r
    title: Deltagare
    rounds:
      - id: pilot
        title: Pilotomgång
        networks:
          - id: pilot
            title: Pilotnätverket
            municipalities: [Borås, Karlstad, Luleå, Sollentuna, Umeå]
      - id: host-2012
        title: Höstomgång
        networks:
          - id: norr
            title: Nätverk Norr
            municipalities: [Boden]
    """

    @Test func reportsGapsLikeStaffRemarks() throws {
        let (folder, form) = try folderWithGaps()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let register = try #require(RegisterLoader.load(source: SourceText(path: "r.yaml", text: self.register)).validRegister)
        let report = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: ["pilot"])
        #expect(!report.isComplete)
        #expect(report.text(form: form) == """
        Testrapport (testform, version 2.0)
        4 svar: 1 komplett, 3 med saknade svar. 1 kommun i registret har inte svarat alls.

        Per fråga
        ---------
        Hur har kommunen organiserat arbetet? [organiserat]
          (varning) Borås har svarat "Se ovan." på frågan Hur har kommunen organiserat arbetet?, vilket inte ser ut som ett svar.
          Sollentuna har inte svarat på frågan Hur har kommunen organiserat arbetet?
        Beskriv exemplen. [exempel-beskriv]
          Sollentuna har inte svarat på frågan Beskriv exemplen.
        Hur har lärarna fått vetskap om målen? [malen-hur]
          Luleå har inte svarat på frågan Hur har lärarna fått vetskap om målen?
        När fick lärarna vetskap om målen? [malen-nar]
          Sollentuna har svarat på "Hur har lärarna fått vetskap om målen?" men inte på "När fick lärarna vetskap om målen?"; båda är delar av frågan "Hur och när har lärarna fått vetskap om målen?".
        Hur många deltagare finns från varje nivå? [deltagare]
          Borås: raderna i frågan Hur många deltagare finns från varje nivå? summerar till 5, men totalt antal deltagare är 7.
        'gammal-fraga' (finns inte i formuläret)
          (varning) Borås har ett svar på frågan 'gammal-fraga', som inte finns i version 2.0 av formuläret. Svaret finns kvar i filen.

        Per kommun
        ----------
        Borås (pilot): 1 saknas, 2 varningar; 10 av 12 frågor besvarade
          (varning) Borås har svarat "Se ovan." på frågan Hur har kommunen organiserat arbetet?, vilket inte ser ut som ett svar.
          Borås: raderna i frågan Hur många deltagare finns från varje nivå? summerar till 5, men totalt antal deltagare är 7.
          (varning) Borås har ett svar på frågan 'gammal-fraga', som inte finns i version 2.0 av formuläret. Svaret finns kvar i filen.
        Luleå (pilot): 1 saknas; 9 av 12 frågor besvarade
          Luleå har inte svarat på frågan Hur har lärarna fått vetskap om målen?
        Sollentuna (pilot): 3 saknas; 8 av 13 frågor besvarade
          Sollentuna har svarat på "Hur har lärarna fått vetskap om målen?" men inte på "När fick lärarna vetskap om målen?"; båda är delar av frågan "Hur och när har lärarna fått vetskap om målen?".
          Sollentuna har inte svarat på frågan Hur har kommunen organiserat arbetet?
          Sollentuna har inte svarat på frågan Beskriv exemplen.
        Kompletta: Karlstad

        Har inte svarat alls
        --------------------
          Umeå (Pilotomgång, Pilotnätverket)

        """)
    }

    @Test func jsonListsRespondentsAndFindings() throws {
        let (folder, form) = try folderWithGaps()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let report = CompletenessChecker.check(form: form, responses: set)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["form"] as? String == "testform")
        #expect(object["complete"] as? Bool == false)
        let respondents = try #require(object["respondents"] as? [[String: Any]])
        #expect(respondents.map { $0["respondent"] as? String } == ["Borås", "Karlstad", "Luleå", "Sollentuna"])
        #expect(respondents.map { $0["missing"] as? Int } == [1, 0, 1, 3])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["kind"] as? String } == [
            "non-answer", "grid-total-mismatch", "not-in-form", "required-unanswered",
            "split-half-answered", "required-unanswered", "required-unanswered",
        ])
        #expect(findings.first?["question"] as? String == "organiserat")
        #expect(findings.first?["severity"] as? String == "warning")
    }

    @Test func completeFolderIsComplete() throws {
        let (folder, form) = try folderWithGaps()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["Sollentuna", "Borås", "Luleå"] {
            try FileManager.default.removeItem(atPath: folder + "/pilot/\(name).yaml")
        }
        let report = CompletenessChecker.check(form: form, responses: ResponseSet.load(from: ResponseStore(root: folder), form: form))
        #expect(report.isComplete)
        #expect(report.text(form: form) == "Testrapport (testform, version 2.0)\n1 svar: 1 komplett, 0 med saknade svar.\nAllt som krävs är besvarat.\n")
    }

    @Test func unreadableFileIsMissing() throws {
        let form = try TestForm.form()
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write("form: testform\nanswers: [\n", toPath: folder + "/pilot/Umeå.yaml")
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        #expect(set.diagnostics.map(\.message) == ["här väntades ett värde (i värdet som börjar på rad 3, kolumn 1)"])
        let report = CompletenessChecker.check(form: form, responses: set)
        #expect(report.findings.map(\.message) == ["Filen med Umeås svar kan inte läsas (se \(folder)/pilot/Umeå.yaml:3:1)."])
        #expect(!report.isComplete)
    }

    /// A response file of someone the register does not have in its round is counted in the
    /// tables all the same: staff are told, and the folder is no less complete for it.
    @Test func aFileOfSomeoneNotInTheRoundIsAWarning() throws {
        let (folder, form) = try folderWithGaps()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let karlstad = try String(contentsOfFile: folder + "/pilot/Karlstad.yaml", encoding: .utf8)
        try karlstad.write(toFile: folder + "/pilot/Umea.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/host-2012", withIntermediateDirectories: true)
        try karlstad.write(toFile: folder + "/host-2012/Karlstad.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/varen", withIntermediateDirectories: true)
        try karlstad.write(toFile: folder + "/varen/Karlstad.yaml", atomically: true, encoding: .utf8)
        try karlstad.write(toFile: folder + "/Luleå.yaml", atomically: true, encoding: .utf8)
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let register = try #require(RegisterLoader.load(source: SourceText(path: "r.yaml", text: self.register)).validRegister)
        let report = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: ["pilot"])
        let warnings = report.findings.filter { $0.kind == .notInRegister }
        #expect(warnings.map(\.message).sorted() == [
            "Karlstad finns inte med i Höstomgång i registret (hör till Pilotomgång); svaren räknas ändå med i tabellerna.",
            "Omgången 'varen' finns inte i registret; Karlstad hör till Pilotomgång; svaren räknas ändå med i tabellerna.",
            "Umea finns inte med i Pilotomgång i registret (menade du Umeå?); svaren räknas ändå med i tabellerna.",
        ])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        // The copies of Karlstad's complete answers are complete apart from the warning.
        let umea = report.respondents.filter { $0.respondent == "Umea" }
        #expect(umea.count == 1 && umea.allSatisfy { $0.isComplete })
        // Without a register nothing is said.
        #expect(!CompletenessChecker.check(form: form, responses: set).findings.contains { $0.kind == .notInRegister })
    }

    /// A register of school units: the report speaks of them, not of municipalities.
    @Test func theRegistersRespondentWordIsUsed() throws {
        let (folder, form) = try folderWithGaps()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let text = self.register.replacingOccurrences(of: "title: Deltagare\n", with: "title: Deltagare\nrespondent: skolenhet\n")
        let register = try #require(RegisterLoader.load(source: SourceText(path: "r.yaml", text: text)).validRegister)
        let report = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: nil)
        let lines = report.text(form: form).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "4 svar: 1 komplett, 3 med saknade svar. 2 skolenheter i registret har inte svarat alls.")
        #expect(lines.contains("Per skolenhet\n-------------".split(separator: "\n")[0]))
        #expect(report.text(form: form).contains("\nPer skolenhet\n-------------\nBorås (pilot)"))
        // The form's own word wins over the register's.
        var own = form
        own.respondentNoun = RespondentNoun(singular: "avdelning", plural: "avdelningar", definite: "avdelningen", definitePlural: "avdelningarna")
        let ownReport = CompletenessChecker.check(form: own, responses: set, register: register, expectedRounds: ["pilot"])
        #expect(ownReport.text(form: own).contains("1 avdelning i registret har inte svarat alls.\n"))
        #expect(ownReport.text(form: own).contains("\nPer avdelning\n-------------\n"))
    }

    /// Escape sequences and bidirectional controls from a hand-edited file and a file name are shown, never sent raw.
    @Test func controlCharactersFromFilesAreShownHarmlessly() throws {
        let form = try TestForm.form()
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "Ume\u{1B}[2Jå\u{202E}"
        try AtomicFile.write("""
        form: testform
        version: "2.0"
        respondent: Umeå
        answers:
          organiserat:
            answer: Kommungruppen träffas.

        """, toPath: folder + "/pilot/\(name).yaml")
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let report = CompletenessChecker.check(form: form, responses: set)
        let text = report.text(form: form)
        #expect(TextSafety.firstUnsafe(in: text) == nil)
        #expect(text.contains("\nUme\u{241B}[2Jå\u{FFFD} (pilot): 9 saknas; 1 av 12 frågor besvarade\n"))
        #expect(text.contains("\n  Ume\u{241B}[2Jå\u{FFFD} har inte svarat på frågan Ledningen är tydlig.\n"))
        let json = report.json()
        #expect(TextSafety.firstUnsafe(in: json) == nil)
        #expect(json.contains("\"respondent\" : \"Ume\\u001b[2Jå\\u202e\""))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["respondents"] as? [[String: Any]])?.first?["respondent"] as? String == name)
    }

    @Test(arguments: ["-", "se ovan", "Vet ej.", "???", "…", "Ingen kommentar", "Inget att tillägga.", "Svårt att svara på"])
    func nonAnswersAreRecognised(text: String) {
        #expect(NonAnswerDetector.nonAnswer(in: text) != nil)
    }

    @Test(arguments: ["Vi vet inte om alla lärare känner till målen.", "Matematiklyftet", "Se ovan: rektorerna informerar."])
    func realAnswersAreNot(text: String) {
        #expect(NonAnswerDetector.nonAnswer(in: text) == nil)
    }
}
