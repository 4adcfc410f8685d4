/// A YAML node with the place it starts in its file.
///
/// Scalars keep their text and style; interpretation (number, boolean, null) follows
/// the YAML 1.2 core schema and is asked for by the reader, which knows what it expects.
/// Mappings keep their pairs in file order, duplicates included, so readers can report them.
public struct YAMLNode: Hashable, Sendable {
    public enum ScalarStyle: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    public struct Pair: Hashable, Sendable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public enum Content: Hashable, Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public var content: Content
    public var location: SourceLocation
    /// An explicit tag such as `!!str`, if the file gave one.
    public var tag: String?

    public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }
}

// MARK: - Building nodes to emit

extension YAMLNode {
    private static let nowhere = SourceLocation(path: "", line: 0, column: 0)

    /// A string scalar in the style that reads best and loads back as the same string.
    public static func string(_ text: String) -> YAMLNode {
        // Common case first, without probing: one line starting with a letter that no null,
        // boolean or number starts with, no white space at its ends. (libyaml still quotes a
        // plain scalar it cannot write plain, such as one holding ": ".)
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           first.properties.isAlphabetic, !"nNtTfFyYoO".unicodeScalars.contains(first), !last.properties.isWhitespace,
           !text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return YAMLNode(.scalar(text, .plain), at: nowhere)
        }
        let style: ScalarStyle
        if text.contains("\n") {
            style = .literal
        } else if plainWouldChangeMeaning(text) {
            style = .doubleQuoted
        } else {
            style = .plain
        }
        return YAMLNode(.scalar(text, style), at: nowhere)
    }

    /// A scalar written exactly as given, plain: numbers, booleans, timestamps.
    public static func plain(_ text: String) -> YAMLNode {
        YAMLNode(.scalar(text, .plain), at: nowhere)
    }

    public static func sequence(_ items: [YAMLNode]) -> YAMLNode {
        YAMLNode(.sequence(items), at: nowhere)
    }

    public static func mapping(_ pairs: [(String, YAMLNode)]) -> YAMLNode {
        YAMLNode(.mapping(pairs.map { Pair(key: key($0.0), value: $0.1) }), at: nowhere)
    }

    /// A mapping key: the usual kebab-case keys and ids are plain without probing.
    private static func key(_ text: String) -> YAMLNode {
        let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
        if let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), !reserved.contains(text),
           text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) {
            return YAMLNode(.scalar(text, .plain), at: nowhere)
        }
        return .string(text)
    }

    /// True when a plain scalar with this text would be read back as something else
    /// (null, boolean, number) or would not survive as plain text at all.
    static func plainWouldChangeMeaning(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let probe = YAMLNode(.scalar(text, .plain), at: nowhere)
        if probe.isNull || probe.bool != nil || probe.int != nil || probe.double != nil { return true }
        if text.first!.isWhitespace || text.last!.isWhitespace { return true }
        // Old YAML 1.1 readers (and people) take these as booleans; quote them for safety.
        let yaml11Booleans: Set<String> = ["y", "n", "yes", "no", "on", "off"]
        return yaml11Booleans.contains(text.lowercased())
    }
}

// MARK: - Reading nodes

extension YAMLNode {
    /// The text of a scalar, whatever its style; nil for lists and mappings.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the given string.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }

    private var plainText: String? {
        if case .scalar(let text, .plain) = content, tag == nil { return text }
        return nil
    }

    /// Null in the core schema: an empty plain scalar, `~` or `null`.
    public var isNull: Bool {
        guard let text = plainText else { return tag == "tag:yaml.org,2002:null" }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A boolean in the core schema: `true` or `false` (in three capitalisations), plain only.
    public var bool: Bool? {
        switch plainText {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// An integer in the core schema, plain only.
    public var int: Int? {
        guard let text = plainText, !text.isEmpty else { return nil }
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// A floating-point number in the core schema (integers included), plain only.
    public var double: Double? {
        if let int { return Double(int) }
        guard let text = plainText, !text.isEmpty else { return nil }
        let allowed = Set("0123456789+-.eE")
        guard text.allSatisfy({ allowed.contains($0) }), text.contains(where: \.isNumber) else {
            switch text {
            case ".inf", ".Inf", ".INF", "+.inf": return .infinity
            case "-.inf", "-.Inf", "-.INF": return -.infinity
            default: return nil
            }
        }
        return Double(text)
    }

    /// How the node reads to a person, in Swedish, for messages like "'title' ska vara text,
    /// inte en mappning".
    public var kindDescription: String {
        switch content {
        case .sequence: return "en lista"
        case .mapping: return "en mappning"
        case .scalar:
            if isNull { return "ett tomt värde" }
            if bool != nil { return "ett sanningsvärde" }
            if double != nil { return "ett tal" }
            return "text"
        }
    }
}
