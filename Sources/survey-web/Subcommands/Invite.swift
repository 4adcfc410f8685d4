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
            abstract: "Skapa en hemlig länk per kommun i en omgång för `survey serve`, som en CSV-fil för Excel.",
            discussion: """
            Ger varje kommun i OMGÅNG i registret som ännu saknar länk en ny, och skriver de nya \
            länkarna till --out (CSV med semikolon som avgränsare och byteordningsmarkering, för svenska \
            Excel; bara filens ägare kan läsa den). Varje länk innehåller 256 slumpmässiga bitar; bara \
            SHA-256-hashen av varje länk sparas, i SVARSMAPP/OMGÅNG/.invitations.yaml, så en förlorad \
            länk kan inte visas igen: --reissue NAMN ger NAMN en ny (den gamla slutar fungera). \
            --revoke NAMN stänger länken för NAMN utan att ge en ny. En `survey serve` som körs märker \
            ändringen vid nästa förfrågan. Se docs/staff-guide.md.
            Slutstatus: 0 när allt gick bra, 1 när --revoke anger någon utan öppen länk, 2 när \
            formuläret, registret eller inbjudningsfilen inte kan läsas, 64 för en omgång eller ett namn \
            som inte finns i registret, eller en --out-fil som redan finns.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret som länkarna gäller.", valueName: "formulär"))
        var form: String

        @Option(help: ArgumentHelp("Deltagarregistret: vilka som får en länk.", valueName: "fil"))
        var register: String

        @Option(help: ArgumentHelp("Omgången vars kommuner får länkar.", valueName: "omgång"))
        var round: String

        @Option(help: ArgumentHelp("Svarsmappen (inbjudningsfilen sparas i dess omgångsmapp).", valueName: "svarsmapp"))
        var responses: String = "responses"

        @Option(help: ArgumentHelp("Filen som de nya länkarna skrivs till (CSV); den får inte finnas redan.", valueName: "fil"))
        var out: String?

        @Option(name: .customLong("base-url"), help: ArgumentHelp("Adressen där de som svarar når `survey serve`.", valueName: "adress"))
        var baseURL: String = "http://127.0.0.1:8080"

        @Option(help: ArgumentHelp("En ny länk för den här kommunen, som ersätter den gamla (kan upprepas).", valueName: "namn"))
        var reissue: [String] = []

        @Option(help: ArgumentHelp("Stäng den här kommunens länk, utan att ge en ny (kan upprepas).", valueName: "namn"))
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
            let lock: LockFile
            do {
                lock = try InvitationFile.lock(path: path)
            } catch {
                output.print([error])
                throw ExitCode.failure
            }
            defer { withExtendedLifetime(lock) {} }
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
