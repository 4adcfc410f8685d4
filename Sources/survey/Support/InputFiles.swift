import ArgumentParser
import SurveyForm
import SurveyYAML

/// Loads the form a subcommand works on, printing its diagnostics; exit 2 when it has errors.
enum FormInput {
    static func load(_ path: String, output: inout DiagnosticOutput) throws -> Form {
        let result = FormLoader.load(path: path)
        output.add(result.source)
        output.print(result.diagnostics.sortedByLocation())
        guard let form = result.validForm else {
            StandardError.write("The form \(path) has errors; fix them (see `survey lint \(path)`) and try again.\n")
            throw ExitCode(2)
        }
        return form
    }
}

enum RegisterInput {
    static func load(_ path: String, output: inout DiagnosticOutput) throws -> Register {
        let result = RegisterLoader.load(path: path)
        output.add(result.source)
        output.print(result.diagnostics.sortedByLocation())
        guard let register = result.validRegister else {
            StandardError.write("The register \(path) has errors; fix them (see `survey lint \(path)`) and try again.\n")
            throw ExitCode(2)
        }
        return register
    }
}
