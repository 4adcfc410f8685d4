import Foundation
public import Hummingbird
import Logging
import NIOCore
import HTTPTypes
import HummingbirdCore
public import SurveyForm
import SurveyInvitations
import SurveyResponses

typealias Answers = SurveyResponses.Response
import SurveyRunner
import SurveyText
import SurveyYAML

/// `survey serve`: the respondent's pages on Hummingbird, over the same files and rules as
/// `survey fill`.
///
/// Routes (every respondent page under `/s/TOKEN`, the token of their link):
/// `GET /s/T` the overview; `GET|POST /s/T/avsnitt/SECTION` a section as a form;
/// `POST /s/T/svar/QUESTION` one answer, saved by the page's script when a question is left
/// (JSON); `GET /s/T/sammanfattning` the completeness summary; `POST /s/T/skicka-in`
/// "Skicka in"; `GET /resurser/fyll.css|fyll.js` the style sheet and script.
public final class SurveyServer: Sendable {
    public let form: Form
    public let settings: ServeSettings
    public let desk: ResponseDesk
    public let invitations: InvitationIndex
    public let limiter: AttemptLimiter
    let secret: RequestSecret
    /// Where progress and access lines go (stderr for `survey serve`); never a token or an answer.
    let log: @Sendable (String) -> Void

    public init(form: Form, responses: String, rounds: [String], prefillFolder: String? = nil, settings: ServeSettings = ServeSettings(),
                secret: RequestSecret, log: @escaping @Sendable (String) -> Void) {
        self.form = form
        self.settings = settings
        self.desk = ResponseDesk(form: form, responses: responses, prefillFolder: prefillFolder)
        self.invitations = InvitationIndex(responses: responses, formID: form.id, rounds: rounds,
                                           report: { log("Inbjudningsfilen kan inte läsas: \($0)") })
        self.limiter = AttemptLimiter(limit: settings.failedLookupLimit, window: settings.failedLookupWindow)
        self.secret = secret
        self.log = log
    }

    // MARK: Routes

    public func router() -> Router<SurveyRequestContext> {
        let router = Router(context: SurveyRequestContext.self)
        router.add(middleware: FrontDoor(log: log))
        router.get("/resurser/fyll.css") { _, _ in Self.asset(WebAssets.styleSheet, type: "text/css; charset=utf-8") }
        router.get("/resurser/fyll.js") { _, _ in Self.asset(WebAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/s/:token") { request, context in try await self.overview(request, context) }
        router.get("/s/:token/avsnitt/:section") { request, context in try await self.sectionPage(request, context) }
        router.post("/s/:token/avsnitt/:section") { request, context in try await self.saveSection(request, context) }
        router.post("/s/:token/svar/:question") { request, context in try await self.saveAnswer(request, context) }
        router.get("/s/:token/sammanfattning") { request, context in try await self.summary(request, context) }
        router.post("/s/:token/skicka-in") { request, context in try await self.submit(request, context) }
        return router
    }

    /// The application, listening where the settings say.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "survey-serve")
        // Hummingbird reports nothing the respondent or staff need; errors that matter are thrown.
        logger.logLevel = .critical
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(75), httpDecoderConfiguration: .init(
                maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 64 * 1024, maxHeaderFieldCount: 200))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil,
                                 availableConnectionsDelegate: MaximumAvailableConnections(settings.maximumConnections)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests under way and stops.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        do {
            try await application(onRunning: onRunning).runService()
        } catch {
            await desk.shutdown()
            throw error
        }
        await desk.shutdown()
    }

    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Whose link

    /// The respondent a request's link belongs to, and their pages' context; a wrong link is
    /// answered as a missing page and counted against the client's address.
    func open(_ request: Request, _ context: SurveyRequestContext) throws -> (InvitationIndex.Holder, PageContext) {
        let address = clientAddress(request, context)
        if let wait = limiter.blocked(address) { throw PageError.tooManyAttempts(retryAfter: wait) }
        guard let text = context.parameters.get("token"), let token = InvitationToken(text),
              let holder = invitations.holder(of: token) else {
            limiter.fail(address)
            throw PageError.notFound
        }
        let page = PageContext(form: form, respondent: holder.respondent, round: holder.round, base: "/s/" + token.text,
                               formToken: secret.formToken(for: holder.tokenHash))
        return (holder, page)
    }

    func clientAddress(_ request: Request, _ context: SurveyRequestContext) -> String {
        if settings.behindProxy, let name = HTTPField.Name("X-Forwarded-For"), let forwarded = request.headers[name] {
            let last = String(forwarded.split(separator: ",").last ?? "").trimmingCharacters(in: .whitespaces)
            if !last.isEmpty { return last }
        }
        return context.peerAddress ?? "?"
    }

