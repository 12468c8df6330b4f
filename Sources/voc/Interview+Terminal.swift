import SurveyCollector

extension VocCommand.Interview {
    /// The driver used when stdin and stdout are a terminal. The interactive screen (`TerminalInterviewDriver`)
    /// plugs in here; until it does, the line driver runs on the terminal (same syntax as scripts).
    static func interactiveDriver(_ terminal: StandardTerminal) -> any InterviewDriver {
        ScriptInterviewDriver(terminal: terminal)
    }
}
