public import Hummingbird
import NIOCore

/// The request context of `survey serve`: Hummingbird's core context and the address the
/// request came from (for the limit on wrong links).
public struct SurveyRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address; behind a reverse proxy, the proxy's.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress
    }
}
