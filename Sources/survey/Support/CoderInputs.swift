import ArgumentParser
import Foundation
import SurveyCoder
import SurveyResponses
import SurveyYAML

/// What `survey code` and `survey review` both read to set up the coder: the glossary and the
/// coded answers it learns from.
enum CoderInputs {
    /// The glossary given, or the one beside the form, with what staff wrote in the codebooks of
    /// the codes folder. A glossary with errors is reported and stops the command (exit 2).
    static func glossary(_ given: String?, form: String?, codesFolder: String?, output: inout DiagnosticOutput) throws -> Glossary {
        var path = given
        if path == nil, let form {
            let beside = ((form as NSString).deletingLastPathComponent as NSString).appendingPathComponent("glossary.yaml")
            if FileManager.default.fileExists(atPath: beside) { path = beside }
        }
        var result = Glossary()
        if let path {
            do {
                result = try Glossary.load(path: path)
            } catch {
                if let source = try? SourceText.load(path: path) { output.add(source) }
                output.print(error.diagnostics)
                StandardError.write("Ordlistan \(path) har fel; rätta dem (se `survey lint \(path)`) och försök igen.\n")
                throw ExitCode(2)
            }
        }
        return result.adding(Glossary.learned(from: codebooks(in: codesFolder)))
    }

    /// Every codebook in the codes folder that reads cleanly (one that does not is reported when its question is coded).
    static func codebooks(in folder: String?) -> [Codebook] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".codebook.yaml") }.sorted()
            .compactMap { try? Codebook.load(path: (folder as NSString).appendingPathComponent($0)) }
    }

    /// The --learn-from files, read and checked (a CSV row must name one of `questions`, which
    /// belong to `source`, the form or the answers' file), and what is wrong in them.
    static func learningSources(_ paths: [String], questions: [String], source: String) -> (LearningSources, [Diagnostic]) {
        var sources = LearningSources()
        var problems: [Diagnostic] = []
        for path in paths {
            do {
                if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                    sources.codings.append(try LearningSources.loadCoding(path))
                    continue
                }
                let rows = try CodedAnswerCSV.load(path: path)
                for row in rows where !questions.contains(row.question) {
                    let message = "'\(row.question)' är ingen fråga i \(source)" + Suggestion.hint(for: row.question, in: questions)
                    problems.append(.error(message, at: row.questionLocation))
                }
                sources.rows += rows
            } catch {
                problems += error.diagnostics
            }
        }
        return (sources, problems)
    }

    /// Prints problems found in --learn-from files with their lines, says nothing was written, and stops (exit 1).
    static func stop(_ problems: [Diagnostic], in paths: [String], output: inout DiagnosticOutput) throws -> Never {
        for path in paths { if let source = try? SourceText.load(path: path) { output.add(source) } }
        output.print(problems.sortedByLocation())
        StandardError.write("Inget skrevs: rätta raderna ovan i \(paths.joined(separator: ", ")) och försök igen.\n")
        throw ExitCode.failure
    }
}

/// The options that say how the coder learns from coded answers, shared by `code` and `review`.
struct LearningOptions: ParsableArguments {
    @Option(name: .customLong("learn-from"),
            help: ArgumentHelp("Kodade svar att lära av: en CSV (respondent,question,text,categories) eller en kodningsfil, till exempel förra årets (kan upprepas).", valueName: "fil"))
    var learnFrom: [String] = []

    @Option(name: .customLong("target-accuracy"),
            help: ArgumentHelp("Hur ofta de automatiskt kodade påståendena (review: false) ska vara rätt, 0.5 till 0.999.", valueName: "andel"))
    var targetAccuracy: Double = 0.95

    func validate() throws {
        guard targetAccuracy >= 0.5, targetAccuracy <= 0.999 else {
            throw ValidationError("--target-accuracy ska vara mellan 0.5 och 0.999, till exempel 0.95.")
        }
    }
}
