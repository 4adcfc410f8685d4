import Foundation
import SurveyResponses
import SurveyRunner
import SurveyText

/// `survey review` at the terminal: reads command lines, hands them to the console, saves the
/// files after each decision (or puts them back after an undo) and writes the answers.
///
/// When a person is at a terminal (stdin and stdout both are one), answers are wrapped to its
/// width and long ones paged to its height by the fill runner's pager; piped, they are plain.
struct ReviewDialogue {
    private(set) var console: ReviewConsole
    private var files: ReviewFiles
    private(set) var diagnostics: DiagnosticOutput
    private var input = FileDescriptorInput(descriptor: STDIN_FILENO, detectsPaste: false)
    private var screen = FileDescriptorOutput(descriptor: STDOUT_FILENO)
    private var layout = TerminalLayout()
    private let atTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    private let styling: Styling

    init(console: ReviewConsole, files: ReviewFiles, diagnostics: DiagnosticOutput) {
        self.console = console
        self.files = files
        self.diagnostics = diagnostics
        styling = Styling(usesEscapes: atTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    /// Runs until `sluta` or the end of input; every decision is saved by then.
    mutating func run() {
        write(console.listing + "Skriv hjälp för att se kommandona.\n")
        while true {
            write(console.prompt, paged: false)
            let event = input.next()
            layout.inputRead()
            guard case .line(let line)? = event else {
                write("\nAllt är sparat.\n")
                return
            }
            let before = console
            let outcome = console.handle(line)
            do {
                switch outcome.files {
                case .unchanged: break
                case .saveDecision: try files.save(console.coded)
                case .restorePrevious: try files.restorePrevious()
                }
            } catch {
                diagnostics.print([error])
                // The console goes back with the files: nothing reports a decision the files do not hold.
                console = before
                write(outcome.files == .saveDecision
                      ? "Ändringen kunde inte sparas; filerna är som före ändringen.\n"
                      : "Beslutet kunde inte ångras; filerna är som före.\n")
                continue
            }
            write(outcome.text)
            if outcome.quit { return }
        }
    }

    /// Text from answers is shown, never sent raw to the terminal.
    private mutating func write(_ text: String, paged: Bool = true) {
        let size = atTerminal ? TerminalSize.ofStandardOutput() : nil
        layout.resize(width: size?.width, height: size?.height)
        let shown = TextSafety.displayable(text)
        if paged {
            Pager.write(shown, layout: &layout, styling: styling, echoesInput: false, input: &input, output: &screen)
        } else {
            screen.write(layout.wrap(shown))
        }
    }
}
