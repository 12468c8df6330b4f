import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyCollector
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc focus new GUIDE --roster FILE`: a session with its participants.
    struct FocusNew: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Create a focus-group session from a discussion guide and a roster.",
            discussion: """
                The guide is a survey file of kind focus-group. The roster is a CSV with columns id, name, consent \
                (yes/no), an optional weight, and segment attributes in the other columns. Participants without \
                consent are recorded but cannot speak. Prints the session id.
                """)

        @Argument(help: ArgumentHelp("The discussion guide (.xml or .json).", valueName: "GUIDE"))
        var guide: String

        @Option(name: .long, help: ArgumentHelp("The roster CSV.", valueName: "FILE"))
        var roster: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: ArgumentHelp("The session id (default: <guide-id>-<n>).", valueName: "ID"))
        var id: String?

        func validate() throws {
            if let id, id.isEmpty || id.contains(":") || id.contains("/") {
                throw ValidationError("--id must be non-empty without ':' or '/'")
            }
        }

        func run() async throws {
            do {
                let survey = try SurveyFile.load(guide)
                guard survey.kind == .focusGroup else {
                    throw CommandFailure("\(guide): error: the guide must be a survey of kind focus-group")
                }
                let participants: [Participant]
                do {
                    participants = try RosterLoader.load(path: roster)
                } catch {
                    throw CommandFailure("\(error)")
                }
                let store = try await storeOptions.openFocusStore(
                    storeOptions.path(surveyFile: guide, survey: survey), mustExist: false)
                try await store.register(survey)
                let existing = try await store.sessions().map(\.id)
                var sessionID = id ?? "\(survey.id)-\(existing.count + 1)"
                var n = existing.count + 1
                while id == nil && existing.contains(sessionID) {
                    n += 1
                    sessionID = "\(survey.id)-\(n)"
                }
                if existing.contains(sessionID) { throw CommandFailure("error: session '\(sessionID)' exists") }
                let session = FocusSession(
                    id: sessionID, guideID: survey.id, guideVersion: survey.version,
                    title: survey.title.text, createdAt: Date())
                try await store.createSession(session, participants: participants)
                let refused = participants.filter { !$0.consent }.map(\.id)
                print(sessionID)
                StandardError.print(
                    "session \(sessionID): \(participants.count) participant(s)"
                        + (refused.isEmpty ? "" : "; no consent (cannot speak): " + refused.joined(separator: ", ")))
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
