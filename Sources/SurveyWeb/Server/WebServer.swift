import Foundation
import Hummingbird
import Logging
import NIOCore
import SurveyModel
import SurveyStore

/// `voc serve`: the HTTP server respondents answer surveys on (web self-completion, CAWI), over the interview
/// engine and one store. See `RespondentRoutes` for the pages and `WebInterviews` for what they do.
///
/// The server keeps no interview in memory: several servers may share one PostgreSQL store behind a reverse
/// proxy, and a server killed at any moment loses no acknowledged answer.
public struct WebServer: Sendable {
    /// Where and how to listen.
    public struct Configuration: Sendable {
        public var host: String
        /// 0 picks a free port (reported by `onRunning`).
        public var port: Int
        /// Cookies are marked `Secure`: set when respondents reach the server over HTTPS (`--base-url https://...`).
        public var secureCookies: Bool
        public var templates: WebTemplates

        public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, templates: WebTemplates)
        {
            self.host = host
            self.port = port
            self.secureCookies = secureCookies
            self.templates = templates
        }
    }

    public let interviews: WebInterviews
    public let configuration: Configuration

    public init(interviews: WebInterviews, configuration: Configuration) {
        self.interviews = interviews
        self.configuration = configuration
    }

    /// Serves until SIGINT or SIGTERM; `onRunning` is called with the port once the server listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }

    /// The Hummingbird application (tests drive it in process).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: NotFoundPageMiddleware(templates: configuration.templates))
        RespondentRoutes(
            interviews: interviews, templates: configuration.templates, limiter: LinkGuessLimiter(),
            secureCookies: configuration.secureCookies
        ).add(to: router)
        var logger = Logger(label: "voc-serve")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "voc"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
