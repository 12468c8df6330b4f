import ArgumentParser
import Foundation
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc focus show SESSION --store PATH`: a session's stored transcript and poll answers.
    struct FocusShow: FocusSessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a session's state, stored turns (with section and source) and poll answers.")

        @Argument(help: ArgumentHelp("The session id.", valueName: "SESSION"))
        var sessionID: String

        @OptionGroup var storeOptions: StoreOptions

        func run(store: any ResponseStore & FocusGroupStore, session: FocusSession) async throws {
            let state = session.ended ? "ended" : session.currentSectionID.map { "in section \($0)" } ?? "not started"
            print("session \(session.id) (guide \(session.guideID) \(session.guideVersion)): \(state)")
            for stored in try await store.turns(sessionID: sessionID) {
                let turn = stored.turn
                let marks = (turn.isQuote ? " !" : "") + turn.codes.map { " #" + $0 }.joined()
                print(
                    "[\(stored.sequence)] \(turn.sectionID ?? "-") \(stored.source) \(turn.speaker): \(turn.text)\(marks)"
                )
            }
            let polls = try await store.polls(sessionID: sessionID)
            for question in polls.keys.sorted() {
                let answers = polls[question]!.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.describe($0.value))" }
                print("poll \(question): " + answers.joined(separator: " "))
            }
        }

        static func describe(_ value: AnswerValue) -> String {
            switch value {
            case .code(let code): code
            case .codes(let codes), .ranking(let codes): codes.joined(separator: ",")
            case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
            case .text(let text), .date(let text): text
            case .dontKnow: "dk"
            case .refused: "refused"
            case .grid, .maxDiff: "…"
            }
        }
    }
}
