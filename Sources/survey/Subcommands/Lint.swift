import ArgumentParser
import SurveyCoder
import SurveyForm
import SurveyYAML

extension SurveyCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kontrollera formulär, register och ordlistor; skriv ut varje problem med fil:rad:kolumn.",
            discussion: """
            Varje fil är ett formulär (nyckeln `form:` på översta nivån), ett deltagarregister (`register:`) \
            eller kodarens ordlista (`glossary:`). \
            Fel och varningar skrivs till stderr; slutstatus är 1 när någon fil har ett fel.
            """
        )

        @Argument(help: ArgumentHelp("Formulär, register eller ordlistor att kontrollera.", valueName: "filer"))
        var files: [String]

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Ange minst en fil att kontrollera.") }
        }

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            var failed = false
            var errorCount = 0
            var warningCount = 0
            for path in files {
                let (diagnostics, source) = lint(path)
                output.add(source)
                output.print(diagnostics)
                errorCount += diagnostics.filter(\.isError).count
                warningCount += diagnostics.filter { $0.severity == .warning }.count
                failed = failed || diagnostics.containsErrors
            }
            output.finish()
            if errorCount + warningCount > 0 {
                StandardError.write("\(FindingCount.text(errors: errorCount, warnings: warningCount)) i \(files.count == 1 ? "1 fil" : "\(files.count) filer")\n")
            }
            if failed { throw ExitCode.failure }
        }

        /// Lints one file as a glossary or a register when it says so at the top, otherwise as a form.
        private func lint(_ path: String) -> ([Diagnostic], SourceText?) {
            if let source = try? SourceText.load(path: path), let root = try? YAMLParser.parse(source), Glossary.isGlossary(root) {
                do {
                    _ = try Glossary.read(source)
                    return ([], source)
                } catch {
                    return (error.diagnostics, source)
                }
            }
            let form = FormLinter.lint(path: path)
            if form.isRegister {
                let register = RegisterLoader.load(path: path)
                return (register.diagnostics.sortedByLocation(), register.source)
            }
            return (form.diagnostics, form.source)
        }
    }
}
