import Foundation
public import SurveyYAML

/// Where `survey` prints diagnostics: stderr, with colour only when stderr is a terminal.
///
/// Like a compiler, it shows the first `maximumShown` findings of a run and counts the rest:
/// a file with 40,000 mistakes gets a readable report, quickly. `finish()` says how many were
/// left out.
public struct DiagnosticOutput {
    public static let maximumShown = 100

    private var renderer: DiagnosticRenderer
    private var shown = 0
    private var hiddenErrors = 0
    private var hiddenWarnings = 0

    public init(color: ColorChoice = .auto) {
        let useColor: Bool = switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        renderer = DiagnosticRenderer(useColor: useColor)
    }

    public mutating func add(_ source: SourceText?) {
        if let source { renderer.add(source) }
    }

    public mutating func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let room = max(Self.maximumShown - shown, 0)
        let printed = diagnostics.prefix(room)
        shown += printed.count
        for hidden in diagnostics.dropFirst(room) {
            switch hidden.severity {
            case .error: hiddenErrors += 1
            case .warning: hiddenWarnings += 1
            case .note: break
            }
        }
        if !printed.isEmpty { StandardError.write(renderer.render(Array(printed))) }
    }

    /// Says how many findings were not shown, if any; call once, after the last `print`.
    public mutating func finish() {
        let hidden = hiddenErrors + hiddenWarnings
        guard hidden > 0 else { return }
        StandardError.write("Ytterligare \(hidden) fynd visas inte (\(FindingCount.text(errors: hiddenErrors, warnings: hiddenWarnings))); bara de första \(Self.maximumShown) skrivs ut.\n")
        hiddenErrors = 0
        hiddenWarnings = 0
    }
}

public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

public enum StandardError {
    public static func write(_ text: String) {
        // What went to stdout so far comes first, so a terminal shows both in order.
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// How many errors and warnings, as every summary says it: "1 fel och 2 varningar".
public enum FindingCount {
    public static func text(errors: Int, warnings: Int) -> String {
        "\(errors) fel och \(warnings == 1 ? "1 varning" : "\(warnings) varningar")"
    }
}
