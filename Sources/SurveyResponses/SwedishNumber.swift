public import SurveyForm

/// Numbers as Swedish respondents write them: `10,7`, `10.7`, `1 200`, `-3`.
public enum SwedishNumber {
    public static func parse(_ text: String) -> Double? {
        var cleaned = ""
        for character in text.trimmingWhitespace() {
            switch character {
            case " ", "\u{00A0}", "\u{202F}": continue  // thousands separators
            case ",": cleaned.append(".")
            case "−", "–": cleaned.append("-")
            default: cleaned.append(character)
            }
        }
        guard !cleaned.isEmpty, cleaned.filter({ $0 == "." }).count <= 1,
              cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              cleaned.dropFirst().allSatisfy({ $0 != "-" && $0 != "+" }),
              cleaned.contains(where: \.isNumber) else { return nil }
        return Double(cleaned)
    }

    /// What is wrong with a number for a question, as the end of a sentence starting with "svaret på 'id'"; nil when fine.
    public static func problem(with number: Double, spec: NumberSpec) -> String? {
        if AnswerLimits.isTooLarge(number) {
            return "har mer än \(AnswerLimits.numberDigits) siffror före decimalkommat; inget svar får vara så stort"
        }
        if spec.integer, number != number.rounded() {
            return "ska vara ett heltal, inte \(AnswerValue.swedishNumber(number))"
        }
        if let minimum = spec.minimum, number < minimum {
            return "ska vara minst \(AnswerValue.swedishNumber(minimum)), inte \(AnswerValue.swedishNumber(number))"
        }
        if let maximum = spec.maximum, number > maximum {
            return "ska vara högst \(AnswerValue.swedishNumber(maximum)), inte \(AnswerValue.swedishNumber(number))"
        }
        return nil
    }

    /// The number as YAML writes it: `12`, `10.7`.
    static func yaml(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
