/// Runs an interview from lines of text (stdin when it is not a terminal): one answer per line in the syntax of
/// `ScriptAnswerSyntax`, a transcript on the terminal's output. Each answer is committed before its `saved`
/// line is written and before the next prompt is shown.
///
/// An invalid answer stops the run with `ScriptInputError` (`stdin:LINE: error: …`); everything answered before
/// it stays stored and the interview can be resumed. End of input before the end suspends the interview.
public struct ScriptInterviewDriver: InterviewDriver {
    public let terminal: any InterviewTerminal
    /// The name used in error messages (`stdin`, or a file name).
    public let sourceName: String

    public init(terminal: any InterviewTerminal, sourceName: String = "stdin") {
        self.terminal = terminal
        self.sourceName = sourceName
    }

    /// Drives `session` until it finishes, input ends, or an answer is invalid.
    /// - Throws: `ScriptInputError` for an invalid answer; recorder errors as they come.
    public func run(_ session: inout InterviewSession) async throws -> InterviewRunOutcome {
        var lineNumber = 0
        var section: String?
        var shown: InterviewPosition?
        terminal.write(TranscriptFormatter.acknowledgements(try await session.begin()))
        while let prompt = session.engine.prompt {
            if shown != prompt.position {
                terminal.write(TranscriptFormatter.prompt(prompt, previousSection: section))
                section = prompt.sectionID
                shown = prompt.position
            }
            let input: InterviewInput
            let firstLine = lineNumber + 1
            if case .note = prompt.kind {
                input = .acknowledge
            } else {
                guard let line = terminal.readLine() else { return .suspended(prompt.position) }
                lineNumber += 1
                terminal.write("> \(line)\n")
                if let command = ScriptAnswerSyntax.command(line, for: prompt) {
                    input = command
                } else {
                    var lines = [line]
                    while lines.count < ScriptAnswerSyntax.lineCount(for: prompt) {
                        guard let more = terminal.readLine() else { return .suspended(prompt.position) }
                        lineNumber += 1
                        terminal.write("> \(more)\n")
                        lines.append(more)
                    }
                    switch ScriptAnswerSyntax.input(lines, for: prompt) {
                    case .success(let parsed): input = parsed
                    case .failure(let problem):
                        throw ScriptInputError(
                            source: sourceName, line: firstLine + problem.lineOffset, message: problem.message)
                    }
                }
            }
            switch try await session.submit(input) {
            case .accepted(let events):
                terminal.write(TranscriptFormatter.acknowledgements(events))
                if case .back = input { shown = nil }
                if case .jump = input { shown = nil }
            case .rejected(let reason):
                throw ScriptInputError(source: sourceName, line: firstLine, message: reason)
            case .needsConfirmation(let warning):
                terminal.write("warning: \(warning) (enter ! to confirm, or answer again)\n")
            }
        }
        return .finished(session.engine.outcome ?? .complete)
    }
}
