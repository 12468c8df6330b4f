import ArgumentParser
import Foundation
import SurveyModel
import SurveyStore
import SurveyWeb

extension VocCommand {
    /// `voc serve SURVEY... [--store STORE]`: the web server respondents answer on.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve surveys to respondents' browsers (web self-completion) into a response store.",
            discussion: """
                Respondents open /s/SURVEY-ID?t=TOKEN (personal links from `voc sample invite`), or /s/SURVEY-ID \
                when the survey has <entry key="web-access">open</entry> in its metadata. Every submitted page \
                is stored before the next is shown; closing the browser and opening the link again continues \
                the interview. GET /healthz answers 200 while the store is reachable. Several servers may share \
                one PostgreSQL store behind a reverse proxy; serve over HTTPS through the proxy and give \
                --base-url https://... so cookies are marked Secure.
                """)

        @Argument(help: ArgumentHelp("The survey files to serve (XML or JSON).", valueName: "SURVEY"))
        var surveys: [String]

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "The address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port).")
        var port: Int = 8080

        @Option(
            name: .customLong("base-url"),
            help: ArgumentHelp("Where respondents reach the server, e.g. https://survey.example.com.", valueName: "URL")
        )
        var baseURL: String?

        @Option(
            help: ArgumentHelp(
                "A folder of page templates and voc.css replacing the built-in ones (Templates/web).", valueName: "DIR")
        )
        var templates: String?

        func validate() throws {
            if surveys.isEmpty { throw ValidationError("give at least one survey file") }
            if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
            if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                throw ValidationError("--base-url must be an http:// or https:// URL")
            }
        }

        func run() async throws {
            let loaded = try surveys.map(CollectionCLI.loadSurvey)
            let ids = loaded.map(\.id)
            if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                throw CommandFailure("error: survey '\(duplicate)' is given twice")
            }
            let path = storeOptions.path(surveyFile: surveys[0], survey: loaded[0])
            do {
                // Respondents answer at once: a server store gets a larger connection pool than a command.
                let store = try await StoreOpener.open(path, timeout: storeOptions.busyTimeout, connections: 16)
                for survey in loaded { try await store.register(survey) }
                let pages = try templates.map { try WebTemplates(directory: $0) } ?? WebTemplates()
                let server = WebServer(
                    interviews: WebInterviews(surveys: loaded, store: store),
                    configuration: .init(
                        host: host, port: port, secureCookies: baseURL?.hasPrefix("https://") ?? false, templates: pages
                    ))
                let host = self.host
                let names = loaded.map { "/s/\($0.id)" + (WebInterviews.isOpen($0) ? " (open link)" : "") }
                try await server.run { port in
                    let lines = ["voc serve: listening on http://\(host):\(port)"] + names.map { "  " + $0 }
                    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                }
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
