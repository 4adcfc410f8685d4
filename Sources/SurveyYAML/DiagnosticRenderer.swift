import SurveyText

/// Renders diagnostics as `path:line:column: severity: message`, the source line and a caret.
///
/// Paths, messages and source lines can carry what a file (or its name) holds; control
/// characters in them are shown through `TextSafety.displayable`, never raw. The quoted line loses its leading indentation (up to the column) so deep YAML
/// stays readable; the caret is moved with it.
public struct DiagnosticRenderer: Sendable {
    public var sources: [String: SourceText]
    public var useColor: Bool

    /// The widest source excerpt shown, in characters.
    static let maximumExcerptWidth = 200

    public init(sources: [SourceText] = [], useColor: Bool = false) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.useColor = useColor
    }

    public mutating func add(_ source: SourceText) {
        sources[source.path] = source
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = LineLookup(sources: sources)
        return render(diagnostic, lines: &lines)
    }

    /// Every diagnostic in turn; each file's lines are indexed once, so the time grows with the
    /// number of findings, not with findings times file size.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var lines = LineLookup(sources: sources)
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic, lines: &lines)
        }
        return out
    }

    private func render(_ diagnostic: Diagnostic, lines: inout LineLookup) -> String {
        var out = renderOne(diagnostic, lines: &lines)
        for note in diagnostic.notes {
            out += renderOne(note, lines: &lines)
        }
        return out
    }

    private func renderOne(_ diagnostic: Diagnostic, lines: inout LineLookup) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += paint(TextSafety.displayable("\(location): "), .bold)
        }
        out += paint("\(diagnostic.severity.rawValue):", color(for: diagnostic.severity))
        out += " " + paint(TextSafety.displayable(diagnostic.message), .bold) + "\n"
        if let location = diagnostic.location, let rawLine = lines.line(location), let excerpt = excerpt(at: location, rawLine: rawLine) {
            out += excerpt
        }
        return out
    }

    /// Source lines by position, through one `LineIndex` per file, built when first needed.
    private struct LineLookup {
        let sources: [String: SourceText]
        var indexes: [String: SourceText.LineIndex] = [:]
        /// Below this many lookups in a file, scanning beats building an index.
        var lookups: [String: Int] = [:]

        init(sources: [String: SourceText]) {
            self.sources = sources
        }

        mutating func line(_ location: SourceLocation) -> String? {
            if let index = indexes[location.path] { return index.line(location.line) }
            guard let source = sources[location.path] else { return nil }
            lookups[location.path, default: 0] += 1
            if lookups[location.path, default: 0] < 4 { return source.line(location.line) }
            let index = SourceText.LineIndex(source)
            indexes[location.path] = index
            return index.line(location.line)
        }
    }

    /// The source line and a caret under the column, or nil when the line is not known.
    public func excerpt(at location: SourceLocation) -> String? {
        guard let source = sources[location.path], let rawLine = source.line(location.line) else { return nil }
        return excerpt(at: location, rawLine: rawLine)
    }

    private func excerpt(at location: SourceLocation, rawLine: String) -> String? {
        // Tabs become single spaces so the caret stays aligned with what is shown; a control
        // character becomes its one-character stand-in, which keeps the alignment too. Scalars,
        // not characters: a line of megabytes (a minified or hostile file) costs little.
        let scalars = rawLine.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\t" { return " " }
            return TextSafety.isUnsafe(scalar) ? TextSafety.standIn(for: scalar).unicodeScalars.first ?? "\u{FFFD}" : scalar
        }
        // libyaml counts columns in Unicode scalars; the caret moves in visible characters.
        let columnIndex = max(location.column - 1, 0)
        if columnIndex > scalars.count { return nil }
        let leading = scalars.prefix { $0 == " " }.count
        var start = min(leading, columnIndex)
        var end = scalars.count
        var prefix = ""
        var suffix = ""
        // Very long lines (minified or hostile files) are shown as a window around the column.
        if end - start > Self.maximumExcerptWidth {
            if columnIndex - start > Self.maximumExcerptWidth / 2 {
                start = columnIndex - Self.maximumExcerptWidth / 2
                prefix = "…"
            }
            if end - start > Self.maximumExcerptWidth {
                end = start + Self.maximumExcerptWidth
                suffix = "…"
            }
        }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars[start..<end])
        var beforeCaret = String.UnicodeScalarView()
        beforeCaret.append(contentsOf: scalars[start..<columnIndex])
        let caretOffset = prefix.count + String(beforeCaret).count
        return "  " + prefix + String(shown) + suffix + "\n  " + String(repeating: " ", count: caretOffset) + paint("^", .green) + "\n"
    }

    private enum Style: String {
        case bold = "\u{1B}[1m"
        case red = "\u{1B}[1;31m"
        case yellow = "\u{1B}[1;33m"
        case cyan = "\u{1B}[1;36m"
        case green = "\u{1B}[1;32m"
    }

    private func color(for severity: Diagnostic.Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? style.rawValue + text + "\u{1B}[0m" : text
    }
}
