public import SurveyYAML

public struct RegisterLoadResult: Sendable {
    public var register: Register?
    public var diagnostics: [Diagnostic]
    public var source: SourceText?

    public var validRegister: Register? { diagnostics.containsErrors ? nil : register }
}

/// Reads a register file (docs/register-format.md), reporting every error with its position.
public struct RegisterLoader {
    /// Folder names under a responses folder that are not rounds.
    public static let reservedRoundIDs: Set<String> = ["codes"]

    public static func load(path: String) -> RegisterLoadResult {
        do {
            let source = try SourceText.load(path: path)
            return load(source: source)
        } catch {
            return RegisterLoadResult(register: nil, diagnostics: [error], source: nil)
        }
    }

    public static func load(source: SourceText) -> RegisterLoadResult {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(source)
        } catch {
            return RegisterLoadResult(register: nil, diagnostics: [error], source: source)
        }
        guard let root else {
            return RegisterLoadResult(register: nil, diagnostics: [.error("filen är tom; här väntades ett register",
                                                                         at: SourceLocation(path: source.path, line: 1, column: 1))], source: source)
        }
        var loader = RegisterLoader()
        let register = loader.read(root)
        return RegisterLoadResult(register: register, diagnostics: loader.reader.diagnostics, source: source)
    }

    private var reader = YAMLSchemaReader()
    /// Ids seen so far, per kind (round ids and network ids are separate namespaces).
    private var ids: [String: [String: SourceLocation]] = [:]
    /// Where each municipality was first listed, and in which network (by its place in the file and its id).
    private var municipalities: [String: (location: SourceLocation, network: Int, networkID: String)] = [:]
    private var networkCount = 0

    private mutating func read(_ root: YAMLNode) -> Register? {
        guard let fields = reader.fields(of: root, subject: "registret", allowed: ["register", "title", "respondent", "rounds"],
                                         required: ["register", "title", "rounds"]) else { return nil }
        let id = readID(fields, "register", what: "register") ?? ""
        var rounds: [Register.Round] = []
        for node in reader.list(fields, "rounds") ?? [] {
            guard let round = round(node) else { continue }
            rounds.append(round)
        }
        if rounds.isEmpty, let node = fields["rounds"], node.items?.isEmpty == true {
            reader.error("listan 'rounds' är tom; ett register behöver minst en omgång", at: node.location)
        }
        let noun = fields["respondent"].flatMap { RespondentNoun.read($0, reader: &reader) }
        return Register(id: id, title: reader.text(fields, "title", required: true) ?? "", rounds: rounds,
                        respondentNoun: noun, location: root.location)
    }

    private mutating func round(_ node: YAMLNode) -> Register.Round? {
        let subject = node["id"]?.scalar.map { "omgången \(quoted: $0)" } ?? "en omgång"
        guard let fields = reader.fields(of: node, subject: subject, allowed: ["id", "title", "start", "networks"],
                                         required: ["id", "title", "networks"]) else { return nil }
        let id = readID(fields, "id", what: "round") ?? ""
        if Self.reservedRoundIDs.contains(id), let idNode = fields["id"] {
            reader.error("\(quoted: id) kan inte vara id för en omgång: mappen '\(id)/' i en svarsmapp innehåller kodningar, inte svar", at: idNode.location)
        }
        var start: TermOrDate?
        if let startNode = fields["start"], let text = reader.text(startNode, key: "start") {
            start = TermOrDate(parsing: text)
            if start == nil {
                reader.error("'start' ska vara en termin eller ett datum, som 'ht 2012' eller '2012-09-01', inte \(quoted: text)", at: startNode.location)
            }
        }
        var networks: [Register.Network] = []
        for networkNode in reader.list(fields, "networks") ?? [] {
            if let network = network(networkNode) { networks.append(network) }
        }
        if let node = fields["networks"], node.items?.isEmpty == true {
            reader.error("listan 'networks' är tom; en omgång behöver minst ett nätverk", at: node.location)
        }
        return Register.Round(id: id, title: reader.text(fields, "title", required: true) ?? "", start: start, networks: networks)
    }

    private mutating func network(_ node: YAMLNode) -> Register.Network? {
        let subject = node["id"]?.scalar.map { "nätverket \(quoted: $0)" } ?? "ett nätverk"
        guard let fields = reader.fields(of: node, subject: subject, allowed: ["id", "title", "municipalities"],
                                         required: ["id", "title", "municipalities"]) else { return nil }
        let id = readID(fields, "id", what: "network") ?? ""
        networkCount += 1
        var names: [String] = []
        let list = reader.list(fields, "municipalities") ?? []
        if list.isEmpty, let node = fields["municipalities"], node.items != nil {
            reader.error("listan 'municipalities' är tom; ett nätverk behöver minst en kommun", at: node.location)
        }
        for item in list {
            guard let name = reader.text(item, key: "municipality", required: true) else { continue }
            let trimmed = name.trimmingWhitespace()
            if let first = municipalities[trimmed] {
                if first.network == networkCount {
                    reader.error("\(quoted: trimmed) står två gånger i nätverket \(quoted: id)", at: item.location,
                                 notes: [.firstHere(at: first.location)])
                } else {
                    reader.error("\(quoted: trimmed) finns redan i nätverket \(quoted: first.networkID); en kommun hör till ett enda nätverk", at: item.location,
                                 notes: [.firstHere(at: first.location)])
                }
                continue
            }
            municipalities[trimmed] = (item.location, networkCount, id)
            names.append(trimmed)
        }
        return Register.Network(id: id, title: reader.text(fields, "title", required: true) ?? "", municipalities: names)
    }

    private mutating func readID(_ fields: YAMLSchemaReader.Fields, _ key: String, what: String) -> String? {
        guard let node = fields[key], let id = reader.text(node, key: key, required: true) else { return nil }
        if !Identifier.isKebabCase(id) {
            reader.error(Identifier.invalidMessage(id), at: node.location)
        }
        if what != "register" {
            if let first = ids[what]?[id] {
                let among = what == "round" ? "omgångarna" : "nätverken"
                reader.error("id:t \(quoted: id) finns redan bland \(among)", at: node.location, notes: [.firstHere(at: first)])
            } else {
                ids[what, default: [:]][id] = node.location
            }
        }
        return id
    }
}
