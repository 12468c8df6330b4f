import Foundation
import SurveyCollector
import SurveyTerminal

extension VocCommand.Interview {
    /// The driver used when stdin and stdout are a terminal: the interactive screen (`TerminalInterviewDriver`),
    /// in raw mode on the alternate screen, colour unless `NO_COLOR` is set or `TERM` is `dumb`.
    static func interactiveDriver(_ terminal: StandardTerminal) -> any InterviewDriver {
        TerminalInterviewDriver(environment: ProcessInfo.processInfo.environment)
    }
}
