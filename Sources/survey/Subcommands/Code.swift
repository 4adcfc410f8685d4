import ArgumentParser
import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyText
import SurveyYAML

extension SurveyCommand {
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sortera fritextsvaren på en fråga i kategorier; skriv en kodbok och en kodning.",
            discussion: """
            Svaren hämtas från en svarsmapp (FORMULÄR SVARSMAPP --question ID, eller --all för alla frågor \
            som går att koda) eller från en CSV-export (--csv FIL med kolumnerna respondent,question,text). \
            Varje svar delas upp i påståenden, som grupperas; en svarande räknas i varje kategori som något \
            av dess påståenden ligger i. Med en befintlig kodbok (i kodmappen, eller --codebook FIL, till \
            exempel förra årets) placeras svaren först i dess kategorier, och bara det som inte passar i \
            någon av dem bildar nya; färdiga kategorier och personalens beslut ändras aldrig. \
            FRÅGA.codebook.yaml och FRÅGA.coding.yaml skrivs atomärt till kodmappen; sammanfattningen \
            skrivs till stdout. En fråga som granskas (survey review) eller kodas i en annan session just \
            nu kodas inte: kommandot slutar innan något läses eller skrivs.

            Ord som svaren skriver på flera sätt ("ML", "Mattelyftet", "Matematiklyftet") läses som ett och \
            samma genom en ordlista: --glossary FIL, annars glossary.yaml bredvid formuläret om den finns, \
            tillsammans med de varianter som personalen har listat bland nyckeltermerna i kodböckerna i \
            kodmappen.

            Kodaren lär sig av det som redan har kodats: personalens beslut i frågans kodning i kodmappen, \
            och --learn-from FIL (kan upprepas), antingen en CSV från ett annat verktyg (kolumnerna \
            respondent,question,text,categories; ett svars kategorier anges med sina etiketter, åtskilda av \
            ';'; en tom cell för ett svar som kodats som ingenting) eller en kodningsfil, till exempel förra \
            årets (FRÅGA.coding.yaml, med FRÅGA.codebook.yaml bredvid). Sedan placerar kodaren påståendena \
            med en klassificerare vars poäng är kalibrerade sannolikheter, och markerar bara de påståenden \
            med `review: false` som den är så säker på att påståenden som kodas så blir rätt så ofta som \
            --target-accuracy kräver (standard 0.95); resten lämnas till `survey review`. Ett påstående med \
            samma ord som ett som personalen har placerat i kodningen (skiftläge, mellanslag och avslutande \
            skiljetecken oräknade) kodas som personalen placerade det, redan från första beslutet. En \
            felaktig rad i en --learn-from-fil rapporteras med sin position, och inget skrivs.

            En CSV-fil får vara avgränsad med komma, semikolon (som Excel sparar på svenska) eller tabb, \
            det som rubrikraden har flest av, och vara sparad som UTF-8, UTF-16 (Excels Unicode-text) eller \
            Windows-1252 (Excels vanliga CSV i svenska Windows).
            """
        )

        @Argument(help: ArgumentHelp("Formuläret (inte med --csv).", valueName: "formulär"))
        var form: String?

        @Argument(help: ArgumentHelp("Svarsmappen (inte med --csv).", valueName: "svarsmapp"))
        var responses: String?

        @Option(help: ArgumentHelp("Frågan som ska kodas (kan upprepas).", valueName: "id"))
        var question: [String] = []

        @Flag(help: "Koda alla frågor i formuläret som går att koda.")
        var all = false

        @Option(help: ArgumentHelp("Läs svaren från en CSV-fil (kolumnerna respondent,question,text) i stället för från en svarsmapp.", valueName: "fil"))
        var csv: String?

        @Option(help: ArgumentHelp("Mapp för kodböcker och kodningar (standard: SVARSMAPP/codes; krävs med --csv utom med --dry-run).", valueName: "mapp"))
        var codes: String?

        @Option(help: ArgumentHelp("En kodbok att koda in i först, till exempel förra årets, när frågan inte har någon än.", valueName: "fil"))
        var codebook: String?

        @Option(help: ArgumentHelp("En ordlista över ord som skrivs på flera sätt (standard: glossary.yaml bredvid formuläret, om den finns).", valueName: "fil"))
        var glossary: String?

        @Option(help: ArgumentHelp("Bilda exakt K kategorier; varje påstående placeras i en av dem.", valueName: "K"))
        var clusters: Int?

        @Flag(help: "Koda varje svar i sin helhet, som ett enda påstående.")
        var single = false

        @Option(help: ArgumentHelp("Svarens språk: sv eller en.", valueName: "språk"))
        var language = "sv"

        @Option(help: "Format för sammanfattningen: text eller json.")
        var format: ReportFormat = .text

        @Flag(name: .customLong("dry-run"), help: "Visa sammanfattningen men spara inga filer.")
        var dryRun = false

        @OptionGroup var learning: LearningOptions

        @Option(help: ArgumentHelp("Frö för kodarens slumpval (samma frö och samma svar ger samma resultat).", valueName: "tal"))
        var seed: UInt64 = 2012

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if csv == nil {
                guard form != nil, responses != nil else {
                    throw ValidationError("Ange FORMULÄR och SVARSMAPP, eller --csv FIL.")
                }
                if question.isEmpty && !all { throw ValidationError("Ange --question ID (eller --all).") }
            } else {
                if form != nil || responses != nil { throw ValidationError("Med --csv anges inte FORMULÄR eller SVARSMAPP.") }
                if all { throw ValidationError("--all behöver ett formulär; med --csv kodas alla frågor i filen om inte --question anges.") }
                if codes == nil && !dryRun { throw ValidationError("Med --csv, ange med --codes MAPP var kodböckerna ska skrivas (eller --dry-run).") }
            }
            if let clusters, clusters < 1 { throw ValidationError("--clusters ska vara minst 1.") }
            if CoderLanguage(argument: language) == nil { throw ValidationError("--language ska vara sv eller en.") }
        }

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            var filesWithErrors = FilesWithErrors()
            let jobs = try csv.map { try csvJobs($0, output: &output) } ?? formJobs(output: &output, filesWithErrors: &filesWithErrors)
            var options = CoderOptions(language: CoderLanguage(argument: language) ?? .swedish,
                                       categories: clusters.map { .fixed($0) } ?? .automatic, seed: seed)
            let readGlossary = try CoderInputs.glossary(glossary, form: form, codesFolder: codesFolder, output: &output)
            let coder: Coder
            do {
                coder = try Coder(options: options, glossary: readGlossary)
            } catch {
                throw ValidationError(error.description)
            }
            let lastYear = try codebook.map { try loadCodebook($0, output: &output) }
            let questions = learning.learnFrom.isEmpty ? [] : try form.map { try FormInput.load($0, output: &output).questions.map(\.id) } ?? jobs.map(\.question)
            var (sources, problems) = CoderInputs.learningSources(learning.learnFrom, questions: questions, source: form ?? csv ?? "")
            // No other session changes a question's files from before its coding is read until the
            // new one is written (a `survey review` of it, another `survey code`): held to the end.
            var locks: [LockFile] = []
            if !dryRun, let folder = codesFolder {
                do {
                    for job in jobs { locks.append(try CodingLock.acquire(folder: folder, question: job.question)) }
                } catch {
                    output.print([error])
                    throw ExitCode.failure
                }
            }
            defer { withExtendedLifetime(locks) {} }
            // Every question's examples are read before anything is coded: a bad row writes nothing.
            var prepared: [(job: Job, existing: CodedQuestion?, codebook: Codebook?, training: TrainingSet)] = []
            for job in jobs {
                let existing = try existingCoding(for: job.question, output: &output)
                let book = existing?.codebook ?? lastYear
                do {
                    prepared.append((job, existing, book, try sources.training(for: job.question, codebook: book, existing: existing)))
                } catch {
                    problems += error.diagnostics
                }
            }
            if !problems.isEmpty { try CoderInputs.stop(problems, in: learning.learnFrom, output: &output) }
            options.targetAccuracy = learning.targetAccuracy
            var summaries: [String] = []
            for (job, existing, book, training) in prepared {
                options.splitting = single || job.single ? .wholeAnswer : .statements
                let jobCoder = options == coder.options ? coder : try Coder(options: options, glossary: readGlossary)
                let progress = ProgressLine(question: job.question, enabled: job.answers.count >= 2_000)
                let result: CodingResult
                do {
                    result = try jobCoder.code(job.answers, question: job.question, topic: job.topic, subject: job.subject, form: job.form, table: job.table,
                                               codebook: book, previous: existing?.coding, training: training,
                                               progress: progress.report)
                } catch {
                    throw ValidationError(error.description)
                }
                progress.finish()
                if !dryRun, let folder = codesFolder {
                    do {
                        try keepDecisionsLeftOut(of: result.coding, existing: existing?.coding, folder: folder, question: job.question)
                        try AtomicFile.write(try result.codebook.yaml(), toPath: path(folder, job.question, "codebook"))
                        try AtomicFile.write(try result.coding.yaml(), toPath: path(folder, job.question, "coding"))
                    } catch {
                        output.print([error])
                        throw ExitCode.failure
                    }
                }
                switch format {
                case .text: summaries.append((job.title.map { "\($0)\n" } ?? "") + result.summary.table(title: "Kategori") + result.reviewLine)
                case .json: summaries.append(result.summary.json())
                }
            }
            switch format {
            // Labels and statements come from answers: shown, never sent raw to the terminal.
            case .text: print(TextSafety.displayable(summaries.joined(separator: "\n")), terminator: "")
            case .json: print(summaries.count == 1 ? summaries[0] : "[\n" + summaries.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n]\n", terminator: "")
            }
            if !dryRun, let folder = codesFolder {
                let files = jobs.count == 1 ? "en kodbok och en kodning" : "\(jobs.count) kodböcker och kodningar"
                StandardError.write("Skrev \(files) till \(folder); granska dem med `survey review`.\n")
            }
            try filesWithErrors.fail(countedIn: "kodningen")
        }

        /// One question's answers to code.
        struct Job {
            var question: String
            var title: String?
            var form: String?
            var table: Codebook.TableReference?
            var single: Bool
            var answers: [Answer]
            /// What every answer is about (the form's programme); its words name no category.
            var topic: [String] = []
            /// The question's own wording; a group held together by its words alone is no category.
            var subject: [String] = []
        }

        private var codesFolder: String? {
            codes ?? responses.map { ($0 as NSString).appendingPathComponent(ResponseStore.codesFolderName) }
        }

        private func path(_ folder: String, _ question: String, _ kind: String) -> String {
            (folder as NSString).appendingPathComponent("\(question).\(kind).yaml")
        }

        private func formJobs(output: inout DiagnosticOutput, filesWithErrors: inout FilesWithErrors) throws -> [Job] {
            guard let form, let responses else { return [] }
            let loaded = try FormInput.load(form, output: &output)
            var questions: [Question] = []
            if all {
                questions = loaded.questions.filter(\.isCodable)
            } else {
                for id in question {
                    let found = try QuestionChoice.question(id, in: loaded)
                    switch found.kind {
                    case .text, .shortText: questions.append(found)
                    default:
                        StandardError.write("Frågan \(quoted: id) är av typen \(found.kind.name); bara fritextfrågor kodas.\n")
                        throw ExitCode(64)
                    }
                }
            }
            let set = try ResponsesInput.load(responses, form: loaded, output: &output)
            filesWithErrors.add(form: form, responses: responses, files: set.filesWithErrors)
            return questions.map { question in
                Job(question: question.id, title: question.table.map { table in table.number.map { "Tabell \($0): \(table.title)" } ?? table.title } ?? question.qualifiedText,
                    form: loaded.id, table: question.table.map { Codebook.TableReference(number: $0.number, title: $0.title) },
                    single: question.table?.coding == .single, answers: set.answers(to: question, in: loaded),
                    topic: loaded.program.map { [$0] } ?? [], subject: question.codingSubject)
            }
        }

        private func csvJobs(_ path: String, output: inout DiagnosticOutput) throws -> [Job] {
            let groups: [AnswerCSV.QuestionAnswers]
            do {
                groups = try AnswerCSV.load(path: path)
            } catch {
                if let source = try? SourceText.load(path: path) { output.add(source) }
                output.print([error])
                throw ExitCode.failure
            }
            let chosen = question.isEmpty ? groups : groups.filter { question.contains($0.question) }
            let missing = Set(question).subtracting(groups.map(\.question))
            if !missing.isEmpty {
                StandardError.write("\(path) har inga svar på \(missing.sorted().joined(separator: ", ")); filen har svar på \(groups.map(\.question).joined(separator: ", ")).\n")
                throw ExitCode(64)
            }
            return chosen.map { Job(question: $0.question, title: chosen.count > 1 ? $0.question : nil, single: false,
                                    answers: $0.answers.filter { !$0.text.allSatisfy(\.isWhitespace) }) }
        }

        /// Staff decisions on statements no longer among the answers leave the coding (a
        /// respondent who rewrote an answer, or answers given without some respondents' answers):
        /// the coding as it was is kept beside it first, QUESTION.coding.previous.yaml, and stderr
        /// says so, so that no decision is lost unseen.
        private func keepDecisionsLeftOut(of coding: Coding, existing: Coding?, folder: String, question: String) throws(Diagnostic) {
            guard let existing else { return }
            let kept = Set(coding.statements.filter(\.decidedByStaff).map(\.key))
            let left = existing.statements.filter { $0.decidedByStaff && !kept.contains($0.key) }
            guard !left.isEmpty else { return }
            let codingPath = path(folder, question, "coding")
            let previousPath = path(folder, question, "coding.previous")
            let bytes = try SourceText.load(path: codingPath, maximumBytes: 1 << 30).bytes
            try AtomicFile.write(bytes: bytes, toPath: previousPath)
            let respondents = Set(left.map(\.respondent)).count
            let decisions = left.count == 1 ? "1 beslut" : "\(left.count) beslut"
            let whose = respondents == 1 ? "1 svarande" : "\(respondents) svarande"
            StandardError.write("\(question): \(decisions) (\(whose)) gäller påståenden som inte längre finns bland svaren och är borta ur den "
                + "nya kodningen; kodningen som den var sparades i \(previousPath).\n")
        }

        private func existingCoding(for question: String, output: inout DiagnosticOutput) throws -> CodedQuestion? {
            guard let folder = codesFolder else { return nil }
            let codebookPath = path(folder, question, "codebook")
            let codingPath = path(folder, question, "coding")
            guard FileManager.default.fileExists(atPath: codebookPath) else {
                // A coding without its codebook still holds staff's decisions: coding the question
                // from the start would write over them.
                if FileManager.default.fileExists(atPath: codingPath) {
                    StandardError.write("\(codingPath) finns, men inte \(codebookPath), som kodningen hör ihop med. Lägg tillbaka kodboken, "
                        + "eller flytta undan kodningen för att koda frågan från början; inget skrivs, så att besluten i kodningen inte går förlorade.\n")
                    throw ExitCode.failure
                }
                return nil
            }
            let book = try loadCodebook(codebookPath, output: &output)
            guard FileManager.default.fileExists(atPath: codingPath) else {
                output.print(CodedQuestion.questionMismatches(of: question, codebook: book, codebookPath: codebookPath, coding: nil, codingPath: codingPath))
                return CodedQuestion(codebook: book, coding: Coding(question: question))
            }
            do {
                let coding = try Coding.load(path: codingPath, categories: Set(book.categoryIDs))
                output.print(CodedQuestion.questionMismatches(of: question, codebook: book, codebookPath: codebookPath, coding: coding, codingPath: codingPath))
                return CodedQuestion(codebook: book, coding: coding)
            } catch {
                if let source = try? SourceText.load(path: codingPath) { output.add(source) }
                output.print(error.diagnostics)
                StandardError.write("Rätta \(codingPath) innan frågan kodas igen, så att besluten i den inte går förlorade.\n")
                throw ExitCode.failure
            }
        }

        private func loadCodebook(_ path: String, output: inout DiagnosticOutput) throws -> Codebook {
            do {
                return try Codebook.load(path: path)
            } catch {
                if let source = try? SourceText.load(path: path) { output.add(source) }
                output.print(error.diagnostics)
                throw ExitCode.failure
            }
        }
    }
}

/// The coder's progress on stderr for long runs: one line, rewritten in place on a terminal.
final class ProgressLine {
    private let question: String
    private let enabled: Bool
    private let terminal = isatty(STDERR_FILENO) == 1
    private var lastStage: CoderProgress.Stage?
    private var lastPercent = -1

    init(question: String, enabled: Bool) {
        self.question = question
        self.enabled = enabled
    }

    func report(_ progress: CoderProgress) {
        guard enabled else { return }
        let percent = progress.total > 0 ? progress.completed * 100 / progress.total : 0
        guard progress.stage != lastStage || percent >= lastPercent + 10 else { return }
        lastStage = progress.stage
        lastPercent = percent
        let line = "\(question): \(progress.stage.rawValue)" + (progress.total > 0 ? " \(percent)%" : "")
        StandardError.write(terminal ? "\r\u{1B}[K" + line : line + "\n")
    }

    func finish() {
        if enabled && terminal { StandardError.write("\n") }
    }
}
