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
            abstract: "Sort the free-text answers to a question into categories; write a codebook and a coding.",
            discussion: """
            Answers come from a responses folder (FORM RESPONSES --question ID, or --all for every codable \
            question) or from a CSV export (--csv FILE with columns respondent,question,text). Each answer is \
            split into statements, which are clustered; a respondent counts in every category any of its \
            statements is in. With an existing codebook (in the codes folder, or --codebook FILE such as \
            last year's) answers are first assigned to its categories, and only what fits none of them forms \
            new ones; final categories and staff decisions are never changed. QUESTION.codebook.yaml and \
            QUESTION.coding.yaml are written atomically into the codes folder; the summary goes to stdout.

            Words the answers write in several ways ("ML", "Mattelyftet", "Matematiklyftet") are read as one \
            through a glossary: --glossary FILE, or else glossary.yaml beside the form when there is one, \
            together with the variants staff listed among the key terms of the codebooks in the codes folder.

            The coder learns from what people have coded: the staff decisions in the question's coding in the \
            codes folder, and --learn-from FILE (repeatable), either a CSV from another tool (columns \
            respondent,question,text,categories; an answer's categories named by their labels, separated by \
            ';'; an empty cell for an answer coded as nothing) or a coding file such as last year's \
            (QUESTION.coding.yaml, with QUESTION.codebook.yaml beside it). It then places statements with a \
            classifier whose scores are calibrated probabilities, and marks `review: false` only the \
            statements it is sure enough of for the statements so coded to be right as often as \
            --target-accuracy asks (default 0.95); the rest are left to `survey review`. A bad row of a \
            --learn-from file is reported with its position and nothing is written.
            """
        )

        @Argument(help: "The form (not with --csv).")
        var form: String?

        @Argument(help: "The responses folder (not with --csv).")
        var responses: String?

        @Option(help: "The question to code (repeatable).")
        var question: [String] = []

        @Flag(help: "Code every codable question of the form.")
        var all = false

        @Option(help: "Read answers from a CSV file (columns respondent,question,text) instead of a responses folder.")
        var csv: String?

        @Option(help: "Folder for codebooks and codings (default: RESPONSES/codes; required with --csv unless --dry-run).")
        var codes: String?

        @Option(help: "A codebook to code into first, e.g. last year's, when the question has none yet.")
        var codebook: String?

        @Option(help: "A glossary of words written in several ways (default: glossary.yaml beside the form, if any).")
        var glossary: String?

        @Option(help: "Make exactly K categories; every statement is placed in one of them.")
        var clusters: Int?

        @Flag(help: "Code each answer whole, as one statement.")
        var single = false

        @Option(help: "The answers' language: sv (default) or en.")
        var language = "sv"

        @Option(help: "Summary format: text or json.")
        var format: ReportFormat = .text

        @Flag(name: .customLong("dry-run"), help: "Print the summary but write no files.")
        var dryRun = false

        @OptionGroup var learning: LearningOptions

        @Option(help: "Seed for the coder's random choices (the same seed and answers give the same result).")
        var seed: UInt64 = 2012

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if csv == nil {
                guard form != nil, responses != nil else {
                    throw ValidationError("Ange FORM och RESPONSES, eller --csv FIL.")
                }
                if question.isEmpty && !all { throw ValidationError("Ange --question ID (eller --all).") }
            } else {
                if form != nil || responses != nil { throw ValidationError("Med --csv anges inte FORM eller RESPONSES.") }
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

        private func existingCoding(for question: String, output: inout DiagnosticOutput) throws -> CodedQuestion? {
            guard let folder = codesFolder else { return nil }
            let codebookPath = path(folder, question, "codebook")
            guard FileManager.default.fileExists(atPath: codebookPath) else { return nil }
            let book = try loadCodebook(codebookPath, output: &output)
            let codingPath = path(folder, question, "coding")
            guard FileManager.default.fileExists(atPath: codingPath) else { return CodedQuestion(codebook: book, coding: Coding(question: question)) }
            do {
                return CodedQuestion(codebook: book, coding: try Coding.load(path: codingPath, categories: Set(book.categoryIDs)))
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
