internal import Crypto
import Foundation
import SurveyText
public import SurveyInvitations
import SurveyResponses

/// The server's secret key, for the forgery check of every post: the token a page's form
/// carries is an HMAC of the link's hash under this key.
///
/// Kept in the responses folder (`.survey-serve-key`, readable by its owner only), so pages
/// shown before a restart still post; delete the file to make every open page's form stale.
public struct RequestSecret: Sendable {
    public static let fileName = ".survey-serve-key"
    let key: [UInt8]

    public init(key: [UInt8]) {
        self.key = key
    }

    /// Why the key could not be read or made.
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// The key in `folder`, made (32 random bytes, mode 0600) when there is none.
    public static func load(inFolder folder: String) -> Result<RequestSecret, Problem> {
        let path = (folder as NSString).appendingPathComponent(fileName)
        if let data = FileManager.default.contents(atPath: path), data.count == 32 {
            return .success(RequestSecret(key: Array(data)))
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failure(Problem(message: "filen \(path) kan inte skrivas: \(SystemErrorWording.reason(errno))")) }
        defer { close(descriptor) }
        let written = key.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == 32, fsync(descriptor) == 0 else { return .failure(Problem(message: "filen \(path) kan inte skrivas: \(SystemErrorWording.reason(errno))")) }
        return .success(RequestSecret(key: key))
    }

    /// The forgery-check token for pages of the link whose hash is `hash`.
    public func formToken(for hash: TokenHash) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array("survey-serve-form:".utf8) + hash.bytes, using: SymmetricKey(data: key))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in code {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Whether a posted token is the one for this link, compared in constant time.
    public func accepts(_ posted: String?, for hash: TokenHash) -> Bool {
        guard let posted else { return false }
        return ConstantTime.equal(Array(posted.utf8), Array(formToken(for: hash).utf8))
    }
}
