public import SurveyForm
import SurveyText

/// What every page of one respondent needs: the form, who they are, where their pages are.
public struct PageContext: Sendable {
    public var form: Form
    public var respondent: String
    public var round: String
    /// The path every page of the link starts with: `/s/TOKEN`.
    public var base: String
    /// The forgery-check token every form of the page carries.
    public var formToken: String

    public init(form: Form, respondent: String, round: String, base: String, formToken: String) {
        self.form = form
        self.respondent = respondent
        self.round = round
        self.base = base
        self.formToken = formToken
    }

    public var overviewPath: String { base }
    public var summaryPath: String { base + "/sammanfattning" }
    public var submitPath: String { base + "/skicka-in" }
    public func sectionPath(_ section: Section) -> String { base + "/avsnitt/" + section.id }
    public var answerPath: String { base + "/svar/" }

    /// "2. Kommunens organisation samt hemmaplansarbete" when the form numbers its sections.
    public func title(of section: Section) -> String {
        form.number(of: section).map { "\($0). \(section.title)" } ?? section.title
    }

    /// "Svarande: Umeå, omgång pilot." as the terminal's opening says it.
    public var respondentLine: String {
        let round = round.isEmpty ? "" : ", omgång \(round)"
        return "Svarande: \(respondent)\(round)."
    }
}

/// Building HTML: every text from a form, a file or a post goes through `HTMLText.escape`.
enum HTML {
    static func e(_ text: String) -> String { HTMLText.escape(text) }

    /// Text with its line breaks kept, as paragraphs of lines.
    static func paragraphs(_ text: String, class name: String, id: String? = nil) -> String {
        let lines = text.trimmingWhitespace().split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }
        let idAttribute = id.map { " id=\"\(e($0))\"" } ?? ""
        return "<p class=\"\(name)\"\(idAttribute)>" + lines.joined(separator: "<br>") + "</p>\n"
    }

    /// A form's own text (a description, a help text) as the browser flows it: lines wrapped
    /// in the YAML file run together, a blank line starts a new paragraph, and a line that
    /// starts a list item ("- ", "• ") starts a new line.
    static func prose(_ text: String, class name: String, id: String? = nil) -> String {
        var paragraphs: [[String]] = [[]]
        for line in text.trimmingWhitespace().split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(trimmed)
            }
        }
        let idAttribute = id.map { " id=\"\(e($0))\"" } ?? ""
        let blocks = paragraphs.filter { !$0.isEmpty }
        guard !blocks.isEmpty else { return "" }
        // One element for an id (so aria-describedby reads all of it): paragraphs as line breaks.
        let body = blocks.map { lines in
            var out = ""
            for (index, line) in lines.enumerated() {
                if index > 0 { out += line.hasPrefix("- ") || line.hasPrefix("• ") ? "<br>" : " " }
                out += e(line)
            }
            return out
        }.joined(separator: "<br><br>")
        return "<p class=\"\(name)\"\(idAttribute)>" + body + "</p>\n"
    }

    /// The page around `main`: the head, the skip link, the respondent and the form's sections.
    static func page(title: String, context: PageContext, current: String?, sectionsStatus: [(Section, String)], main: String) -> String {
        var html = """
        <!doctype html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(e(title)) – \(e(context.form.title))</title>
        <link rel="stylesheet" href="/resurser/fyll.css">
        <script src="/resurser/fyll.js" defer></script>
        </head>
        <body>
        <a class="hoppa" href="#innehall">Hoppa till innehållet</a>
        <header class="sidhuvud">
        <p class="formular">\(e(context.form.title))</p>
        <p class="svarande">\(e(context.respondentLine))</p>
        </header>
        <nav class="avsnittslista" aria-label="Formulärets delar">
        <ul>

        """
        html += link(context.overviewPath, "Översikt", current: current == "oversikt")
        for (section, status) in sectionsStatus {
            let label = context.title(of: section)
            html += link(context.sectionPath(section), label, current: current == section.id, note: status)
        }
        html += link(context.summaryPath, "Sammanfattning och inskickning", current: current == "sammanfattning")
        html += "</ul>\n</nav>\n<main id=\"innehall\" tabindex=\"-1\">\n" + main + "</main>\n</body>\n</html>\n"
        return html
    }

    private static func link(_ href: String, _ label: String, current: Bool, note: String? = nil) -> String {
        let aria = current ? " aria-current=\"page\"" : ""
        let noteHTML = note.map { " <span class=\"lage\">(\(e($0)))</span>" } ?? ""
        return "<li><a href=\"\(e(href))\"\(aria)>\(e(label))</a>\(noteHTML)</li>\n"
    }
}
