import ArgumentParser
import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyText
import SurveyYAML

extension SurveyCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Granska en frågas kategorier i terminalen: byt namn, slå ihop, dela, flytta, lägg till och ta bort påståenden, radera, ångra, markera som klar.",
            discussion: """
            Läser FRÅGA.codebook.yaml och FRÅGA.coding.yaml från kodmappen och visar kategorierna. \
            Kommandon (svenska, med engelska namn): lista/list, visa/show N, namn/rename N ETIKETT, \
            ihop/merge N M, dela/split N 1,3 ETIKETT (N kan vara Ö: en ny kategori av påståenden i Övrigt), \
            flytta/move N.S M, lägg-till/add N.S M (i ytterligare en kategori, kvar i sina andra), \
            ta-bort/remove N.S (ur kategori N, kvar i sina andra; utan andra kategorier hamnar det i \
            Övrigt), ny/new ETIKETT, radera/delete N (bara en tom kategori som inte är klar), \
            upplös/dissolve N (kategorin försvinner, dess påståenden blir kvar i sina andra kategorier \
            eller i Övrigt), klar/final N, inte-klar/unfinal N, ångra/undo (sessionens senaste beslut; \
            igen för beslutet före det), hjälp/help, sluta/quit. Kategorier anges med nummer (Ö för \
            Övrigt), påståenden som N.S. Numren ändras inte under sessionen: en kategori behåller sitt \
            nummer, en ny får nästa, och ett nummer som försvunnit används inte igen; ett påstående \
            behåller sitt nummer i en kategori så länge det ligger kvar där, och ett påstående som kommer \
            till en kategori får nästa nummer i den. Varje ändring sparas direkt, atomärt (ångra lägger \
            tillbaka filerna exakt som de var); påståenden som personalen placerar markeras \
            decided: staff, och en ny körning av survey code behåller dem. En fråga granskas eller kodas i \
            en session i taget, och en fil som ändras på annat sätt under granskningen skrivs aldrig över: \
            nästa ändring sparas inte. I en terminal visas långa listor en sida i taget.

            Påståendena erbjuds ett i taget, som "Nästa": först de som kodaren är minst säker på och vars \
            svar ändrar tabellerna mest. Enter (eller j/accept) godtar kodarens förslag, i/in M placerar \
            påståendet i kategori M (i 2,3 i två, i Ö i Övrigt), hoppa/skip tar nästa. Efter varje beslut \
            lär sig kodaren av det (med --learn-from-filer, som survey code gör) och bedömer resten igen; \
            påståenden den då är säker nog på för --target-accuracy kodas automatiskt (review: false) och \
            lämnar kön, liksom påståenden med samma ord som ett som personalen har placerat i kodningen \
            (skiftläge, mellanslag och avslutande skiljetecken oräknade), redan från första beslutet. \
            När inget är kvar att granska erbjuds de automatiskt kodade att kontrollera, de \
            kodaren är minst säker på först. En förloppsrad efter varje beslut visar hur många som är beslutade, kodade \
            automatiskt (med den förväntade träffsäkerheten) och kvar att granska. Med --no-queue finns \
            bara kommandona: inget påstående erbjuds och inget bedöms igen.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret.", valueName: "formulär"))
        var form: String

        @Argument(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String

        @Option(help: ArgumentHelp("Frågan som ska granskas.", valueName: "id"))
        var question: String

        @Option(help: ArgumentHelp("Mapp med kodböcker och kodningar (standard: SVARSMAPP/codes).", valueName: "mapp"))
        var codes: String?

        @Option(help: ArgumentHelp("En ordlista över ord som skrivs på flera sätt (standard: glossary.yaml bredvid formuläret, om den finns).", valueName: "fil"))
        var glossary: String?

        @Option(help: ArgumentHelp("Svarens språk: sv eller en.", valueName: "språk"))
        var language = "sv"

        @OptionGroup var learning: LearningOptions

        @Flag(inversion: .prefixedNo, help: "Erbjud påståendena ett i taget för beslut, och låt kodaren lära sig av varje beslut (--no-queue: bara kommandon).")
        var queue = true

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if CoderLanguage(argument: language) == nil { throw ValidationError("--language ska vara sv eller en.") }
        }

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let loaded = try FormInput.load(form, output: &output)
            let found = try QuestionChoice.question(question, in: loaded)
            // A missing responses folder is said as such, before anything is looked for in it.
            let set = try ResponsesInput.load(responses, form: loaded, output: &output)
            let folder = codes ?? (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
            let codebookPath = (folder as NSString).appendingPathComponent("\(question).codebook.yaml")
            let codingPath = (folder as NSString).appendingPathComponent("\(question).coding.yaml")
            guard FileManager.default.fileExists(atPath: codebookPath), FileManager.default.fileExists(atPath: codingPath) else {
                StandardError.write("\(question) är inte kodad än (\(codebookPath) finns inte); kör först `survey code \(form) \(responses) --question \(question)`.\n")
                throw ExitCode(64)
            }
            let lock: LockFile
            let files: ReviewFiles
            do {
                // No other session changes the files while this one does (survey code, a second review).
                lock = try CodingLock.acquire(folder: folder, question: question)
                // The bytes as they are before the session: what undoing its first decision puts back.
                files = try ReviewFiles(codebookPath: codebookPath, codingPath: codingPath)
            } catch {
                output.print([error])
                throw ExitCode.failure
            }
            let coded: CodedQuestion
            do {
                let book = try Codebook.load(path: codebookPath)
                coded = CodedQuestion(codebook: book, coding: try Coding.load(path: codingPath, categories: Set(book.categoryIDs)))
                output.print(CodedQuestion.questionMismatches(of: question, codebook: coded.codebook, codebookPath: codebookPath,
                                                              coding: coded.coding, codingPath: codingPath))
            } catch {
                for path in [codebookPath, codingPath] { if let source = try? SourceText.load(path: path) { output.add(source) } }
                output.print(error.diagnostics)
                throw ExitCode.failure
            }
            let answered = set.answers(to: found, in: loaded).count
            let title = found.table.map { table in table.number.map { "Tabell \($0): \(table.title)" } ?? table.title } ?? found.qualifiedText
            let (sources, problems) = CoderInputs.learningSources(learning.learnFrom, questions: loaded.questions.map(\.id), source: form)
            if !problems.isEmpty { try CoderInputs.stop(problems, in: learning.learnFrom, output: &output) }
            let training: TrainingSet
            do {
                training = try sources.training(for: question, codebook: coded.codebook, existing: nil)
            } catch {
                try CoderInputs.stop(error.diagnostics, in: learning.learnFrom, output: &output)
            }
            var options = CoderOptions(language: CoderLanguage(argument: language) ?? .swedish)
            options.targetAccuracy = learning.targetAccuracy
            let coder: Coder
            do {
                coder = try Coder(options: options, glossary: try CoderInputs.glossary(glossary, form: form, codesFolder: folder, output: &output))
            } catch let error as CoderError {
                throw ValidationError(error.description)
            }
            let scorer = queue ? ReviewConsole.Scorer(coder: coder, topic: loaded.program.map { [$0] } ?? [], training: training) : nil
            let console = ReviewConsole(coded: coded, title: title, answered: answered, noun: RespondentNoun.of(form: loaded), scorer: scorer)
            var dialogue = ReviewDialogue(console: console, files: files, diagnostics: output)
            withExtendedLifetime(lock) { dialogue.run() }
            output = dialogue.diagnostics
        }
    }
}
