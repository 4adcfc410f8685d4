internal import CYAML
import Foundation

/// Parses YAML with libyaml into `YAMLNode` trees that carry 1-based source positions.
///
/// Built from libyaml's event stream with an explicit stack, so nesting depth and
/// alias expansion are bounded by `YAMLLimits` instead of by the call stack.
public enum YAMLParser {
    /// The single document in `source`, or nil when the file holds no document.
    public static func parse(_ source: SourceText, limits: YAMLLimits = .default) throws(Diagnostic) -> YAMLNode? {
        let result: Result<YAMLNode?, Diagnostic> = source.bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(source: source, limits: limits)
            let parser = LibYAMLParser(buffer: buffer)
            return Result { () throws(Diagnostic) in try builder.run(parser) }
        }
        return try result.get()
    }

    /// Parses a file read from disk, the size limit applied before reading.
    public static func parseFile(atPath path: String, limits: YAMLLimits = .default) throws(Diagnostic) -> (SourceText, YAMLNode?) {
        let source = try SourceText.load(path: path, maximumBytes: limits.maximumBytes)
        return (source, try parse(source, limits: limits))
    }

    /// Runs libyaml over `source` and counts its events without building anything.
    ///
    /// The baseline the benchmarks compare full loading against.
    public static func countEvents(_ source: SourceText) throws(Diagnostic) -> Int {
        let result: Result<Int, Diagnostic> = source.bytes.withUnsafeBufferPointer { buffer in
            let parser = LibYAMLParser(buffer: buffer)
            var count = 0
            while true {
                guard let event = parser.next() else {
                    return .failure(syntaxError(parser, source: source))
                }
                count += 1
                if event.pointee.type == YAML_STREAM_END_EVENT { return .success(count) }
            }
        }
        return try result.get()
    }

    /// Runs libyaml's own loader over `source`, building libyaml's document tree (and
    /// freeing it); returns the node count of the first document.
    ///
    /// The second baseline for benchmarks: what libyaml alone needs to hold a file as a tree.
    public static func countDocumentNodes(_ source: SourceText) throws(Diagnostic) -> Int {
        let result: Result<Int, Diagnostic> = source.bytes.withUnsafeBufferPointer { buffer in
            let parser = LibYAMLParser(buffer: buffer)
            let document = UnsafeMutablePointer<yaml_document_t>.allocate(capacity: 1)
            defer { document.deallocate() }
            guard yaml_parser_load(parser.parser, document) == 1 else {
                return .failure(syntaxError(parser, source: source))
            }
            defer { yaml_document_delete(document) }
            let count = document.pointee.nodes.top - document.pointee.nodes.start
            return .success(count)
        }
        return try result.get()
    }

    static func syntaxError(_ parser: LibYAMLParser, source: SourceText) -> Diagnostic {
        let state = parser.parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "okänt fel"
        if state.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            let location = source.location(ofByteOffset: Int(state.problem_offset))
            let detail = state.problem_value >= 0 ? String(format: " (byte 0x%02x)", Int(state.problem_value)) : ""
            return .error("ogiltig teckenkodning: \(LibYAMLProblem.readerProblem(problem))\(detail); filen ska vara UTF-8", at: location)
        }
        if state.error == YAML_MEMORY_ERROR {
            return .error("minnet tog slut när YAML lästes", at: SourceLocation(path: source.path, line: 1, column: 1))
        }
        let mark = state.problem_mark
        let location = SourceLocation(path: source.path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        if source.character(at: location) == "\t" {
            return .error("tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag", at: location)
        }
        let contextMark = state.context_mark
        let message = LibYAMLProblem.message(problem: problem, context: state.context.map { String(cString: $0) },
                                             contextLine: Int(contextMark.line) + 1, contextColumn: Int(contextMark.column) + 1)
        return .error(message, at: location)
    }
}

/// Turns events into nodes, one frame per open list or mapping.
private struct TreeBuilder {
    /// An open list or mapping; a class so children are appended in place, without copying.
    private final class Frame {
        let isMapping: Bool
        let location: SourceLocation
        let tag: String?
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        /// Nodes in this subtree, aliases expanded; what an alias to it costs.
        var size = 1

        init(isMapping: Bool, location: SourceLocation, tag: String?, anchor: String?) {
            self.isMapping = isMapping
            self.location = location
            self.tag = tag
            self.anchor = anchor
        }
    }

    let source: SourceText
    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0
    private var document: YAMLNode?
    private var documentCount = 0

    init(source: SourceText, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    mutating func run(_ parser: LibYAMLParser) throws(Diagnostic) -> YAMLNode? {
        while true {
            guard let eventPointer = parser.next() else {
                throw YAMLParser.syntaxError(parser, source: source)
            }
            let event = eventPointer.pointee
            let location = SourceLocation(
                path: source.path,
                line: Int(event.start_mark.line) + 1,
                column: Int(event.start_mark.column) + 1
            )
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return document
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 {
                    throw .error("ett andra YAML-dokument; filen ska innehålla exakt ett (ta bort raden '---')", at: location)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: scalar.length)
                let node = YAMLNode(.scalar(text, YAMLNode.ScalarStyle(scalar.style)), at: location, tag: Self.optionalString(scalar.tag))
                try add(node, size: 1, anchor: Self.optionalString(scalar.anchor), at: location)
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw .error("aliaset \(quoted: "*" + name) pekar inte på något ankare som står före det", at: location)
                }
                try add(target.node, size: target.size, anchor: nil, at: location)
            case YAML_SEQUENCE_START_EVENT:
                try open(at: location)
                let start = event.data.sequence_start
                stack.append(Frame(isMapping: false, location: location, tag: Self.optionalString(start.tag),
                                   anchor: Self.optionalString(start.anchor)))
            case YAML_MAPPING_START_EVENT:
                try open(at: location)
                let start = event.data.mapping_start
                stack.append(Frame(isMapping: true, location: location, tag: Self.optionalString(start.tag),
                                   anchor: Self.optionalString(start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
                // The collection itself was counted when it opened.
                try place(YAMLNode(content, at: frame.location, tag: frame.tag), size: frame.size, anchor: frame.anchor)
            default:
                break
            }
        }
    }

    private mutating func open(at location: SourceLocation) throws(Diagnostic) {
        if stack.count >= limits.maximumDepth {
            throw .error("nästlingen är djupare än \(limits.maximumDepth) nivåer", at: location)
        }
        try count(1, at: location)
    }

    private mutating func count(_ nodes: Int, at location: SourceLocation) throws(Diagnostic) {
        nodeCount += nodes
        if nodeCount > limits.maximumNodes {
            throw .error("dokumentet blir större än \(limits.maximumNodes) noder (varje alias räknas som en kopia); läser inte vidare", at: location)
        }
    }

    /// Counts a scalar or alias against the node limit, then places it.
    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?, at location: SourceLocation) throws(Diagnostic) {
        try count(size, at: location)
        try place(node, size: size, anchor: anchor)
    }

    /// Puts a finished node into its parent, or makes it the document.
    private mutating func place(_ node: YAMLNode, size: Int, anchor: String?) throws(Diagnostic) {
        if let anchor { anchors[anchor] = (node, size) }
        guard let parent = stack.last else {
            document = node
            return
        }
        parent.size += size
        if !parent.isMapping {
            parent.items.append(node)
        } else if let key = parent.pendingKey {
            parent.pairs.append(YAMLNode.Pair(key: key, value: node))
            parent.pendingKey = nil
        } else {
            parent.pendingKey = node
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
