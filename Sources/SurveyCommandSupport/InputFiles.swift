import ArgumentParser
public import SurveyForm
public import SurveyResponses
import SurveyYAML

/// Loads the form a subcommand works on, printing its diagnostics; exit 2 when it has errors.
public enum FormInput {
    public static func load(_ path: String, output: inout DiagnosticOutput) throws -> Form {
        let result = FormLoader.load(path: path)
        return try InputFile.accept(result.validForm, diagnostics: result.diagnostics, source: result.source,
                                    what: "Formuläret", path: path, output: &output)
    }
}

/// Loads the register of participants, printing its diagnostics; exit 2 when it has errors.
public enum RegisterInput {
    public static func load(_ path: String, output: inout DiagnosticOutput) throws -> Register {
        let result = RegisterLoader.load(path: path)
        return try InputFile.accept(result.validRegister, diagnostics: result.diagnostics, source: result.source,
                                    what: "Registret", path: path, output: &output)
    }
}

/// Reads every response file of a folder against a form, printing the files' diagnostics;
/// exit 2 when the folder itself is missing or is not a folder.
public enum ResponsesInput {
    public static func load(_ path: String, form: Form, output: inout DiagnosticOutput) throws -> ResponseSet {
        let store = ResponseStore(root: path)
        if let problem = store.folderProblem() {
            output.print([problem])
            throw ExitCode(2)
        }
        let set = ResponseSet.load(from: store, form: form)
        for source in set.sources { output.add(source) }
        output.print(set.diagnostics)
        return set
    }
}

private enum InputFile {
    /// Prints a loaded file's diagnostics and hands back its value, or stops with exit 2.
    static func accept<Value>(_ value: Value?, diagnostics: [Diagnostic], source: SourceText?, what: String, path: String,
                              output: inout DiagnosticOutput) throws -> Value {
        output.add(source)
        output.print(diagnostics.sortedByLocation())
        guard let value else {
            StandardError.write("\(what) \(path) har fel; rätta dem (se `survey lint \(path)`) och försök igen.\n")
            throw ExitCode(2)
        }
        return value
    }
}
