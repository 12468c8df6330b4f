import ArgumentParser
import Foundation
import SurveyCollector
import SurveyTerminal
import SurveyModel
import SurveyParser
import SurveyStore

extension VocCommand {
    /// `voc focus run SESSION --store PATH`: the note-taker's screen, or a scripted run from standard input.
    struct FocusRun: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a focus-group session: log turns, polls and section changes as they happen.",
            discussion: """
                Type 'P3: text' to log a turn ('MOD: text' for the moderator; '!' marks a quote, '#code' tags a \
                code), '/next' for the next guide section, '/poll QID' for an in-session poll answered as \
                'P3: answer' by each participant, '/end' to finish. On a terminal the screen shows the current \
                section with elapsed and remaining time, its prompts and probes. When standard input is not a \
                terminal the same lines are read from it (a scripted run) and the transcript is printed. Every \
                line is stored as it is entered; running again resumes at the stored section. Rejected lines are \
                reported with their line number and the exit status is 1.
                """)

        @Argument(help: ArgumentHelp("The session id (see 'voc focus new').", valueName: "SESSION"))
        var sessionID: String

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            try storeOptions.requireStore()
        }

        func run() async throws {
            do {
                let (store, session) = try await FocusStoreAccess.open(storeOptions, sessionID: sessionID)
                var runner = try await FocusStoreAccess.runner(store: store, session: session)
                if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                    try await Self.runOnTerminal(&runner)
                    return
                }
                var rejected = 0
                for line in try await runner.start(at: Date()).output { print(line) }
                var number = 0
                while !runner.session.ended, let line = readLine() {
                    number += 1
                    let outcome = try await runner.handle(line, number: number, at: Date())
                    for text in outcome.output { print(text) }
                    if let error = outcome.error {
                        rejected += 1
                        StandardError.print(error)
                    }
                }
                if rejected > 0 {
                    StandardError.print("\(rejected) line(s) rejected")
                    throw ExitCode.failure
                }
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}

extension VocCommand.FocusRun {
    /// The note-taker's screen: section, timer, prompts and probes on top, the transcript below, and a line
    /// editor whose Tab completes participant ids (and commands). Ctrl-C or Ctrl-D leaves; `run` resumes later.
    static func runOnTerminal(_ runner: inout FocusSessionRunner) async throws {
        let terminal = try PosixTerminal(environment: ProcessInfo.processInfo.environment)
        defer {
            try? terminal.write("\u{1B}[?1049l")
            terminal.close()
        }
        let reader = CompletingLineReader(terminal: terminal)
        reader.append(try await runner.start(at: Date()).output)
        let speakers = runner.speakers + [TranscriptTurn.moderator]
        var number = 0
        while !runner.session.ended {
            let header = runner.screen(at: Date())
            let line = try reader.readLine(prompt: "> ", header: header) { before in
                if before.hasPrefix("/") { return (["/next", "/poll", "/end"], " ") }
                return before.contains(":") || before.contains(" ") ? ([], "") : (speakers, ": ")
            }
            guard let line else { break }
            number += 1
            let outcome = try await runner.handle(line, number: number, at: Date())
            reader.append(outcome.output + (outcome.error.map { [$0] } ?? []))
        }
    }
}

/// Loading a session with its guide and roster from a store.
enum FocusStoreAccess {
    /// Opens the `--store` of `options` (which must exist) and reads its session `sessionID`; a command failure when
    /// the store has no such session.
    static func open(
        _ options: StoreOptions, sessionID: String
    ) async throws -> (store: any ResponseStore & FocusGroupStore, session: FocusSession) {
        let store = try await options.openFocusStore(options.store!, mustExist: true)
        guard let session = try await store.session(id: sessionID) else {
            throw CommandFailure("error: no session '\(sessionID)' in the store")
        }
        return (store, session)
    }

    /// The runner of `session` from `store`, with the session's guide (the stored definition it names) and roster.
    static func runner(
        store: any ResponseStore & FocusGroupStore, session: FocusSession
    ) async throws
        -> FocusSessionRunner
    {
        guard let record = try await store.surveyDefinition(surveyID: session.guideID, version: session.guideVersion)
        else {
            throw CommandFailure("error: the store lacks guide \(session.guideID) \(session.guideVersion)")
        }
        let document = SurveyLoader.load(text: record.json, path: "\(session.guideID).json", format: .json)
        guard let guide = document.survey else { throw CommandFailure(document.rendered()) }
        let participants = try await store.participants(sessionID: session.id)
        return FocusSessionRunner(store: store, guide: guide, session: session, participants: participants)
    }
}
