import SurveyForm

/// Long text a page at a time, at the terminal's size: after each page but the last, Enter
/// shows the next and q stops.
///
/// The one pager of the tool: `survey fill`'s `:review` and `survey review`'s listings use it.
/// The caller sizes the layout first; without a height (output to a file or a pipe) the text
/// is written whole, wrapped only when the layout has a width.
public enum Pager {
    public static func write<Input: InputSource, Output: OutputSink>(
        _ text: String, layout: inout TerminalLayout, styling: Styling, echoesInput: Bool,
        input: inout Input, output: inout Output
    ) {
        let pages = layout.pages(layout.wrap(text))
        for (index, page) in pages.enumerated() {
            output.write(page)
            guard index + 1 < pages.count else { break }
            output.write(styling.dim("-- Sida \(index + 1) av \(pages.count). Enter: nästa sida, q: sluta --") + " ")
            let event = input.next()
            layout.inputRead()
            guard case .line(let answer)? = event else { break }
            if echoesInput { output.write(answer + "\n") }
            if answer.trimmingWhitespace().lowercased().hasPrefix("q") { break }
        }
    }
}
