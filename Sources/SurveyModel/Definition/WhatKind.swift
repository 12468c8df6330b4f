/// The type of a closed question and its type-specific settings.
public enum WhatKind: Sendable, Hashable {
    /// Exactly one option.
    case singleChoice(options: OptionSource)
    /// Several options, between `min` and `max` selections; options marked `exclusive` stand alone.
    case multipleChoice(options: OptionSource, min: Int?, max: Int?)
    /// A labelled scale such as a 5- or 7-point Likert scale.
    case rating(scale: RatingScale)
    /// Net Promoter Score: 0–10, promoters 9–10, passives 7–8, detractors 0–6.
    case nps(labels: NPSLabels)
    /// A number, integer or decimal, within optional bounds, with an optional unit.
    case numeric(integer: Bool, min: Double?, max: Double?, unit: String?)
    /// Short text that is data (e-mail, postcode), not an explanation; see `WhyProbe` for open "why" answers.
    case text(maxLength: Int?, pattern: String?)
    /// A calendar date (`YYYY-MM-DD`), within optional bounds.
    case date(min: String?, max: String?)
    /// Order the items; `top` ranks only the first k (nil ranks all).
    case ranking(items: OptionSource, top: Int?)
    /// Rows rated on one shared scale.
    case matrix(rows: [ChoiceOption], scale: RatingScale)
    /// A list of needs rated for importance, optionally also for performance (satisfaction).
    case importance(needs: [ChoiceOption], scale: RatingScale, performance: RatingScale?)
    /// Best–worst scaling: `sets` sets of `perSet` items each, from a balanced design seeded with `seed`.
    case maxDiff(items: [ChoiceOption], perSet: Int, sets: Int, seed: UInt64)
    /// Kano pairs: for each feature, the functional and the dysfunctional question with the five standard answers.
    case kano(features: [KanoFeature])

    /// The keyword used for this kind in files and outlines (`single`, `multiple`, `rating`, `nps`, ...).
    public var keyword: String {
        switch self {
        case .singleChoice: "single"
        case .multipleChoice: "multiple"
        case .rating: "rating"
        case .nps: "nps"
        case .numeric: "numeric"
        case .text: "text"
        case .date: "date"
        case .ranking: "ranking"
        case .matrix: "matrix"
        case .importance: "importance"
        case .maxDiff: "maxdiff"
        case .kano: "kano"
        }
    }
}
