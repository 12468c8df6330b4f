import ArgumentParser
import Foundation
import SurveyCollector
import SurveyTerminal
import SurveyModel
import SurveyParser
import SurveyStore

extension VocCommand {
    /// `voc focus run SESSION --store PATH`: the note-taker's screen, or a scripted run from standard input.
    struct FocusRun: FocusSessionCommand {
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

        func run(store: any ResponseStore & FocusGroupStore, session: FocusSession) async throws {
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
