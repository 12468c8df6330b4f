/// Something that runs an interview session with a person or a script: the scripted line driver
/// (`ScriptInterviewDriver`) and the interactive terminal screen. Drivers show `session.engine.prompt`, turn what
/// is typed into `InterviewInput`s and submit them; the session persists each accepted input before returning.
public protocol InterviewDriver: Sendable {
    /// Runs until the interview finishes or is suspended.
    /// - Throws: driver-specific input errors (e.g. `ScriptInputError`) and recorder errors.
    func run(_ session: inout InterviewSession) async throws -> InterviewRunOutcome
}
