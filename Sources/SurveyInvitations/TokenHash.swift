internal import Crypto

/// The SHA-256 hash of an invitation token: what the invitations file keeps instead of the token.
///
/// Compared in constant time (`matches`), so how long a comparison takes says nothing about how
/// much of a guessed hash was right.
public struct TokenHash: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(of token: InvitationToken) {
        self.bytes = Array(SHA256.hash(data: Array(token.text.utf8)))
    }

    /// A hash as the invitations file writes it: 64 lower-case hex digits.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.value(of: digits[index]), let low = Self.value(of: digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }

    /// Whether two hashes are equal, looking at every byte whatever the first difference.
    public func matches(_ other: TokenHash) -> Bool {
        ConstantTime.equal(bytes, other.bytes)
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

/// Comparisons whose time does not depend on where two values differ.
public enum ConstantTime {
    /// True when `a` and `b` hold the same bytes; every byte is looked at (lengths are not secret).
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
