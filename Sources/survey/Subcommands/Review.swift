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
            ihop/merge N M, dela/split N 1,3 LABEL, flytta/move N.S M, lägg-till/add N.S M (into one more \
            category, staying in its others), ta-bort/remove N.S (out of category N, staying in its others; \
            with none left, in Övrigt), ny/new LABEL, radera/delete N (only an empty category that is not \
            final), klar/final N, inte-klar/unfinal N, ångra/undo (the session's last decision; again for the \
            one before), hjälp/help, sluta/quit. Categories are named by number (Ö for Övrigt), statements as \
            N.S. Numbers stay put for the whole session: a category keeps its number, a new one takes the next \
            and a number that went away is not used again; a statement keeps its number in a category while it \
            stays there, and one that joins a category takes the next number in it. Each change is saved at \
            once, atomically (an undo puts back the files exactly as they were); statements staff place are \
            marked decided: staff and a re-run of survey code keeps them. At a terminal, long listings are \
            shown a page at a time.
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

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let loaded = try FormInput.load(form, output: &output)
            guard let found = loaded.question(withID: question) else {
                let hint = Suggestion.closest(to: question, in: loaded.questions.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                throw ValidationError("The form has no question '\(question)'\(hint)")
            }
            // A missing responses folder is said as such, before anything is looked for in it.
            let set = try ResponsesInput.load(responses, form: loaded, output: &output)
            let folder = codes ?? (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
            let codebookPath = (folder as NSString).appendingPathComponent("\(question).codebook.yaml")
            let codingPath = (folder as NSString).appendingPathComponent("\(question).coding.yaml")
            guard FileManager.default.fileExists(atPath: codebookPath), FileManager.default.fileExists(atPath: codingPath) else {
                throw ValidationError("\(question) is not coded yet (no \(codebookPath)); run `survey code \(form) \(responses) --question \(question)` first.")
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
            let console = ReviewConsole(coded: coded, title: title, answered: answered, noun: RespondentNoun.of(form: loaded))
            var dialogue = ReviewDialogue(console: console, files: files, diagnostics: output)
            dialogue.run()
            output = dialogue.diagnostics
        }
    }
}
