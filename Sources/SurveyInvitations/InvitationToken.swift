/// The secret in a respondent's link: 256 random bits, written in the URL-safe base64
/// alphabet without padding (43 characters).
///
/// The token is shown once, in the links file staff mail out; only its hash (`TokenHash`) is
/// kept. Tokens come from the system's cryptographic random source (`SystemRandomNumberGenerator`:
/// `getrandom` on Linux).
public struct InvitationToken: Hashable, Sendable, CustomStringConvertible {
    /// Random bytes per token: 256 bits, twice the 128 the issue asks for at least.
    public static let byteCount = 32

    public let text: String

    /// A token as it arrives in a URL; nil unless it has the shape of one (43 URL-safe base64
    /// characters), so nothing else is ever hashed or compared.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == Self.textLength, text.utf8.allSatisfy(Self.isAlphabet) else { return nil }
        self.text = String(text)
    }

    /// A new token from `generator`, which must be a cryptographic one outside tests.
    public static func generate(using generator: inout some RandomNumberGenerator) -> InvitationToken {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        while bytes.count < byteCount {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) }
        }
        return InvitationToken(checked: Base64URL.encode(bytes.prefix(byteCount)))
    }

    /// A new token from the system's cryptographic random source.
    public static func generate() -> InvitationToken {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    private init(checked text: String) {
        self.text = text
    }

    public var hash: TokenHash { TokenHash(of: self) }

    /// Never the token itself, so a token printed by mistake (a log line, a failed test) does not leak.
    public var description: String { "InvitationToken(…)" }

    static let textLength = (byteCount * 8 + 5) / 6

    private static func isAlphabet(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}

/// Base64 with the URL-safe alphabet (RFC 4648 §5), without padding.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 6 {
                bits -= 6
                out.append(alphabet[Int((buffer >> UInt32(bits)) & 0x3F)])
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(6 - bits)) & 0x3F)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
