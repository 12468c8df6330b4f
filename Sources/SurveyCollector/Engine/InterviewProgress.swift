import SurveyModel

/// How much of its route an interview has answered: the what questions the respondent will probably see (those
/// not already known to be skipped, as the progress indicator counts them) and how many of them hold an answer.
///
/// Don't know and refused answers are item nonresponse and do not count as answered. Notes and why probes are
/// not questions here. Used for AAPOR's partial / break-off rule on abandoned interviews (docs/methods.md §6.4).
public struct InterviewProgress: Sendable, Hashable {
    /// On-route what questions with a substantive answer.
    public var answered: Int
    /// On-route what questions (answered or not).
    public var total: Int

    public init(answered: Int, total: Int) {
        self.answered = answered
        self.total = total
    }

    /// `answered / total`, 0 when there is no question on the route.
    public var share: Double { total > 0 ? Double(answered) / Double(total) : 0 }
}

extension InterviewEngine {
    /// The interview's progress along its route for the current answers (see `InterviewProgress`).
    public var routeProgress: InterviewProgress {
        var progress = InterviewProgress(answered: 0, total: 0)
        for entry in plan.entries {
            guard case .what(let question) = entry.item, !isKnownSkipped(entry) else { continue }
            progress.total += 1
            switch answers[question.id] {
            case nil, .dontKnow?, .refused?: break
            default: progress.answered += 1
            }
        }
        return progress
    }
}
