public import Foundation
public import SurveyModel

/// When an interview left unfinished counts as abandoned, and whether it is then a partial interview (AAPOR 1.2,
/// group P) or a break-off (2.12, group R): AAPOR *Standard Definitions* (2016/2023, §"Partial interviews" and
/// Table 2) leave the thresholds to the researcher and give as one example "less than 50% of all applicable
/// questions answered is a break-off, 50–80% a partial"; voc does not call an unfinished interview complete.
/// docs/methods.md §6.4.
///
/// An interview still in progress whose last change is at least `after` old is abandoned; one that changed more
/// recently is still pending (code 0.0) and stays out of the rates. Applies to every mode (web, terminal).
public struct AbandonmentRule: Sendable, Hashable {
    /// How long an interview may stay untouched before it counts as abandoned, in seconds (default 24 hours).
    public var after: TimeInterval
    /// The least share of on-route questions answered that makes an abandoned interview a partial (0–1, default
    /// 0.5); below it the interview is a break-off.
    public var partialShare: Double

    public init(after: TimeInterval = 24 * 3600, partialShare: Double = 0.5) {
        self.after = after
        self.partialShare = partialShare
    }

    /// Whether an in-progress interview last changed at `updatedAt` is abandoned at `now`.
    public func isAbandoned(updatedAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(updatedAt) >= after
    }

    /// The final disposition of an abandoned interview that answered `answeredShare` (0–1) of its on-route
    /// questions: `.partial` (1.2) at or above `partialShare`, `.breakOff` (2.12) below it.
    public func disposition(answeredShare: Double) -> DispositionCode {
        answeredShare >= partialShare ? .partial : .breakOff
    }
}
