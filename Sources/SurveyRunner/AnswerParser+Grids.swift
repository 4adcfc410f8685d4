public import SurveyForm
import SurveyResponses

extension AnswerParser {
    /// One row of a count grid: a whole number of at least 0.
    public static func parseCount(_ line: String) -> Result<Int, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        guard let number = SwedishNumber.parse(line), number.isFinite else {
            return .failure(InputProblem("\"\(line.trimmingWhitespace())\" är inget antal. Skriv ett heltal, 0 om ingen."))
        }
        if number < 0 { return .failure(InputProblem("Antalet kan inte vara negativt; skriv 0 om ingen.")) }
        guard number == number.rounded() else {
            return .failure(InputProblem("Skriv ett heltal, utan decimaler."))
        }
        guard number <= Double(CountGridSpec.maximumCount) else {
            return .failure(InputProblem("Antalet är för stort; högst \(AnswerLimits.grouped(CountGridSpec.maximumCount)) går att skriva."))
        }
        return .success(Int(number))
    }

    /// A count grid's total, which must equal the sum of its rows.
    public static func parseTotal(_ line: String, sum: Int) -> Result<Int, InputProblem> {
        switch parseCount(line) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let total):
            guard total == sum else {
                return .failure(InputProblem(totalMismatch(sum: sum, total: total) + " Skriv totalen igen, eller :back för att ändra raderna."))
            }
            return .success(total)
        }
    }

    /// A count grid's total that is not the sum of its rows, whichever runner it was given in.
    public static func totalMismatch(sum: Int, total: Int) -> String {
        "Raderna blir tillsammans \(sum), men totalen är \(total)."
    }

    /// A row of a count grid left without a number.
    public static let countMissing = "Skriv ett heltal, 0 om ingen."

    /// A count grid's total left out.
    public static func totalMissing(sum: Int) -> String {
        "Skriv totalen; raderna blir tillsammans \(sum)."
    }

    /// One row of a check grid: the checked columns by number or label; `-` for none.
    public static func parseCheckRow(_ line: String, columns: [Choice]) -> Result<Set<String>, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        let trimmed = line.trimmingWhitespace()
        if ["-", "inga", "ingen", "inget"].contains(trimmed.lowercased()) { return .success([]) }
        let matcher = OptionMatcher(choices: columns)
        var checked = Set<String>()
        for token in tokens(Substring(trimmed)) {
            switch matcher.candidates(token) {
            case .one(let column):
                checked.insert(column.id)
            case .several(let found):
                let named = found.map { "\($0.number) \($0.label)" }.joined(separator: ", ")
                return .failure(InputProblem("\"\(token)\" passar flera kolumner (\(named)); skriv mer av namnet, eller numret."))
            case .none:
                let named = columns.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", ")
                return .failure(InputProblem("\"\(token)\" är ingen kolumn. Svara med kolumnernas nummer eller namn (\(named)), åtskilda med komma; tom rad = inga."))
            }
        }
        return .success(checked)
    }
}
