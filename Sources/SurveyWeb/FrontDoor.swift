import Foundation
import Hummingbird
import NIOCore
import HTTPTypes

/// What every response passes: errors turned into Swedish pages, the security headers, and
/// an access line on the log with the link's token left out.
struct FrontDoor: RouterMiddleware {
    typealias Context = SurveyRequestContext
    let log: @Sendable (String) -> Void

    /// The Content-Security-Policy: only the tool's own style sheet and script, no inline
    /// script or style, no frames, forms posted only to the tool.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as PageError {
            response = Self.page(for: error)
        } catch let error as HTTPError {
            response = Self.page(for: error.status)
        } catch {
            response = Self.page(for: .internalServerError)
        }
        for (name, value) in Self.securityHeaders {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        log("\(request.method.rawValue) \(Self.redacted(request.uri.path)) \(response.status.code) \(String(format: "%.1f", milliseconds)) ms")
        return response
    }

    /// A path as the log shows it: the token of a link replaced by `…`.
    static func redacted(_ path: String) -> String {
        // Nothing from the address reaches the log raw: only printable ASCII.
        let printable = path.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "?" }.joined()
        var parts = printable.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2, parts[1] == "s" { parts[2] = "…" }
        return parts.joined(separator: "/")
    }

    static func page(for error: PageError) -> Response {
        switch error {
        case .notFound: html(Pages.notFound, .notFound)
        case .tooManyAttempts(let wait):
            {
                var response = html(Pages.tooManyAttempts(retryAfter: wait), .tooManyRequests)
                response.headers[.retryAfter] = String(wait)
                return response
            }()
        case .forbidden: html(Pages.forbidden, .forbidden)
        case .tooLarge: html(Pages.tooLarge, .contentTooLarge)
        case .badRequest: html(Pages.badRequest, .badRequest)
        case .unusable: html(Pages.unusableFile, .conflict)
        }
    }

    static func page(for status: HTTPResponse.Status) -> Response {
        switch status {
        case .notFound, .methodNotAllowed: html(Pages.notFound, .notFound)
        case .contentTooLarge: html(Pages.tooLarge, .contentTooLarge)
        case .badRequest: html(Pages.badRequest, .badRequest)
        default: html(Pages.serverError, .internalServerError)
        }
    }

    static func html(_ text: String, _ status: HTTPResponse.Status) -> Response {
        SurveyServer.html(text, status: status)
    }
}
