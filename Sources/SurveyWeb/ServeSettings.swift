/// How `survey serve` listens and what it takes.
public struct ServeSettings: Sendable {
    /// The address to listen on: loopback unless told otherwise.
    public var host: String
    public var port: Int
    /// Behind a reverse proxy: the client's address is the last one the proxy added to
    /// `X-Forwarded-For`, not the proxy's (docs/staff-guide.md).
    public var behindProxy: Bool
    /// Wrong links per address and window before the address is turned away for a while.
    public var failedLookupLimit: Int
    public var failedLookupWindow: Double
    /// The most bytes one question's fields may take in a post: ten thousand characters, each
    /// up to four bytes of UTF-8, percent-encoded, and room for the rest.
    public var bytesPerQuestion: Int
    /// Connections served at once.
    public var maximumConnections: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, behindProxy: Bool = false, failedLookupLimit: Int = 20,
                failedLookupWindow: Double = 600, bytesPerQuestion: Int = 256 * 1024, maximumConnections: Int = 1024) {
        self.host = host
        self.port = port
        self.behindProxy = behindProxy
        self.failedLookupLimit = failedLookupLimit
        self.failedLookupWindow = failedLookupWindow
        self.bytesPerQuestion = bytesPerQuestion
        self.maximumConnections = maximumConnections
    }

    /// The most fields a post may have: far more than any page of a form has.
    public static let maximumFields = 20_000
}
