internal import CYAML

/// One libyaml event, as the fast readers need it.
///
/// Anchors, aliases and explicit tags come out as `.unusual`: a fast reader that meets one
/// hands the file to the node-tree reader, which handles every case and reports problems.
public enum YAMLEvent: Hashable, Sendable {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case scalar(String, YAMLNode.ScalarStyle, SourceLocation)
    case sequenceStart(SourceLocation)
    case sequenceEnd
    case mappingStart(SourceLocation)
    case mappingEnd
    case unusual
}

/// Walks a file's libyaml events one at a time, for readers that want to skip building a
/// whole node tree on the common path. Lives only inside `YAMLEventCursor.read`.
public struct YAMLEventCursor: ~Copyable {
    private let parser: LibYAMLParser
    private let path: String
    private let maximumDepth: Int

    fileprivate init(parser: LibYAMLParser, path: String, maximumDepth: Int) {
        self.parser = parser
        self.path = path
        self.maximumDepth = maximumDepth
    }

    /// Runs `body` over the events of `source`; the cursor cannot outlive the call.
    public static func read<Result>(_ source: SourceText, limits: YAMLLimits = .default,
                                    _ body: (inout YAMLEventCursor) -> Result) -> Result {
        source.bytes.withUnsafeBufferPointer { buffer in
            var cursor = YAMLEventCursor(parser: LibYAMLParser(buffer: buffer), path: source.path, maximumDepth: limits.maximumDepth)
            return body(&cursor)
        }
    }

    /// The next event, or nil when libyaml reports an error (the tree reader will say which).
    public mutating func next() -> YAMLEvent? {
        guard let pointer = parser.next() else { return nil }
        let event = pointer.pointee
        let location = SourceLocation(path: path, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil else { return .unusual }
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            return .scalar(text, YAMLNode.ScalarStyle(scalar.style), location)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return start.anchor == nil && start.tag == nil ? .sequenceStart(location) : .unusual
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return start.anchor == nil && start.tag == nil ? .mappingStart(location) : .unusual
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .unusual
        }
    }

    /// The node a value event starts (reading the rest of a list or mapping), or nil when
    /// something unusual or an error comes up.
    public mutating func node(startingWith first: YAMLEvent) -> YAMLNode? {
        node(startingWith: first, depth: 0)
    }

    private mutating func node(startingWith first: YAMLEvent, depth: Int) -> YAMLNode? {
        guard depth < maximumDepth else { return nil }
        switch first {
        case let .scalar(text, style, location):
            return YAMLNode(.scalar(text, style), at: location)
        case .sequenceStart(let location):
            var items: [YAMLNode] = []
            while let event = next() {
                if event == .sequenceEnd { return YAMLNode(.sequence(items), at: location) }
                guard let item = node(startingWith: event, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return nil
        case .mappingStart(let location):
            var pairs: [YAMLNode.Pair] = []
            while let event = next() {
                if event == .mappingEnd { return YAMLNode(.mapping(pairs), at: location) }
                guard let key = node(startingWith: event, depth: depth + 1), let valueEvent = next(),
                      let value = node(startingWith: valueEvent, depth: depth + 1) else { return nil }
                pairs.append(YAMLNode.Pair(key: key, value: value))
            }
            return nil
        default:
            return nil
        }
    }
}

extension YAMLNode.ScalarStyle {
    /// The style libyaml reports for a scalar event.
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
