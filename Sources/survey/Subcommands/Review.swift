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
            abstract: "Review a question's categories at the terminal: rename, merge, split, move statements, mark final.",
            discussion: """
            Reads QUESTION.codebook.yaml and QUESTION.coding.yaml from the codes folder and shows the \
            categories. Commands (Swedish, with English names): lista/list, visa/show N, namn/rename N LABEL, \
            ihop/merge N M, dela/split N 1,3 LABEL, flytta/move N.S M, ny/new LABEL, klar/final N, \
            inte-klar/unfinal N, hjälp/help, sluta/quit. Each change is saved at once, atomically; statements \
            staff place are marked decided: staff and a re-run of survey code keeps them.
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
            var coded: CodedQuestion
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
            var console = ReviewConsole(coded: coded, title: title, answered: answered, noun: RespondentNoun.of(form: loaded))
            // Categories and statements come from answers: shown, never sent raw to the terminal.
            print(TextSafety.displayable(console.listing) + "Skriv hjälp för att se kommandona.")
            while true {
                print("> ", terminator: "")
                fflush(nil)
                guard let line = readLine(strippingNewline: true) else {
                    print("\nAllt är sparat.")
                    return
                }
                let outcome = console.handle(line)
                if outcome.changed {
                    do {
                        try AtomicFile.write(try console.coded.codebook.yaml(), toPath: codebookPath)
                        try AtomicFile.write(try console.coded.coding.yaml(), toPath: codingPath)
                        coded = console.coded
                    } catch {
                        output.print([error])
                        print("Ändringen kunde inte sparas; filerna är som före ändringen.")
                        console = ReviewConsole(coded: coded, title: title, answered: answered, noun: console.noun)
                        continue
                    }
                }
                print(TextSafety.displayable(outcome.text), terminator: "")
                if outcome.quit { return }
            }
        }
    }
}
