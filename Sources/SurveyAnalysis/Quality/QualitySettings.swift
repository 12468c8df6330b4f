import Foundation

/// The thresholds of a data-quality run (`voc quality`). Every default is documented with its source in the
/// README's "Data quality" section and in `docs/methods.md`; each can be changed on the command line, and the
/// settings a run used are stored with it.
public struct QualitySettings: Sendable, Hashable, Codable {
    /// Speeding: a complete response whose total duration is below this fraction of the median duration of the
    /// complete responses in the same mode is flagged `speeding`. Default 0.5: a relative speed index of 2
    /// (twice as fast as the typical respondent), Leiner (2019).
    public var speedingFraction: Double = 0.5
    /// Per-page speeding: flagged `page-speeding` when the relative speed index over the timed questions (the mean
    /// of median time / own time, each capped at 10) is at least this. Default 2.0 (Leiner 2019).
    public var pageSpeedIndex: Double = 2.0
    /// Durations are judged only against a median of at least this many timed complete responses (default 10).
    public var minimumTimedResponses: Int = 10
    /// Straightlining is judged only in grids (matrix, importance) with at least this many answered rows
    /// (default 5).
    public var straightlineRows: Int = 5
    /// `long-string`: the longest run of identical answers in a grid covers at least this share of its rows
    /// (default 0.8), without every row being identical.
    public var longStringShare: Double = 0.8
    /// Near-duplicates: two responses agreeing on at least this share of the closed items both answered (default
    /// 0.9), on at least `duplicateItems` items.
    public var nearDuplicateShare: Double = 0.9
    /// Duplicates are judged only on answer vectors with at least this many answered closed items (default 10).
    public var duplicateItems: Int = 10
    /// A duplicate or near-duplicate is flagged only when the expected number of responses that would agree this
    /// much by chance (from the items' answer distributions) is below this (default 0.01).
    public var duplicateChance: Double = 0.01
    /// `open-short`: an open answer with fewer content words than this (default 2; two CJK characters count as one
    /// word).
    public var openMinimumWords: Double = 2
    /// `open-shared`: the same open answer (after normalisation) in a few responses, judged on answers of at
    /// least this many content words (default 6).
    public var openSharedWords: Double = 6
    /// An open answer shared by more than this share of the judged responses (and more than 5) counts as a common
    /// phrasing rather than a copy (see `open-shared`).
    public static let sharedTextLimit = 0.005
    /// `item-nonresponse`: the share of asked closed questions left without a substantive answer (skipped, don't
    /// know, refused) above which a response is flagged (default 0.5), judged on at least 4 asked questions.
    public var itemNonresponseShare: Double = 0.5
    /// Respondent attributes compared for `duplicate-contact`; nil: every attribute whose name contains `email`,
    /// `e-mail`, `phone` or `mobile`.
    public var contactAttributes: [String]? = nil
    /// A response counts as flagged at this score or above (default 1: one strong flag, or two weaker ones).
    public var flaggedScore: Double = 1

    public init() {}

    /// The settings stored with a quality run (`QualityRun.settingsJSON`), or nil when they cannot be read.
    public static func decoded(_ json: String) -> QualitySettings? {
        try? JSONDecoder().decode(QualitySettings.self, from: Data(json.utf8))
    }
}
