import Foundation

/// What a backend-side aggregate groups or sums by.
public enum AggregateVariable: Sendable, Hashable, CustomStringConvertible {
    /// A respondent attribute (e.g. `region`); missing when the respondent has none.
    case attribute(String)
    /// The answer to a question: a single code answer gives its code, a number answer its stored number text
    /// (`4`, `4.5`); other kinds, don't know, refused, unanswered and unreachable answers are missing.
    case answer(String)

    public var description: String {
        switch self {
        case .attribute(let name): "attribute '\(name)'"
        case .answer(let id): "answer '\(id)'"
        }
    }
}

/// One group of an aggregate: the values of the key variables (nil: missing), the value of the summed variable
/// (nil when none was asked for or it is missing), one distinct weight, and how many responses have exactly these.
public struct WeightedGroupCount: Sendable, Hashable {
    public var keys: [String?]
    public var value: String?
    public var weight: Double
    public var count: Int

    public init(keys: [String?], value: String?, weight: Double, count: Int) {
        self.keys = keys
        self.value = value
        self.weight = weight
        self.count = count
    }
}

/// Statistics pushed into the store: the backend groups complete responses with `GROUP BY` and returns only
/// counts per distinct (keys, value, weight), so a large study is never loaded whole.
///
/// Backends implement `groupCounts`; the sums built on it (`cellCounts`, `weightedSums`) are computed here, once,
/// in a canonical order, so every backend returns bit-identical figures (floating-point sums in the database
/// would depend on the scan order).
public protocol StoreAggregating: ResponseStore {
    /// Counts complete responses of `surveyID` per distinct (`keys` values, `value` value, weight).
    ///
    /// The weight is the respondent's design weight, or with `weightSet` their weight in that set (respondents
    /// without one are left out). Throws `StoreError`.
    func groupCounts(surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?)
        async throws -> [WeightedGroupCount]
}

/// A cell of the joint table of some variables: its levels (nil: missing), responses and Σ weights.
public struct AggregateCell: Sendable, Hashable {
    public var levels: [String?]
    public var count: Int
    public var weight: Double
}

/// Weighted sums of a numeric variable in one group: n (non-missing responses), Σw, Σw·x and Σw·x².
///
/// Weighted mean = Σw·x / Σw and weighted total = Σw·x (the Hájek and Horvitz–Thompson forms; Lohr, *Sampling:
/// Design and Analysis*, 2nd ed., §2.8 and §4.3); Σw·x² gives the weighted variance Σw·x²/Σw − mean².
public struct WeightedSums: Sendable, Hashable {
    public var group: String?
    public var count: Int
    public var sumWeights: Double
    public var sumWeightedValues: Double
    public var sumWeightedSquares: Double

    /// Σw·x / Σw (NaN when Σw is 0).
    public var mean: Double { sumWeightedValues / sumWeights }
}

extension StoreAggregating {
    /// The occupied cells of the joint table of `variables` (cell counts for raking and post-stratification),
    /// sorted by levels (missing first). Σ weights per cell = Σ over distinct weights w of count(w)·w, summed in
    /// ascending order of w.
    public func cellCounts(surveyID: String, variables: [AggregateVariable], weightSet: String? = nil) async throws
        -> [AggregateCell]
    {
        let groups = try await groupCounts(surveyID: surveyID, keys: variables, value: nil, weightSet: weightSet)
        var cells: [[String?]: [WeightedGroupCount]] = [:]
        for group in groups { cells[group.keys, default: []].append(group) }
        return cells.map { levels, parts in
            let ordered = parts.sorted { $0.weight < $1.weight }
            return AggregateCell(
                levels: levels, count: ordered.reduce(0) { $0 + $1.count },
                weight: ordered.reduce(0.0) { $0 + Double($1.count) * $1.weight })
        }.sorted { StoreAggregation.precedes($0.levels, $1.levels) }
    }

    /// Weighted sums of the numeric variable `variable` per value of `by` (one group with `group == nil` when
    /// `by` is nil), over responses where it is a number. Groups are sorted by value, missing first; sums run over
    /// distinct (value, weight) pairs in ascending order, so the figures do not depend on the backend.
    public func weightedSums(
        surveyID: String, variable: AggregateVariable, by: AggregateVariable? = nil, weightSet: String? = nil
    ) async throws -> [WeightedSums] {
        let groups = try await groupCounts(
            surveyID: surveyID, keys: by.map { [$0] } ?? [], value: variable, weightSet: weightSet)
        var byGroup: [String?: [(x: Double, w: Double, n: Int)]] = [:]
        for group in groups {
            guard let text = group.value, let x = Double(text) else { continue }
            byGroup[group.keys.first ?? nil, default: []].append((x, group.weight, group.count))
        }
        return byGroup.map { key, parts in
            var sums = WeightedSums(group: key, count: 0, sumWeights: 0, sumWeightedValues: 0, sumWeightedSquares: 0)
            for part in parts.sorted(by: { ($0.x, $0.w) < ($1.x, $1.w) }) {
                let weight = Double(part.n) * part.w
                sums.count += part.n
                sums.sumWeights += weight
                sums.sumWeightedValues += weight * part.x
                sums.sumWeightedSquares += weight * part.x * part.x
            }
            return sums
        }.sorted { StoreAggregation.precedes([$0.group], [$1.group]) }
    }
}

/// Helpers shared by the backends' aggregate queries.
enum StoreAggregation {
    /// Lexicographic order of level lists with missing (nil) before any value.
    static func precedes(_ a: [String?], _ b: [String?]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            guard let x else { return true }
            guard let y else { return false }
            return x < y
        }
        return a.count < b.count
    }
}
