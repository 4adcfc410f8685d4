import Foundation
import SurveyText
public import SurveyForm
public import SurveyYAML

/// Where response files live: `ROOT/ROUND/RESPONDENT.yaml`, or `ROOT/RESPONDENT.yaml` without a round.
///
/// The folder `ROOT/codes/` is reserved for codings and never read as answers.
public struct ResponseStore: Sendable {
    public static let codesFolderName = "codes"

    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// A response file found in the store.
    public struct Location: Hashable, Sendable {
        /// The round folder the file is in; empty for files directly in the root.
        public var round: String
        /// The respondent, from the file name.
        public var respondent: String
        public var path: String

        public init(round: String, respondent: String, path: String) {
            self.round = round
            self.respondent = respondent
            self.path = path
        }
    }

    /// The file of a respondent (already validated with `RespondentName`) in a round.
    public func path(forRespondent respondent: String, round: String?) -> String {
        var url = URL(fileURLWithPath: root)
        if let round, !round.isEmpty { url.appendPathComponent(round) }
        return url.appendingPathComponent(respondent + ".yaml").path
    }

    /// The respondents that have a file in a round (the root when `round` is empty), by file name.
    public func respondents(inRound round: String) -> [String] {
        let folder = round.isEmpty ? root : (root as NSString).appendingPathComponent(round)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter(Self.isResponseFile).map(Self.respondent(fromFileName:))
    }

    /// Why the store's folder cannot be read as a responses folder, or nil when it can.
    ///
    /// A missing folder or a file in its place is an error, not "no answers yet": a mistyped
    /// path must not look like an empty round.
    public func folderProblem() -> Diagnostic? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            return .error("svarsmappen \(root) finns inte", at: nil)
        }
        guard isDirectory.boolValue else {
            return .error("\(root) är en fil, inte en svarsmapp", at: nil)
        }
        guard FileManager.default.isReadableFile(atPath: root) else {
            return .error("svarsmappen \(root) kan inte läsas: \(SystemErrorWording.reason(EACCES))", at: nil)
        }
        return nil
    }

    /// Every response file, sorted by round and respondent (Swedish letters after z, as in Swedish).
    public func locations() -> [Location] {
        let manager = FileManager.default
        guard let top = try? manager.contentsOfDirectory(atPath: root) else { return [] }
        var found: [Location] = []
        for name in top where !name.hasPrefix(".") {
            let path = (root as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard name != Self.codesFolderName, let inner = try? manager.contentsOfDirectory(atPath: path) else { continue }
                for file in inner where Self.isResponseFile(file) {
                    found.append(Location(round: name, respondent: Self.respondent(fromFileName: file),
                                          path: (path as NSString).appendingPathComponent(file)))
                }
            } else if Self.isResponseFile(name) {
                found.append(Location(round: "", respondent: Self.respondent(fromFileName: name), path: path))
            }
        }
        // Keys worked out once per file, not once per comparison.
        let keys = found.map { SwedishOrder.key($0.respondent) }
        return found.indices.sorted { a, b in
            found[a].round != found[b].round ? found[a].round < found[b].round : keys[a].lexicographicallyPrecedes(keys[b])
        }.map { found[$0] }
    }

    private static func isResponseFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }

    private static func respondent(fromFileName name: String) -> String {
        let stem = name.hasSuffix(".yml") ? String(name.dropLast(4)) : String(name.dropLast(5))
        return stem.precomposedStringWithCanonicalMapping
    }

    /// Saves a response atomically in the form's question order.
    public func save(_ response: Response, form: Form, toPath path: String) throws(Diagnostic) {
        try AtomicFile.write(try Self.fileText(for: response, form: form, path: path), toPath: path)
    }

    /// The text of a response's file, in the form's question order.
    ///
    /// An error instead when the file would be larger than the reader accepts: saving it would
    /// lock the respondent out of their own file.
    public static func fileText(for response: Response, form: Form, path: String) throws(Diagnostic) -> String {
        var ordered = response
        ordered.sortEntries(by: form)
        let text = try ResponseWriter.yaml(for: ordered, form: form)
        let limit = YAMLLimits.default.maximumBytes
        if text.utf8.count > limit {
            throw .error("svaren skulle göra filen större än \(limit / 1_048_576) MB, mer än som kan läsas in igen; den tidigare filen är oförändrad",
                         at: SourceLocation(path: path, line: 1, column: 1))
        }
        return text
    }
}

/// Sorting as a Swedish reader expects: å, ä, ö after z.
public enum SwedishOrder {
    public static func key(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map { scalar in
            switch scalar {
            case "å": 0x7B
            case "ä", "æ": 0x7C
            case "ö", "ø": 0x7D
            default: scalar.value
            }
        }
    }

    public static func lessThan(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }
}
