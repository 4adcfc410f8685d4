import Foundation
import ArgumentParser
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML

/// What `survey tables` and `survey report` share: where codes and the register are, grouping,
/// the previous year, and how shares are written.
struct TableOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Mapp med kodböcker och kodningar (standard: SVARSMAPP/codes).", valueName: "mapp"))
    var codes: String?

    @Option(help: ArgumentHelp("Deltagarregistret: tabelltexterna nämner omgången, och --group-by använder det.", valueName: "fil"))
    var register: String?

    @Option(name: .customLong("group-by"), help: ArgumentHelp("En tabell per grupp: none (ingen), round (omgång) eller network (nätverk).", valueName: "gruppering"))
    var groupBy: GroupingChoice = .none

    @Option(help: ArgumentHelp("Förra årets svarsmapp, att jämföra med.", valueName: "svarsmapp"))
    var previous: String?

    @Option(name: .customLong("previous-form"), help: ArgumentHelp("Formuläret som förra årets svar gavs på (standard: samma formulär).", valueName: "formulär"))
    var previousForm: String?

    @Option(name: .customLong("previous-codes"), help: ArgumentHelp("Förra årets kodmapp (standard: codes i svarsmappen från --previous).", valueName: "mapp"))
    var previousCodes: String?

    @Option(help: ArgumentHelp("Decimaler i andelar: 0 (som i rapporten, \"86%\") eller 1.", valueName: "antal"))
    var decimals: Int = 0

    @Option(help: ArgumentHelp("Högsta antal citat per kategori: vart och ett en hel mening, kategorins mest typiska först, från olika svarande.", valueName: "antal"))
    var quotes: Int = 2

    func validate() throws {
        guard (0...1).contains(decimals) else { throw ValidationError("--decimals ska vara 0 eller 1.") }
        guard quotes >= 0 else { throw ValidationError("--quotes ska vara 0 eller mer.") }
        // Rounds are also the responses' folders; networks are only in the register. Without
        // it the tables were grouped by round folder, under a network grouping, silently.
        if groupBy == .network, register == nil {
            throw ValidationError("--group-by network behöver --register: nätverken står i registret.")
        }
    }

    var tableFormat: TableFormat { TableFormat(shareDecimals: decimals) }

    /// What was read and built: the report draft needs the same form, register and answers.
    struct Built {
        var form: Form
        var register: Register?
        var responses: ResponseSet
        var tables: [SurveyTables.Table]
        /// Response folders (this year's, last year's) holding files with errors, and how many;
        /// after the output is written, `filesWithErrors.fail(countedIn:)` says so and exits 1.
        var filesWithErrors = FilesWithErrors()
    }

    /// Loads everything once and builds the tables (with `numbers`, only those), with last
    /// year's figures when asked; prints what is wrong on the way. A number the form has no
    /// table for stops it with a Swedish message and exit 64.
    func build(form formPath: String, responses: String, numbers: Set<Int>? = nil, output: inout DiagnosticOutput) throws -> Built {
        let form = try FormInput.load(formPath, output: &output)
        if let numbers { try Self.checkTableNumbers(numbers, in: form) }
        let register = try self.register.map { try RegisterInput.load($0, output: &output) }
        let (set, current) = try Self.tables(form: form, responses: responses, codes: codes, register: register,
                                             grouping: groupBy.grouping, numbers: numbers, quotes: quotes, output: &output)
        var tables = current
        var filesWithErrors = FilesWithErrors()
        filesWithErrors.add(form: formPath, responses: responses, files: set.filesWithErrors)
        if let previous {
            let previousForm = try self.previousForm.map { try FormInput.load($0, output: &output) } ?? form
            let (earlierSet, earlier) = try Self.tables(form: previousForm, responses: previous, codes: previousCodes, register: register,
                                                        grouping: groupBy.grouping, numbers: numbers, quotes: 0, output: &output)
            filesWithErrors.add(form: self.previousForm ?? formPath, responses: previous, files: earlierSet.filesWithErrors)
            tables = TableComparison.compare(tables, with: earlier, format: tableFormat,
                                             noun: RespondentNoun.of(form: form, register: register))
        }
        return Built(form: form, register: register, responses: set, tables: tables, filesWithErrors: filesWithErrors)
    }

    /// "Formuläret har ingen tabell 99; dess tabeller är 1–21." on stderr, exit 64.
    static func checkTableNumbers(_ numbers: Set<Int>, in form: Form) throws {
        let present = form.tabulatedQuestions.compactMap(\.table?.number)
        let missing = numbers.subtracting(present).sorted()
        guard !missing.isEmpty else { return }
        let asked = SwedishList.join(missing.map(String.init))
        let known = present.isEmpty ? "formuläret har inga numrerade tabeller" : "dess tabeller är \(NumberRanges.text(present))"
        StandardError.write("Formuläret har ingen tabell \(asked); \(known).\n")
        throw ExitCode(64)
    }

    static func tables(form: Form, responses: String, codes: String?, register: Register?, grouping: TableBuilder.Grouping,
                       numbers: Set<Int>? = nil, quotes: Int, output: inout DiagnosticOutput) throws -> (ResponseSet, [SurveyTables.Table]) {
        let set = try ResponsesInput.load(responses, form: form, output: &output)
        let folder = codes ?? (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
        let (codeSet, codeDiagnostics) = CodeSet.load(folder: folder, form: form)
        for source in codeSet.sources { output.add(source) }
        output.print(codeDiagnostics)
        let (tables, warnings) = TableBuilder(form: form, responses: set, codes: codeSet, register: register, quoteLimit: quotes)
            .tables(grouping: grouping, numbers: numbers)
        output.print(warnings)
        return (set, tables)
    }
}

/// Numbers written as runs: "1–21", "1–3, 7 och 9".
enum NumberRanges {
    static func text(_ numbers: [Int]) -> String {
        var runs: [String] = []
        var start: Int?
        var previous: Int?
        for number in Set(numbers).sorted() {
            if let last = previous, number == last + 1 {
                previous = number
                continue
            }
            if let first = start, let last = previous { runs.append(first == last ? "\(first)" : "\(first)–\(last)") }
            start = number
            previous = number
        }
        if let first = start, let last = previous { runs.append(first == last ? "\(first)" : "\(first)–\(last)") }
        return SwedishList.join(runs)
    }
}
