internal import CYAML

/// Owns a libyaml parser reading from a byte buffer; frees it on deinit.
///
/// The buffer must outlive the parser: callers create it inside `withUnsafeBufferPointer`.
final class LibYAMLParser {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    init(buffer: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
    }

    deinit {
        releaseEvent()
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event, valid until the next call; nil when libyaml reports an error.
    func next() -> UnsafeMutablePointer<yaml_event_t>? {
        releaseEvent()
        guard yaml_parser_parse(parser, event) == 1 else { return nil }
        holdsEvent = true
        return event
    }

    private func releaseEvent() {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
    }
}
