import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyYAML

/// Writes plausible filled-in response files for a form, deterministically.
struct ResponseGenerator {
    let form: Form
    let sentences: [String]

    /// Sentences from real answers, to make generated text look like what people write.
    static func sentences(from folder: String, form: Form) -> [String] {
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        var found: [String] = []
        for item in set.items {
            for (_, entry) in item.result.response?.orderedEntries ?? [] {
                if case .text(let text)? = entry.value {
                    found += text.split(whereSeparator: { $0 == "\n" || $0 == "." }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 12 }
                }
            }
        }
        return found.isEmpty ? ["Kommungruppen träffas en gång i månaden", "Vi har kopplat arbetet till Matematiklyftet"] : found
    }

    /// Writes `count` files into `folder/ROUND/Kommun NNNNN.yaml`; returns their paths.
    func write(count: Int, to folder: String) throws -> [String] {
        var random = SeededGenerator(seed: 2014)
        let store = ResponseStore(root: folder)
        var paths: [String] = []
        for index in 0..<count {
            let round = "omgang-\(index % 10)"
            let name = String(format: "Kommun %05d", index)
            var response = Response(formID: form.id, formVersion: form.version, respondent: name, round: round,
                                    created: Timestamp("2014-01-10T09:00:00+01:00"), updated: Timestamp("2014-01-12T16:30:00+01:00"))
            for question in form.questions where random.next() % 20 != 0 {
                let minute = Int(random.next() % 60)
                let at = Timestamp(String(format: "2014-01-1%dT%02d:%02d:00+01:00", Int(random.next() % 3), 9 + Int(random.next() % 8), minute))
                response[question.id] = AnswerEntry(value: value(for: question, random: &random), at: at)
            }
            // Plain writes: generated data needs no fsync, and 10,000 of them would take a minute.
            let path = store.path(forRespondent: name, round: round)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            response.sortEntries(by: form)
            try Data(try ResponseWriter.yaml(for: response, form: form).utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }

    private func value(for question: Question, random: inout SeededGenerator) -> AnswerValue {
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        switch question.kind {
        case .text:
            let count = 1 + Int(random.next() % 4)
            return .text((0..<count).map { _ in "- " + pick(sentences) + "." }.joined(separator: "\n"))
        case .shortText:
            return .text(pick(sentences))
        case .number(let spec):
            let low = spec.minimum ?? 0
            let high = spec.maximum ?? 20
            return .number((low + Double(random.next() % UInt64(max(1, high - low + 1)))).rounded())
        case .singleChoice(let spec):
            return .choice(pick(spec.choices).id, other: nil)
        case .multipleChoice(let spec):
            let chosen = spec.choices.filter { _ in random.next() % 2 == 0 }.map(\.id)
            return .choices(chosen.isEmpty ? [spec.choices[0].id] : chosen, other: nil)
        case .yesNo:
            return .yesNo(random.next() % 2 == 0)
        case .scale(let points):
            return .scale(pick(points).value)
        case .status:
            return .status(pick(Status.allCases))
        case .termOrDate:
            return .termOrDate(.term(random.next() % 2 == 0 ? .spring : .autumn, year: 2013))
        case .countGrid(let spec):
            var rows: [String: Int] = [:]
            for row in spec.rows { rows[row.id] = Int(random.next() % 6) }
            return .countGrid(rows, total: spec.totalLabel == nil ? nil : rows.values.reduce(0, +))
        case .checkGrid(let spec):
            var rows: [String: Set<String>] = [:]
            for row in spec.rows where random.next() % 3 == 0 { rows[row.id] = [pick(spec.columns).id] }
            return .checkGrid(rows)
        }
    }
}
