import ArgumentParser
import Foundation
import SurveyCommandSupport
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyYAML

extension SurveyWebCommand {
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make one secret link per municipality of a round for `survey serve`, as a CSV for Excel.",
            discussion: """
            Gives every municipality of ROUND in the register that has no link yet a new one, and \
            writes the new links to --out (semicolon-separated CSV with a byte-order mark, for \
            Swedish Excel; readable by its owner only). Each link holds 256 random bits; only the \
            SHA-256 hash of each is kept, in RESPONSES/ROUND/.invitations.yaml, so a lost link \
            cannot be shown again: --reissue NAME gives NAME a new one (the old one stops \
            working). --revoke NAME closes NAME's link without a new one. A running `survey serve` \
            sees the change at the next request. See docs/staff-guide.md.
            Exit status: 0 on success, 1 when --revoke names someone without an open link, 2 when \
            the form, the register or the invitations file cannot be read, 64 for a round or a name \
            not in the register, or an --out file that exists already.
            """
        )

        @Argument(help: "The form the links are for.")
        var form: String

        @Option(help: "Register of participants: who gets a link.")
        var register: String

        @Option(help: "The round whose municipalities get links.")
        var round: String

        @Option(help: "The responses folder (the invitations file is kept in its round folder).")
        var responses: String = "responses"

        @Option(help: "Where to write the new links (CSV); must not exist yet.")
        var out: String?

        @Option(name: .customLong("base-url"), help: "The address respondents reach `survey serve` at.")
        var baseURL: String = "http://127.0.0.1:8080"

        @Option(help: "A new link for this municipality, replacing its old one (repeatable).")
        var reissue: [String] = []

        @Option(help: "Close this municipality's link, without a new one (repeatable).")
        var revoke: [String] = []

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if !revoke.isEmpty, !reissue.isEmpty || out != nil {
                throw ValidationError("--revoke stänger länkar; ge inte --reissue eller --out samtidigt.")
            }
            if revoke.isEmpty, out == nil {
                throw ValidationError("Ange med --out filen som länkarna ska skrivas till (till exempel --out lankar.csv).")
            }
            if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(where: { $0 == " " || $0 == "?" || $0 == "#" }) {
                throw ValidationError("--base-url ska vara en adress som börjar med https:// (eller http://), till exempel https://enkat.example.se.")
            }
        }

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let loadedForm = try FormInput.load(form, output: &output)
            let loadedRegister = try RegisterInput.load(register, output: &output)
            guard let registered = loadedRegister.round(withID: round) else {
                let hint = Suggestion.closest(to: round, in: loadedRegister.rounds.map(\.id)).map { " Menade du \($0)?" } ?? ""
                StandardError.write("Omgången \(round) finns inte i registret \(register).\(hint)\n")
                throw ExitCode(64)
            }
            let path = InvitationFile.path(responses: responses, round: round)
            let loaded = InvitationFile.load(path: path, formID: loadedForm.id, round: round)
            output.add(loaded.source)
            output.print(loaded.diagnostics)
            guard var list = loaded.list else {
                StandardError.write("Inbjudningsfilen \(path) har fel; inget har ändrats. Rätta felen ovan och försök igen.\n")
                throw ExitCode(2)
            }
            let everyone = registered.municipalities
            let now = Timestamp.now()
            if !revoke.isEmpty {
                var failed = false
                for name in try revoke.map({ try registeredName($0, among: everyone) }) {
                    if list.revoke(name, at: now) {
                        StandardError.write("Länken för \(name) är stängd.\n")
                    } else {
                        StandardError.write("\(name) har ingen öppen länk.\n")
                        failed = true
                    }
                }
                try save(list, to: path)
                if failed { throw ExitCode.failure }
                return
            }
            guard let out else { return }
            if FileManager.default.fileExists(atPath: out) {
                StandardError.write("\(out) finns redan. Välj ett annat filnamn, så att inga tidigare länkar skrivs över.\n")
                throw ExitCode(64)
            }
            let reissued = Set(try reissue.map { try registeredName($0, among: everyone) })
            for invitation in list.invitations where everyone.contains(invitation.respondent) && !reissued.contains(invitation.respondent) {
                let state = invitation.isActive ? "har redan en länk (utfärdad \(invitation.issued))" : "har en stängd länk"
                StandardError.write("\(invitation.respondent) \(state); --reissue \(invitation.respondent) ger en ny.\n")
            }
            var generator = SystemRandomNumberGenerator()
            let issued = list.issueMissing(for: everyone, reissuing: reissued, at: now, using: &generator)
            guard !issued.isEmpty else {
                StandardError.write("Alla i omgången \(round) har redan en länk; ingen fil skrevs.\n")
                return
            }
            let networks = Dictionary(registered.networks.flatMap { network in network.municipalities.map { ($0, network.title) } },
                                      uniquingKeysWith: { first, _ in first })
            let rows = issued.map {
                InvitationLinks.Row(respondent: $0.respondent, network: networks[$0.respondent] ?? "",
                                    link: InvitationLinks.link(base: baseURL, token: $0.token), issued: now)
            }
            let noun = RespondentNoun.of(form: loadedForm, register: loadedRegister)
            do {
                try AtomicFile.write(InvitationLinks.csv(rows, noun: noun), toPath: out, permissions: 0o600)
            } catch {
                output.print([error])
                StandardError.write("Länkarna kunde inte skrivas; inget har ändrats.\n")
                throw ExitCode(74)
            }
            do {
                try InvitationFile.save(list, toPath: path)
            } catch {
                output.print([error])
                try? FileManager.default.removeItem(atPath: out)
                StandardError.write("Inbjudningsfilen kunde inte sparas, så länkarna skulle inte fungera; \(out) är borttagen och inget har ändrats.\n")
                throw ExitCode(74)
            }
            StandardError.write("\(issued.count == 1 ? "1 ny länk" : "\(issued.count) nya länkar") i \(out). Skicka var och en bara till sin \(noun.singular); länkarna går inte att visa igen.\n")
        }

        /// A name as the register writes it (case aside), or exit 64 with a suggestion.
        private func registeredName(_ name: String, among everyone: [String]) throws -> String {
            if everyone.contains(name) { return name }
            if let match = RespondentName.matching(name, among: everyone) { return match }
            let hint = Suggestion.closest(to: name, in: everyone).map { " Menade du \($0)?" } ?? ""
            StandardError.write("\(name) finns inte i omgången \(round) i registret \(register).\(hint)\n")
            throw ExitCode(64)
        }

        private func save(_ list: InvitationList, to path: String) throws {
            do {
                try InvitationFile.save(list, toPath: path)
            } catch {
                StandardError.write("\(error.description)\n")
                throw ExitCode(74)
            }
        }
    }
}
