import Foundation
import SurveyYAML

/// Where `survey` prints diagnostics: stderr, with colour only when stderr is a terminal.
struct DiagnosticOutput {
    private var renderer: DiagnosticRenderer

    init(color: ColorChoice = .auto) {
        let useColor: Bool = switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        renderer = DiagnosticRenderer(useColor: useColor)
    }

    mutating func add(_ source: SourceText?) {
        if let source { renderer.add(source) }
    }

    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        StandardError.write(renderer.render(diagnostics))
    }
}

enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

enum StandardError {
    static func write(_ text: String) {
        // What went to stdout so far comes first, so a terminal shows both in order.
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
    }
}
