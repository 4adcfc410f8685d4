public import SurveyForm
public import SurveyResponses
import SurveyText

/// The links file staff mail out: one row per respondent with their link, as CSV that opens
/// in Excel (semicolons, a byte-order mark so å, ä and ö read right, CRLF line ends).
///
/// Every cell goes through `SpreadsheetCell`, the rule every CSV of the tool follows, so a
/// register name that starts like a formula stays text.
public enum InvitationLinks {
    public struct Row: Hashable, Sendable {
        public var respondent: String
        public var network: String
        public var link: String
        public var issued: Timestamp

        public init(respondent: String, network: String, link: String, issued: Timestamp) {
            self.respondent = respondent
            self.network = network
            self.link = link
            self.issued = issued
        }
    }

    public static let separator = SpreadsheetCell.swedishExcelSeparator

    /// The link for a token: the base URL (without a trailing slash) and `/s/TOKEN`.
    public static func link(base: String, token: InvitationToken) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/s/" + token.text
    }

    /// The file's text; the header names the respondents as the form or register does ("Kommun").
    public static func csv(_ rows: [Row], noun: RespondentNoun) -> String {
        let heading = noun.singular.prefix(1).uppercased() + noun.singular.dropFirst()
        var lines = [SpreadsheetCell.line([heading, "Nätverk", "Länk", "Utfärdad"], separator: separator)]
        for row in rows {
            lines.append(SpreadsheetCell.line([row.respondent, row.network, row.link, row.issued.text], separator: separator))
        }
        return SpreadsheetCell.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }
}
