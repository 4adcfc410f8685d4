internal import CYAML
import SurveyText

/// Writes `YAMLNode` trees as YAML text with libyaml's emitter.
///
/// Output is UTF-8 with Swedish letters as they are (not escaped), two-space indentation
/// and no line folding, so files stay readable and diff line by line.
public enum YAMLEmitter {
    public static func emit(_ node: YAMLNode, comment: String? = nil) throws(Diagnostic) -> String {
        let emitter = LibYAMLEmitter()
        do {
            try emitter.emit { event in yaml_stream_start_event_initialize(event, YAML_UTF8_ENCODING) }
            try emitter.emit { event in yaml_document_start_event_initialize(event, nil, nil, nil, 1) }
            try emitNode(node, with: emitter)
            try emitter.emit { event in yaml_document_end_event_initialize(event, 1) }
            try emitter.emit { event in yaml_stream_end_event_initialize(event) }
        } catch {
            throw .error("YAML kan inte skrivas: \(error.problem)", at: nil)
        }
        var text = String(decoding: emitter.output, as: UTF8.self)
        if let comment {
            text = commentLines(comment).map { "# " + $0 }.joined(separator: "\n") + "\n" + text
        }
        return text
    }

    /// The lines of a comment as YAML can hold them: split at every line break YAML knows
    /// (line feed, and the line and paragraph separators libyaml also breaks at), each line
    /// without the characters no YAML stream may contain. A comment often quotes values from a
    /// file (a response's form version); a form feed in one made a saved file unreadable
    /// (found by the fuzzer). Control characters become `TextSafety`'s visible stand-ins, the
    /// noncharacters U+FFFE and U+FFFF the replacement character.
    static func commentLines(_ comment: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        for scalar in TextSafety.displayable(comment).unicodeScalars {
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}":
                lines.append(String(line))
                line = String.UnicodeScalarView()
            case "\u{FFFE}", "\u{FFFF}":
                line.append("\u{FFFD}")
            default:
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
    }

    private static func emitNode(_ node: YAMLNode, with emitter: LibYAMLEmitter) throws(EmitterError) {
        switch node.content {
        case let .scalar(text, style):
            let cStyle: yaml_scalar_style_t = switch style {
            case .plain: YAML_PLAIN_SCALAR_STYLE
            case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
            case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: YAML_LITERAL_SCALAR_STYLE
            case .folded: YAML_FOLDED_SCALAR_STYLE
            }
            // libyaml copies the value; an empty array still needs a valid pointer.
            var bytes = Array(text.utf8) + [0]
            let count = bytes.count - 1
            try bytes.withUnsafeMutableBufferPointer { buffer throws(EmitterError) in
                try emitter.emit { event in
                    yaml_scalar_event_initialize(event, nil, nil, buffer.baseAddress!,
                                                 Int32(count), 1, 1, cStyle)
                }
            }
        case let .sequence(items):
            try emitter.emit { event in
                yaml_sequence_start_event_initialize(event, nil, nil, 1, items.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
            }
            for item in items { try emitNode(item, with: emitter) }
            try emitter.emit { event in yaml_sequence_end_event_initialize(event) }
        case let .mapping(pairs):
            try emitter.emit { event in
                yaml_mapping_start_event_initialize(event, nil, nil, 1, pairs.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
            }
            for pair in pairs {
                try emitNode(pair.key, with: emitter)
                try emitNode(pair.value, with: emitter)
            }
            try emitter.emit { event in yaml_mapping_end_event_initialize(event) }
        }
    }
}

struct EmitterError: Error {
    var problem: String
}

/// Owns a libyaml emitter writing into a Swift byte buffer; frees it on deinit.
private final class LibYAMLEmitter {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let sink = OutputSink()

    var output: [UInt8] { sink.bytes }

    final class OutputSink {
        var bytes: [UInt8] = []
    }

    init() {
        emitter = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let sink = Unmanaged<OutputSink>.fromOpaque(context).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
        event.deallocate()
    }

    /// Initialises an event with `make` and hands it to the emitter, which takes ownership.
    func emit(_ make: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws(EmitterError) {
        guard make(event) == 1 else { throw EmitterError(problem: "en YAML-händelse kunde inte skapas") }
        guard yaml_emitter_emit(emitter, event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "okänt fel"
            throw EmitterError(problem: problem)
        }
        withExtendedLifetime(sink) {}
    }
}
