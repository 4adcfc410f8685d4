import SurveyForm

/// Who a completeness remark is written for: staff reading about a respondent ("Umeå har inte
/// svarat på frågan …"), or the respondent at the end of a fill ("Ni har inte svarat på …").
public enum CompletenessVoice: Hashable, Sendable {
    case staff
    case respondent
}

/// The sentences of the completeness check, in one place, in either voice.
///
/// The staff's voice is the wording of SKL's own remarks and of `survey check`; the
/// respondent's speaks to them and quotes each question's text.
struct CompletenessWording {
    var voice: CompletenessVoice
    /// The respondent, as the file names them.
    var name: String

    func unreadableFile(place: String) -> String {
        switch voice {
        case .staff: "Filen med \(genitive(name)) svar kan inte läsas\(place)."
        case .respondent: "Filen med era svar kan inte läsas\(place)."
        }
    }

    func splitHalfAnswered(answered: [Question], missing part: Question, original: String) -> String {
        let answeredTexts = answered.map { "\"\($0.qualifiedText)\"" }.joined(separator: " och ")
        let rest = "men inte på \"\(part.qualifiedText)\"; båda är delar av frågan \"\(original)\"."
        switch voice {
        case .staff: return "\(name) har svarat på \(answeredTexts) \(rest)"
        case .respondent: return "Ni har svarat på \(answeredTexts) \(rest)"
        }
    }

    func unreadableAnswer(_ question: Question, path: String) -> String {
        switch voice {
        case .staff: "\(genitive(name)) svar på frågan \(question.qualifiedText) kan inte läsas; rätta det i \(path)."
        case .respondent: "Ert svar på \(quoted(question)) kan inte läsas; be programmets personal om hjälp."
        }
    }

    func prefilledUnconfirmed(_ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har inte bekräftat förra årets svar på frågan \(question.qualifiedText)"
        case .respondent: sentence("Ni har inte bekräftat förra årets svar på \(quoted(question))")
        }
    }

    func requiredUnanswered(_ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har inte svarat på frågan \(question.qualifiedText)"
        case .respondent: sentence("Ni har inte svarat på \(quoted(question))")
        }
    }

    func softUnconfirmed(_ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har inte svarat på frågan \(question.qualifiedText) och har inte bekräftat att den ska lämnas tom."
        case .respondent: "Ni har inte svarat på \(quoted(question)) och har inte bekräftat att frågan ska lämnas tom."
        }
    }

    func nonAnswer(_ text: String, _ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har svarat \"\(text)\" på frågan \(question.qualifiedText), vilket inte ser ut som ett svar."
        case .respondent: "Ni har svarat \"\(text)\" på \(quoted(question)), vilket inte ser ut som ett svar."
        }
    }

    func nonAnswerAsOther(_ text: String, _ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har skrivit \"\(text)\" som Annat på frågan \(question.qualifiedText), vilket inte ser ut som ett svar."
        case .respondent: "Ni har skrivit \"\(text)\" som Annat på \(quoted(question)), vilket inte ser ut som ett svar."
        }
    }

    func gridTotalMissing(_ totalLabel: String, _ question: Question) -> String {
        switch voice {
        case .staff: "\(name) har inte angett \(totalLabel.lowercased()) i frågan \(question.qualifiedText)"
        case .respondent: sentence("Ni har inte angett \(totalLabel.lowercased()) i \(quoted(question))")
        }
    }

    func gridTotalMismatch(_ question: Question, sum: Int, totalLabel: String, total: Int) -> String {
        switch voice {
        case .staff: "\(name): raderna i frågan \(question.qualifiedText) summerar till \(sum), men \(totalLabel.lowercased()) är \(total)."
        case .respondent: "Raderna i \(quoted(question)) summerar till \(sum), men \(totalLabel.lowercased()) är \(total)."
        }
    }

    func notInForm(_ id: String, version: String) -> String {
        let rest = "ett svar på frågan '\(id)', som inte finns i version \(version) av formuläret. Svaret finns kvar i filen."
        switch voice {
        case .staff: return "\(name) har \(rest)"
        case .respondent: return "Ni har \(rest)"
        }
    }

    /// The question's text in quotation marks.
    private func quoted(_ question: Question) -> String {
        "\"\(question.qualifiedText)\""
    }

    /// A full stop, unless the quotation it ends on already ends the sentence ("…målen?"").
    private func sentence(_ text: String) -> String {
        let ends: [String] = ["?\"", "!\"", ".\""]
        return ends.contains(where: text.hasSuffix) ? text : text + "."
    }
}
