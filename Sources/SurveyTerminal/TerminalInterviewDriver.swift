import SurveyModel
import SurveyCollector

/// Runs an interview on an interactive terminal: draws each step with `ScreenRenderer`, turns keys into answers
/// with a per-step `AnswerComposer` and submits them to the `InterviewSession`, which stores every accepted
/// answer (one transaction) before `submit` returns; the next step is drawn only after that.
///
/// Besides the question keys (see `TerminalKeyHelp`): a soft check's warning is confirmed with `y` (keep the
/// answer) or dismissed with `n`/Esc (change it); Ctrl-C asks whether to suspend (`y`: return `.suspended`; the
/// answers so far are already stored, the caller prints the resume command; `n`/Esc: go on). A resize redraws
/// at the new size. If the terminal's input ends, the driver returns `.inputClosed` (the interview stays stored
/// in progress, resumable).
public struct TerminalInterviewDriver: InterviewDriver {
    /// How the interactive session ended.
    public enum Ending: Sendable, Hashable {
        /// The interview ended (complete, or screened out by a quota).
        case finished(InterviewOutcome)
        /// The interviewer chose to suspend with Ctrl-C and `y` at this step.
        case suspended(InterviewPosition?)
        /// The terminal's input ended at this step.
        case inputClosed(InterviewPosition?)
    }

    private enum Mode {
        case answering
        case help
        case confirmingWarning(String)
        case confirmingSuspend
    }

    /// Opens the terminal for a run, and closes it afterwards (nil: the terminal is owned by the caller).
    private let open: @Sendable () throws -> (device: any TerminalDevice, close: (@Sendable () -> Void)?)

    /// A driver on a terminal the caller opened and will close (tests, embedding).
    public init(terminal: any TerminalDevice) {
        open = { (terminal, nil) }
    }

    /// A driver on the process's own terminal: `run` opens stdin/stdout in raw mode on the alternate screen
    /// (`PosixTerminal`) and restores the terminal when it returns or throws. Colour follows `environment`
    /// (`NO_COLOR`, `TERM`).
    public init(environment: [String: String]) {
        open = {
            let terminal = try PosixTerminal(environment: environment)
            return (terminal, { terminal.close() })
        }
    }

    /// Runs the interview (see `runInteractive`); Ctrl-C suspension and the end of input both report
    /// `.suspended` at the step shown, which is stored and resumable.
    public func run(_ session: inout InterviewSession) async throws -> InterviewRunOutcome {
        switch try await runInteractive(&session) {
        case .finished(let outcome): .finished(outcome)
        case .suspended(let position), .inputClosed(let position): .suspended(position)
        }
    }

    /// Begins (or resumes) `session` and runs until the interview ends, is suspended, or input ends. Throws what
    /// the terminal or the session's recorder throws; everything accepted before stays stored, and the screen is
    /// left as it is (the caller closes the terminal).
    public func runInteractive(_ session: inout InterviewSession) async throws -> Ending {
        let (terminal, close) = try open()
        defer { close?() }
        return try await drive(&session, on: terminal)
    }

    private func drive(_ session: inout InterviewSession, on terminal: any TerminalDevice) async throws -> Ending {
        var composer: AnswerComposer?
        var mode = Mode.answering
        var clearFirst = true
        _ = try await session.begin()
        while true {
            guard let prompt = session.engine.prompt else { return .finished(session.engine.outcome ?? .complete) }
            if composer == nil || composer?.prompt != prompt { composer = AnswerComposer(prompt: prompt) }
            guard var current = composer else { continue }
            let size = terminal.size
            current.pageSize = max(1, size.rows - 12)
            try draw(screen(for: current, mode: mode), on: terminal, size: size, clear: clearFirst)
            clearFirst = false

            let key: Key
            switch try terminal.nextEvent() {
            case .end: return .inputClosed(prompt.position)
            case .resize:
                clearFirst = true
                composer = current
                continue
            case .key(let pressed): key = pressed
            }

            var action = ComposerAction.redraw
            switch mode {
            case .help:
                mode = .answering
            case .confirmingSuspend:
                if key == .character("y") || key == .character("Y") { return .suspended(prompt.position) }
                if key == .character("n") || key == .character("N") || key == .escape || key == .interrupt {
                    mode = .answering
                }
            case .confirmingWarning:
                if key == .character("y") || key == .character("Y") {
                    mode = .answering
                    action = .submit(.confirm)
                } else if key == .character("n") || key == .character("N") || key == .escape {
                    mode = .answering
                } else if key == .interrupt {
                    mode = .confirmingSuspend
                }
            case .answering:
                action = current.handle(key)
            }

            switch action {
            case .redraw: break
            case .help: mode = .help
            case .interrupt: mode = .confirmingSuspend
            case .submit(let input):
                switch try await session.submit(input) {
                case .accepted:
                    composer = nil
                    continue
                case .rejected(let reason):
                    current.message = ScreenMessage(.error, reason)
                case .needsConfirmation(let warning):
                    mode = .confirmingWarning(warning)
                }
            }
            composer = current
        }
    }

    private func screen(for composer: AnswerComposer, mode: Mode) -> ScreenModel {
        switch mode {
        case .help:
            return composer.helpScreen()
        case .answering:
            return composer.screen()
        case .confirmingWarning(let warning):
            var model = composer.screen()
            model.message = ScreenMessage(.warning, warning + " Press y to keep this answer, n to change it.")
            return model
        case .confirmingSuspend:
            var model = composer.screen()
            model.message = ScreenMessage(
                .info, "Suspend this interview? y = save and quit (resume later), n = continue.")
            return model
        }
    }

    private func draw(_ model: ScreenModel, on terminal: any TerminalDevice, size: TerminalSize, clear: Bool) throws {
        let rendered = ScreenRenderer.render(model, width: size.columns, height: size.rows)
        let frame = rendered.frame(color: terminal.capabilities.color)
        try terminal.write(clear ? "\u{1B}[2J" + frame : frame)
    }
}