    /// A post's fields, within `limit` bytes, with the page's forgery-check token.
    func fields(of request: Request, limit: Int, holder: InvitationIndex.Holder) async throws -> FieldValues {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw PageError.tooLarge }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { throw PageError.badRequest }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw PageError.tooLarge
        }
        let fields: FieldValues
        switch FieldValues.decode(buffer.readableBytesView, maximumFields: ServeSettings.maximumFields) {
        case .success(let decoded): fields = decoded
        case .failure(.tooManyFields): throw PageError.tooLarge
        case .failure(.malformed): throw PageError.badRequest
        }
        guard secret.accepts(fields["csrf"], for: holder.tokenHash) else { throw PageError.forbidden }
        return fields
    }

    func response(for opened: ResponseDesk.Opened) throws -> Answers {
        guard case .response(let response) = opened else { throw PageError.unusable }
        return response
    }

    // MARK: Pages

    func overview(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        let response = try await prefilledResponse(holder)
        let prefilled = response.entries.values.filter(\.prefilled).count
        return Self.html(Pages.overview(page, response: response, prefilled: prefilled))
    }

    func sectionPage(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        guard let section = context.parameters.get("section").flatMap(form.section(withID:)) else { throw PageError.notFound }
        let response = try await prefilledResponse(holder)
        var state = Pages.SectionState()
        if let saved = request.uri.queryParameters.get("sparat").flatMap({ Int($0) }), saved > 0 {
            state.notices.append(saved == 1 ? "1 svar sparades." : "\(saved) svar sparades.")
        }
        return Self.html(Pages.section(page, section: section, response: response, state: state))
    }

    func summary(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        let response = try response(for: await desk.read(round: holder.round, respondent: holder.respondent))
        let report = FillReport(response: response, form: form, path: desk.path(round: holder.round, respondent: holder.respondent))
        let notice: String? = switch request.uri.queryParameters.get("inskickad") {
        case "ja": "Tack! Svaren är inskickade."
        case "nej": FillReport.incompleteLine + " Inget skickades in."
        default: nil
        }
        return Self.html(Pages.summary(page, response: response, report: report, notice: notice))
    }

    /// The response, with last year's answers put in first when there are some to put in.
    func prefilledResponse(_ holder: InvitationIndex.Holder) async throws -> Answers {
        let response = try response(for: await desk.read(round: holder.round, respondent: holder.respondent))
        guard let lastYear = desk.lastYearResponse(of: holder.respondent) else { return response }
        var trial = response
        let form = form
        guard !PrefillMerger.merge(lastYear, into: &trial, form: form, source: "").applied.isEmpty else { return response }
        let result = await desk.update(round: holder.round, respondent: holder.respondent) { response in
            let summary = PrefillMerger.merge(lastYear, into: &response, form: form, source: "")
            return ((), !summary.applied.isEmpty)
        }
        if case .success(let saved) = result { return saved.response }
        return trial
    }

    // MARK: Saving

    func saveSection(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        guard let section = context.parameters.get("section").flatMap(form.section(withID:)) else { throw PageError.notFound }
        let fields = try await fields(of: request, limit: 64 * 1024 + section.questions.count * settings.bytesPerQuestion, holder: holder)
        let questions = section.questions.filter { fields.has(AnswerFields.base($0.id)) }
        let result = await apply(fields, to: questions, holder: holder)
        switch result {
        case .failure(let problem):
            let response = try response(for: await desk.read(round: holder.round, respondent: holder.respondent))
            let state = Pages.SectionState(posted: fields, failure: Self.message(for: problem))
            return Self.html(Pages.section(page, section: section, response: response, state: state), status: .serviceUnavailable)
        case .success(let (response, update)):
            let refused = update.outcomes.values.contains(where: \.isRefusal)
            let saved = update.outcomes.values.filter { if case .saved = $0 { true } else { false } }.count
            if refused || !update.appeared.isEmpty {
                var notices = update.notices
                if !update.appeared.isEmpty { notices.append("Nya frågor har kommit till på den här sidan med dina svar.") }
                let state = Pages.SectionState(outcomes: update.outcomes, posted: fields, notices: notices)
                return Self.html(Pages.section(page, section: section, response: response, state: state),
                                 status: refused ? .unprocessableContent : .ok)
            }
            if fields["sedan"] == "stanna" {
                return Response.redirect(to: page.sectionPath(section) + "?sparat=\(saved)", type: .normal)
            }
            let navigator = FillNavigator(form: form, response: response)
            let index = form.sections.firstIndex { $0.id == section.id } ?? 0
            let next = form.sections.dropFirst(index + 1).first { $0.questions.contains { navigator.applicable.contains($0.id) } }
            return Response.redirect(to: next.map(page.sectionPath) ?? page.summaryPath, type: .normal)
        }
    }

    /// What one post did: the outcomes per question and the questions it made appear.
    struct Applied: Sendable {
        var outcomes: [String: SectionUpdate.Outcome]
        var notices: [String]
        /// Questions of the post's section that apply now, did not before, and have no answer.
        var appeared: [String]
    }

    func apply(_ fields: FieldValues, to questions: [Question], holder: InvitationIndex.Holder)
        async -> Result<(Answers, Applied), ResponseDesk.SaveProblem> {
        let form = form
        let now = Timestamp.now()
        let sectionIDs = Set(questions.map(\.sectionID))
        let result = await desk.update(round: holder.round, respondent: holder.respondent, at: now) { response in
            var update = SectionUpdate(response: response)
            update.apply(fields, to: questions, form: form, at: now)
            response = update.response
            let before = update.applicableBefore
            let after = update.applicableAfter
            let appeared = form.questions.filter {
                sectionIDs.contains($0.sectionID) && after.contains($0.id) && !before.contains($0.id) && response[$0.id]?.isSettled != true
            }.map(\.id)
            return (Applied(outcomes: update.outcomes, notices: update.notices, appeared: appeared), update.changed)
        }
        return result.map { ($0.response, $0.value) }
    }

    /// One question's answer, posted by the page's script when the question is left; JSON back.
    func saveAnswer(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        guard let question = context.parameters.get("question").flatMap(form.question(withID:)) else { throw PageError.notFound }
        let fields = try await fields(of: request, limit: 64 * 1024 + settings.bytesPerQuestion, holder: holder)
        let result = await apply(fields, to: [question], holder: holder)
        var json = AnswerJSON()
        switch result {
        case .failure(let problem):
            json.add("result", problem == .busy ? "busy" : "failed")
            json.add("message", Self.message(for: problem))
            return json.response(status: .serviceUnavailable)
        case .success(let (response, applied)):
            let outcome = applied.outcomes[question.id] ?? .untouched
            let navigator = FillNavigator(form: form, response: response)
            json.add("result", Self.name(of: outcome))
            json.add("message", Self.message(for: outcome))
            json.add("base", AnswerFields.fingerprint(of: response[question.id], question: question))
            json.add("notices", applied.notices)
            if let section = form.section(of: question) {
                json.add("applicable", section.questions.map(\.id).filter { navigator.applicable.contains($0) })
            }
            json.add("progress", "Du har besvarat \(navigator.settledCount) av \(navigator.order.count) frågor.")
            if outcome.isRefusal {
                let state = Pages.SectionState(outcomes: applied.outcomes, posted: fields)
                let block = Pages.block(for: question, context: page, response: response, navigator: navigator,
                                        presenter: QuestionPresenter(form: form), state: state)
                json.add("html", block.html)
            }
            return json.response(status: outcome.isRefusal ? .unprocessableContent : .ok)
        }
    }

    func submit(_ request: Request, _ context: SurveyRequestContext) async throws -> Response {
        let (holder, page) = try open(request, context)
        _ = try await fields(of: request, limit: 16 * 1024, holder: holder)
        let form = form
        let path = desk.path(round: holder.round, respondent: holder.respondent)
        let now = Timestamp.now()
        let result = await desk.update(round: holder.round, respondent: holder.respondent, at: now) { response in
            guard FillReport(response: response, form: form, path: path).isComplete else { return (false, false) }
            response.submitted = now
            return (true, true)
        }
        switch result {
        case .success(let (_, sent)):
            return Response.redirect(to: page.summaryPath + "?inskickad=" + (sent ? "ja" : "nej"), type: .normal)
        case .failure(let problem):
            let response = try response(for: await desk.read(round: holder.round, respondent: holder.respondent))
            let report = FillReport(response: response, form: form, path: path)
            return Self.html(Pages.summary(page, response: response, report: report, notice: Self.message(for: problem)),
                             status: .serviceUnavailable)
        }
    }

    // MARK: Words and shapes

    static func message(for problem: ResponseDesk.SaveProblem) -> String {
        switch problem {
        case .busy:
            "Svaren fylls just nu i av en annan session (till exempel i terminalen), så inget sparades. Vänta tills den är klar och försök igen; det du skrev finns kvar här."
        case .unusable:
            "Filen med era svar har fel och kan inte fyllas i vidare. Inget i den har ändrats. Be programmets personal om hjälp."
        case .failed(let reason):
            SaveWording.saveFailed(reason)
        }
    }

    static func name(of outcome: SectionUpdate.Outcome) -> String {
        switch outcome {
        case .untouched: "untouched"
        case .saved: "saved"
        case .unchanged: "unchanged"
        case .refused: "refused"
        case .conflict: "conflict"
        case .notApplicable: "not-applicable"
        }
    }

    static func message(for outcome: SectionUpdate.Outcome) -> String {
        switch outcome {
        case .untouched: ""
        case .saved(let text): text
        case .unchanged: SaveWording.unchanged
        case .refused(let problem): problem.message
        case .conflict: SectionUpdate.conflictMessage
        case .notApplicable: "Frågan gäller inte med dina nuvarande svar."
        }
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A page instead of the one asked for.
enum PageError: Error {
    case notFound
    case tooManyAttempts(retryAfter: Int)
    case forbidden
    case tooLarge
    case badRequest
    case unusable
}

/// A small JSON object written by hand; strings through `JSONString`.
struct AnswerJSON {
    private var members: [String] = []

    mutating func add(_ key: String, _ value: String) {
        members.append(JSONString.quoted(key) + ":" + JSONString.quoted(value))
    }

    mutating func add(_ key: String, _ values: [String]) {
        members.append(JSONString.quoted(key) + ":[" + values.map(JSONString.quoted).joined(separator: ",") + "]")
    }

    func response(status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "{" + members.joined(separator: ",") + "}")))
    }
}
