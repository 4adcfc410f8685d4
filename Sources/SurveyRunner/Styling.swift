/// A little bold and dim for a terminal; plain text everywhere else.
public struct Styling: Hashable, Sendable {
    public var usesEscapes: Bool

    public init(usesEscapes: Bool) {
        self.usesEscapes = usesEscapes
    }

    public static let plain = Styling(usesEscapes: false)

    public func strong(_ text: String) -> String { paint(text, "\u{1B}[1m") }
    public func dim(_ text: String) -> String { paint(text, "\u{1B}[2m") }
    public func warning(_ text: String) -> String { paint(text, "\u{1B}[33m") }

    private func paint(_ text: String, _ code: String) -> String {
        usesEscapes && !text.isEmpty ? code + text + "\u{1B}[0m" : text
    }
}
