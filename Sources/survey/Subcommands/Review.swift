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
            abstract: "Review a question's categories at the terminal: rename, merge, split, move, add and remove statements, delete, undo, mark final.",
            discussion: """
            Reads QUESTION.codebook.yaml and QUESTION.coding.yaml from the codes folder and shows the \
            categories. Commands (Swedish, with English names): lista/list, visa/show N, namn/rename N LABEL, \
            ihop/merge N M, dela/split N 1,3 LABEL (N may be Ö: a new category of statements in Övrigt), flytta/move N.S M, lägg-till/add N.S M (into one more \
            category, staying in its others), ta-bort/remove N.S (out of category N, staying in its others; \
            with none left, in Övrigt), ny/new LABEL, radera/delete N (only an empty category that is not \
            final), upplös/dissolve N (the category goes, its statements stay in their other categories or Övrigt), klar/final N, inte-klar/unfinal N, ångra/undo (the session's last decision; again for the \
            one before), hjälp/help, sluta/quit. Categories are named by number (Ö for Övrigt), statements as \
            N.S. Numbers stay put for the whole session: a category keeps its number, a new one takes the next \
            and a number that went away is not used again; a statement keeps its number in a category while it \
            stays there, and one that joins a category takes the next number in it. Each change is saved at \
            once, atomically (an undo puts back the files exactly as they were); statements staff place are \
            marked decided: staff and a re-run of survey code keeps them. At a terminal, long listings are \
            shown a page at a time.

            The statements are offered one at a time, as "Nästa": first those the coder is least sure of \
            and whose answer most changes the tables. Enter (or j/accept) accepts the coder's suggestion, \
            i/in M places the statement in category M (i 2,3 in two, i Ö in Övrigt), hoppa/skip takes the next. \
            After each decision the coder learns it (with --learn-from files, as survey code does) and scores the \
            rest again; statements it is then sure enough of for --target-accuracy are coded automatically \
            (review: false) and leave the queue. A progress line after each decision says how many are \
            decided, coded automatically (with the expected accuracy) and left to review. With --no-queue, \
            only the commands: no statement is offered and nothing is scored again.
            """
        )

        @Argument(help: "The form.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @Option(help: "The question to review.")
        var question: String

        @Option(help: "Folder of codebooks and codings (default: RESPONSES/codes).")
        var codes: String?

        @Option(help: "A glossary of words written in several ways (default: glossary.yaml beside the form, if any).")
        var glossary: String?

        @Option(help: "The answers' language: sv (default) or en.")
        var language = "sv"

        @OptionGroup var learning: LearningOptions

        @Flag(inversion: .prefixedNo, help: "Offer the statements to decide one at a time, the coder learning from each decision (--no-queue: commands only).")
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
            let files: ReviewFiles
            do {
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
            dialogue.run()
            output = dialogue.diagnostics
        }
    }
}
