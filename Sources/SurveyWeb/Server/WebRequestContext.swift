import Hummingbird
import NIOCore

/// The context of a respondent's request: Hummingbird's core context plus the client's address (for the limit
/// on link guesses) and a small body limit (a page's answers are a few kilobytes).
struct WebRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Bodies above this size are refused with 413 (64 KiB).
    var maxUploadSize: Int { 64 * 1024 }

    /// The client's IP address as text (the proxy's, behind a reverse proxy), or "unknown".
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
