import Foundation

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
    func groupCounts(
        surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?
    )
        async throws -> [WeightedGroupCount]

    /// Computes a weight set group by group and saves it, in one write transaction, without reading respondents.
    ///
    /// The complete responses of `surveyID` are grouped by `keys` and their starting weight (the design weight, or
    /// the weight in `startWeightSet`, whose respondents without one are left out), as by `groupCounts`. `weigh`
    /// receives the groups in canonical order (keys, missing first, then weight) and returns the final weight of
    /// each group in that order and the report to store with the set, or nil to save nothing, plus a result handed
    /// back to the caller. Each respondent then gets their group's weight in the set `name` (replacing a set of
    /// that name; a respondent with two complete responses gets the group weight of the first by response id, as
    /// when the responses are read). Returns `weigh`'s result and
    /// the number of respondents weighted (nil when nothing was saved).
    ///
    /// Everything happens on one snapshot (SQLite's write transaction, PostgreSQL's `REPEATABLE READ`), so
    /// responses completed meanwhile are neither weighted nor mixed into a group. `weigh` may run more than once
    /// (a PostgreSQL transaction retried after a serialization failure); an error it throws is rethrown unchanged
    /// and saves nothing. Throws `StoreError` for backend failures.
    func saveGroupedWeightSet<Result: Sendable>(
        name: String, surveyID: String, keys: [AggregateVariable], startWeightSet: String?,
        weigh: @escaping @Sendable ([WeightedGroupCount]) throws -> (weights: GroupedWeights?, result: Result)
    ) async throws -> (result: Result, saved: Int?)
}

extension StoreAggregating {
    /// The occupied cells of the joint table of `variables` (cell counts for raking and post-stratification),
    /// sorted by levels (missing first). Σ weights per cell = Σ over distinct weights w of count(w)·w, summed in
    /// ascending order of w.
    public func cellCounts(
        surveyID: String, variables: [AggregateVariable], weightSet: String? = nil
    ) async throws
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
    /// Groups in canonical order (keys with missing first, then weight), with their indices in `groups`.
    static func canonical(_ groups: [WeightedGroupCount]) -> [Int] {
        groups.indices.sorted { a, b in
            if groups[a].keys != groups[b].keys { return precedes(groups[a].keys, groups[b].keys) }
            return groups[a].weight < groups[b].weight
        }
    }

    /// Runs a `saveGroupedWeightSet` caller's `weigh` on `groups` in canonical order: the groups' indices in that
    /// order, the final weight of each (nil: save nothing) with the report, and the caller's result.
    /// - Throws: what `weigh` throws; `StoreError.backend` when it returns a weight count other than one per group.
    static func weigh<Result>(
        _ groups: [WeightedGroupCount], store: String,
        with weigh: ([WeightedGroupCount]) throws -> (weights: GroupedWeights?, result: Result)
    ) throws -> (order: [Int], weighed: GroupedWeights?, result: Result) {
        let order = canonical(groups)
        let (weighed, result) = try weigh(order.map { groups[$0] })
        if let weighed, weighed.weights.count != order.count {
            throw StoreError.backend(store: store, detail: "a weight per group was expected")
        }
        return (order, weighed, result)
    }

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

extension Array where Element == WeightedGroupCount {
    /// The groups in canonical order: by keys (missing first), then by weight; the order in which
    /// `StoreAggregating.saveGroupedWeightSet` hands groups out, and one that does not depend on the backend.
    public func canonicallyOrdered() -> [WeightedGroupCount] {
        StoreAggregation.canonical(self).map { self[$0] }
    }
}
