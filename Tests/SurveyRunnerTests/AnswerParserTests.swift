import SurveyForm
import SurveyRunner
import Testing

struct AnswerParserTests {
    private func kind(_ id: String) throws -> QuestionKind {
        try TestForms.question(id, in: try TestForms.allKinds()).kind
    }

    private func parse(_ line: String, _ id: String) throws -> Result<AnswerValue, InputProblem> {
        AnswerParser.parseLine(line, for: try kind(id))
    }

    // MARK: text and short-text

    @Test func textIsTrimmedAndKeepsItsLines() {
        #expect(AnswerParser.parseText("\n  Första raden.\nAndra raden.\n\n", maxLength: nil) == .success(.text("Första raden.\nAndra raden.")))
    }

    @Test func emptyTextIsRefused() {
        #expect(AnswerParser.parseText(" \n ", maxLength: nil) == .failure(InputProblem("Svaret är tomt.")))
    }

    @Test func textLongerThanTheLimitIsRefused() {
        #expect(AnswerParser.parseText("abcdef", maxLength: 5) == .failure(InputProblem("Svaret är 6 tecken långt; högst 5 får plats. Korta det och skriv det igen.")))
    }

    @Test func arrowKeyEscapesAreRefused() {
        #expect(AnswerParser.parseText("Rektorer\u{1B}[A", maxLength: nil)
            == .failure(InputProblem("Svaret innehåller styrtecken (till exempel från piltangenterna); skriv det igen.")))
    }

    @Test func shortTextTakesOneLineWithinItsLimit() throws {
        #expect(try parse("Anna Svensson", "kontakt") == .success(.text("Anna Svensson")))
        #expect(try parse("Anna Svensson, rektor på skolan", "kontakt") == .failure(InputProblem("Svaret är 31 tecken långt; högst 20 får plats. Korta det och skriv det igen.")))
        #expect(AnswerParser.parseShortText("a\nb", maxLength: 20) == .failure(InputProblem("Svaret ska stå på en rad.")))
    }

    // MARK: numbers

    @Test(arguments: [("12", 12.0), ("0", 0), ("1 2", 12), (" 7 ", 7)])
    func integersInRange(line: String, expected: Double) throws {
        #expect(try parse(line, "antal-mal") == .success(.number(expected)))
    }

    @Test func decimalsWithCommaOrPoint() throws {
        #expect(try parse("10,7", "andel") == .success(.number(10.7)))
        #expect(try parse("10.7", "andel") == .success(.number(10.7)))
        #expect(try parse("-2,5", "andel") == .success(.number(-2.5)))
    }

    @Test func numberProblems() throws {
        #expect(try parse("tre", "antal-mal") == .failure(InputProblem("\"tre\" är inget tal. Skriv ett heltal, till exempel 12.")))
        #expect(try parse("ca 10", "andel") == .failure(InputProblem("\"ca 10\" är inget tal. Skriv ett tal, till exempel 12 eller 10,7.")))
        #expect(try parse("2,5", "antal-mal") == .failure(InputProblem("Svaret ska vara ett heltal, utan decimaler.")))
        #expect(try parse("-1", "antal-mal") == .failure(InputProblem("Talet ska vara minst 0.")))
        #expect(try parse("51", "antal-mal") == .failure(InputProblem("Talet ska vara högst 50.")))
        #expect(try parse("10,7,1", "andel") == .failure(InputProblem("\"10,7,1\" är inget tal. Skriv ett tal, till exempel 12 eller 10,7.")))
    }

    // MARK: choices

    @Test func multipleChoiceByNumbersLabelsPrefixesAndIds() throws {
        let expected = AnswerValue.choices(["namnd-utskott-kf-ks", "forvaltning"], other: nil)
        #expect(try parse("1,3", "beslutade") == .success(expected))
        #expect(try parse("3, 1", "beslutade") == .success(expected))
        #expect(try parse("1 3", "beslutade") == .success(expected))
        #expect(try parse("nämnd/utskott/kf/ks, FÖRVALTNINGEN", "beslutade") == .success(expected))
        #expect(try parse("näm,förv", "beslutade") == .success(expected))
        #expect(try parse("namnd, forvaltning", "beslutade") == .success(expected))
        #expect(try parse("namnd-utskott-kf-ks,forvaltning", "beslutade") == .success(expected))
        #expect(try parse("1,1,3", "beslutade") == .success(expected))
    }

    @Test func otherOptionTakesItsTextAfterAColon() throws {
        #expect(try parse("2, Annat: Ledningsgruppen, skolan", "beslutade")
            == .success(.choices(["rektorer", "annat"], other: "Ledningsgruppen, skolan")))
        #expect(try parse("4: Ledningsgruppen", "beslutade") == .success(.choices(["annat"], other: "Ledningsgruppen")))
        #expect(try parse("annat:Skolchefen", "beslutade") == .success(.choices(["annat"], other: "Skolchefen")))
        #expect(try parse("Någon annan: Skolchefen", "huvudansvar") == .success(.choice("annat", other: "Skolchefen")))
        #expect(try parse("Annat: Skolchefen", "huvudansvar") == .success(.choice("annat", other: "Skolchefen")))
    }

    @Test func choiceProblems() throws {
        #expect(try parse("7", "beslutade") == .failure(InputProblem("Det finns inget alternativ 7; välj 1–4.")))
        #expect(try parse("styrelsen", "beslutade")
            == .failure(InputProblem("\"styrelsen\" passar inget alternativ; svara med numret (1–4) eller namnet.")))
        #expect(try parse("4", "beslutade")
            == .failure(InputProblem("Skriv vad du menar efter kolon, till exempel 4: Ledningsgruppen.")))
        #expect(try parse("Annat", "beslutade")
            == .failure(InputProblem("Skriv vad du menar efter kolon, till exempel Annat: Ledningsgruppen.")))
        #expect(try parse("Annat:  ", "beslutade")
            == .failure(InputProblem("Skriv vad du menar efter kolon, till exempel Annat: Ledningsgruppen.")))
        #expect(try parse("rektorer: alla", "beslutade")
            == .failure(InputProblem("Bara alternativet Annat, nämligen … tar en text efter kolon, till exempel 4: Ledningsgruppen.")))
        #expect(try parse("1,2", "huvudansvar") == .failure(InputProblem("Välj bara ett alternativ.")))
        #expect(try parse(",", "huvudansvar") == .failure(InputProblem("Välj ett alternativ med nummer (1–3) eller namn.")))
    }

    @Test func ambiguousPrefixNamesTheCandidates() {
        let spec = ChoiceSpec(choices: [Choice(id: "rektorer", label: "Rektorer"), Choice(id: "regionen", label: "Regionen")])
        #expect(AnswerParser.parseSingleChoice("re", spec: spec)
            == .failure(InputProblem("\"re\" passar flera alternativ (Rektorer, Regionen); skriv mer av namnet eller numret.")))
        #expect(AnswerParser.parseSingleChoice("rek", spec: spec) == .success(.choice("rektorer", other: nil)))
    }

    @Test func exactLabelWinsOverAPrefix() {
        let spec = ChoiceSpec(choices: [Choice(id: "larare", label: "Lärare"), Choice(id: "lararna", label: "Lärarna")])
        #expect(AnswerParser.parseSingleChoice("lärare", spec: spec) == .success(.choice("larare", other: nil)))
        #expect(AnswerParser.parseSingleChoice("Lärar", spec: spec)
            == .failure(InputProblem("\"Lärar\" passar flera alternativ (Lärare, Lärarna); skriv mer av namnet eller numret.")))
    }

    @Test func choicesWithoutOtherRefuseAColon() {
        let spec = ChoiceSpec(choices: [Choice(id: "a", label: "A"), Choice(id: "b", label: "B")])
        #expect(AnswerParser.parseMultipleChoice("a, annat: x", spec: spec)
            == .failure(InputProblem("Frågan har inget alternativ Annat; svara med numren eller namnen, åtskilda med komma.")))
    }

    @Test func selectionBounds() {
        let spec = ChoiceSpec(choices: [Choice(id: "a", label: "A"), Choice(id: "b", label: "B"), Choice(id: "c", label: "C")],
                              minimumSelected: 2, maximumSelected: 2)
        #expect(AnswerParser.parseMultipleChoice("1", spec: spec) == .failure(InputProblem("Välj minst 2 alternativ.")))
        #expect(AnswerParser.parseMultipleChoice("1,2,3", spec: spec) == .failure(InputProblem("Välj högst 2 alternativ.")))
        #expect(AnswerParser.parseMultipleChoice("c,a", spec: spec) == .success(.choices(["a", "c"], other: nil)))
    }

    // MARK: yes-no, scale, status, term-or-date

    @Test(arguments: [("j", true), ("ja", true), ("JA", true), (" Ja ", true), ("n", false), ("nej", false), ("Nej", false)])
    func yesNo(line: String, expected: Bool) {
        #expect(AnswerParser.parseYesNo(line) == .success(.yesNo(expected)))
    }

    @Test(arguments: ["yes", "no", "jo", "1", "nja"])
    func yesNoProblems(line: String) {
        #expect(AnswerParser.parseYesNo(line) == .failure(InputProblem("Svara ja eller nej (j/n).")))
    }

    @Test func scaleByNumberOrWords() throws {
        #expect(try parse("3", "ledning") == .success(.scale(3)))
        #expect(try parse("stämmer bra", "ledning") == .success(.scale(4)))
        #expect(try parse("Stämmer ganska d", "ledning") == .success(.scale(2)))
        #expect(try parse("5", "ledning") == .failure(InputProblem("Det finns inget alternativ 5; välj 1–4.")))
        #expect(try parse("stämmer", "ledning")
            == .failure(InputProblem("\"stämmer\" passar flera alternativ (Stämmer dåligt, Stämmer ganska dåligt, Stämmer ganska bra, Stämmer bra); skriv mer av namnet eller numret.")))
    }

    @Test func scaleNumbersAreThePointValues() {
        let points = [ScalePoint(value: 0, label: "Aldrig"), ScalePoint(value: 5, label: "Alltid")]
        #expect(AnswerParser.parseScale("5", points: points) == .success(.scale(5)))
        #expect(AnswerParser.parseScale("1", points: points) == .failure(InputProblem("Det finns inget alternativ 1; välj 0–5.")))
    }

    @Test(arguments: [("1", Status.notStarted), ("ej påbörjad", .notStarted), ("ej", .notStarted), ("2", .started),
                      ("påbörjad", .started), ("paborjad", .started), ("p", .started), ("3", .done), ("Klar", .done)])
    func status(line: String, expected: Status) {
        #expect(AnswerParser.parseStatus(line) == .success(.status(expected)))
    }

    @Test func statusProblem() {
        #expect(AnswerParser.parseStatus("nästan")
            == .failure(InputProblem("\"nästan\" passar inget alternativ; svara med numret (1–3) eller namnet.")))
    }

    @Test func termsAndDates() throws {
        #expect(try parse("vt 2013", "malen-nar") == .success(.termOrDate(.term(.spring, year: 2013))))
        #expect(try parse("HT13", "malen-nar") == .success(.termOrDate(.term(.autumn, year: 2013))))
        #expect(try parse("hösten 2012", "malen-nar") == .success(.termOrDate(.term(.autumn, year: 2012))))
        #expect(try parse("2013-09-15", "malen-nar") == .success(.termOrDate(.date(year: 2013, month: 9, day: 15))))
        #expect(try parse("15/9 2013", "malen-nar") == .success(.termOrDate(.date(year: 2013, month: 9, day: 15))))
        #expect(try parse("i våras", "malen-nar")
            == .failure(InputProblem("\"i våras\" är varken en termin eller ett datum. Skriv en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15).")))
        #expect(try parse("2013-02-30", "malen-nar")
            == .failure(InputProblem("\"2013-02-30\" är varken en termin eller ett datum. Skriv en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15).")))
    }

    @Test func termOnlyAndDateOnly() {
        #expect(AnswerParser.parseTermOrDate("2013-09-15", accept: .term)
            == .failure(InputProblem("Frågan gäller en termin, inte ett datum. Skriv en termin, till exempel vt 2013 eller ht 2012.")))
        #expect(AnswerParser.parseTermOrDate("vt 2013", accept: .date)
            == .failure(InputProblem("Frågan gäller ett datum, inte en termin. Skriv ett datum, till exempel 2013-09-15.")))
        #expect(AnswerParser.parseTermOrDate("vt 2013", accept: .term) == .success(.termOrDate(.term(.spring, year: 2013))))
    }

    // MARK: grids

    @Test func countRows() {
        #expect(AnswerParser.parseCount("3") == .success(3))
        #expect(AnswerParser.parseCount("0") == .success(0))
        #expect(AnswerParser.parseCount("1 200") == .success(1200))
        #expect(AnswerParser.parseCount("-1") == .failure(InputProblem("Antalet kan inte vara negativt; skriv 0 om ingen.")))
        #expect(AnswerParser.parseCount("2,5") == .failure(InputProblem("Skriv ett heltal, utan decimaler.")))
        #expect(AnswerParser.parseCount("några") == .failure(InputProblem("\"några\" är inget antal. Skriv ett heltal, 0 om ingen.")))
    }

    @Test func totalMustEqualTheSum() {
        #expect(AnswerParser.parseTotal("11", sum: 11) == .success(11))
        #expect(AnswerParser.parseTotal("12", sum: 11)
            == .failure(InputProblem("Raderna blir tillsammans 11, men totalen är 12. Skriv totalen igen, eller :back för att ändra raderna.")))
    }

    @Test func checkRows() {
        let columns = [Choice(id: "ak3", label: "ÅK 3"), Choice(id: "ak6", label: "ÅK 6"), Choice(id: "ak9", label: "ÅK 9")]
        #expect(AnswerParser.parseCheckRow("1,3", columns: columns) == .success(["ak3", "ak9"]))
        #expect(AnswerParser.parseCheckRow("åk 6, ÅK 9", columns: columns) == .success(["ak6", "ak9"]))
        #expect(AnswerParser.parseCheckRow("ak3", columns: columns) == .success(["ak3"]))
        #expect(AnswerParser.parseCheckRow("-", columns: columns) == .success([]))
        #expect(AnswerParser.parseCheckRow("inga", columns: columns) == .success([]))
        #expect(AnswerParser.parseCheckRow("1,4", columns: columns)
            == .failure(InputProblem("\"4\" är ingen kolumn. Svara med kolumnernas nummer eller namn (1 ÅK 3, 2 ÅK 6, 3 ÅK 9), åtskilda med komma; tom rad = inga.")))
    }

    @Test func gridsAreNotAnsweredOnOneLine() throws {
        #expect(try parse("3", "deltagare") == .failure(InputProblem("Den här frågan besvaras rad för rad.")))
    }
}
