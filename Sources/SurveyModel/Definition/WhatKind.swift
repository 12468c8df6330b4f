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

/// End labels for an NPS question (defaults in English).
public struct NPSLabels: Sendable, Hashable {
    public var low: LocalizedText
    public var high: LocalizedText

    public init(low: LocalizedText = "Not at all likely", high: LocalizedText = "Extremely likely") {
        self.low = low
        self.high = high
    }
}

/// A numeric rating scale from `min` to `max` (integers), with labels for some or all points.
public struct RatingScale: Sendable, Hashable {
    public var min: Int
    public var max: Int
    /// Labels of scale points, in ascending value order; points without a label show the number only.
    public var labels: [ScaleLabel]

    public init(min: Int, max: Int, labels: [ScaleLabel] = []) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    /// The number of points on the scale.
    public var pointCount: Int { max - min + 1 }

    /// The label of `value`, if one is defined.
    public func label(of value: Int) -> LocalizedText? {
        labels.first { $0.value == value }?.text
    }
}

/// The label of one point on a rating scale.
public struct ScaleLabel: Sendable, Hashable {
    public var value: Int
    public var text: LocalizedText

    public init(value: Int, text: LocalizedText) {
        self.value = value
        self.text = text
    }
}

/// One Kano feature: asked as "if it is present" (functional) and "if it is absent" (dysfunctional).
///
/// Answers to both use the standard five codes: 1 like, 2 expect (must-be), 3 neutral, 4 live with, 5 dislike.
public struct KanoFeature: Sendable, Hashable {
    public var code: String
    public var label: LocalizedText
    public var functional: LocalizedText
    public var dysfunctional: LocalizedText

    public init(code: String, label: LocalizedText, functional: LocalizedText, dysfunctional: LocalizedText) {
        self.code = code
        self.label = label
        self.functional = functional
        self.dysfunctional = dysfunctional
    }

    /// The five standard Kano answers, codes 1–5 in this order.
    public static let answers: [LocalizedText] = [
        "I like it that way", "I expect it to be that way", "I am neutral", "I can live with it that way",
        "I dislike it that way",
    ]
}
