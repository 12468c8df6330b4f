import Foundation
public import SurveyModel
public import SurveyStatistics
public import SurveyStore

/// Statistics on a store without reading its responses: the store counts the complete responses per distinct
/// combination of the needed variables, the design (stratum, cluster, design weight) and any stored weights with
/// `GROUP BY` (`StoreAggregating.groupCounts`), and the frame is laid out from those counts alone.
///
/// Eligible variables are those a store can group by: respondent attributes, and the single code or number of a
/// single-choice, rating, NPS or numeric question. Computed variables, segments and questions spread over several
/// columns (multiple choice, grids, rankings...) need the responses themselves: `variables(for:survey:)` returns
/// nil and the caller reads them (`StoreFrameReader`).
///
/// Don't know and refused answers are missing, as when the responses are read. The frame has one row per complete
/// response (only the requested columns, a few bytes per row each), ordered by group, missing first, so the
/// figures do not depend on the backend: SQLite and PostgreSQL give bit-identical results. They agree with reading
/// the responses up to the order of floating-point sums (about 1e-15 relative).
public enum StoreAggregateFrame {
    /// The store variable behind each column, or nil when some column needs the responses (`StoreFrameReader`).
    public static func variables(for columns: [String], survey: Survey) -> [AggregateVariable]? {
        let derived = Set(survey.computed.map(\.id) + survey.segments.map(\.id))
        let variables = Dictionary(survey.variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let questions = Dictionary(survey.whatQuestions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [AggregateVariable] = []
        for name in columns {
            // Computed variables, segments and the collection mode (a response column) need the responses read.
            if derived.contains(name) || name == "mode" { return nil }
            guard let variable = variables[name] else {
                result.append(.attribute(name))
                continue
            }
            guard variable.name == variable.questionID, let question = questions[name] else { return nil }
            switch question.kind {
            case .singleChoice, .rating, .nps, .numeric: result.append(.answer(name))
            default: return nil
            }
        }
        return result
    }

    /// Groups expanded to rows: the text of each key per row, the group weights per row, and the rows of each group.
    public struct Rows {
        public var texts: [[String?]]
        public var weights: [Double]
        /// The first row of each group (groups in the order given); a group's rows are contiguous.
        public var firstRows: [Int]

        public init(groups: [WeightedGroupCount], keyCount: Int) {
            let total = groups.reduce(0) { $0 + $1.count }
            texts = Array(repeating: [], count: keyCount)
            for index in texts.indices { texts[index].reserveCapacity(total) }
            weights = []
            weights.reserveCapacity(total)
            firstRows = []
            firstRows.reserveCapacity(groups.count)
            for group in groups {
                firstRows.append(weights.count)
                for key in 0..<keyCount {
                    texts[key].append(contentsOf: repeatElement(group.keys[key], count: group.count))
                }
                weights.append(contentsOf: repeatElement(group.weight, count: group.count))
            }
        }

        /// The frame of the named columns (`names[i]` being key `i`); an attribute that no complete response has
        /// is left out, as when the responses are read (the caller reports it).
        public func frame(names: [String], variables: [AggregateVariable]) throws -> SurveyFrame {
            var frame = SurveyFrame(rowCount: weights.count)
            var seen = Set<String>()
            for (index, name) in names.enumerated() where seen.insert(name).inserted {
                if case .attribute = variables[index], !texts[index].contains(where: { $0 != nil }) { continue }
                try frame.add(name, StoreFrameReader.column(texts[index]))
            }
            return frame
        }
    }

    /// The frame and design of `columns` laid out from grouped counts, or nil when some column is not eligible.
    ///
    /// With a weight set, its chain's recipes are redone from the design weights as `StoreFrameReader` does
    /// (`WeightSetDesign`); each set's stored weights come along as a group key. `weightSetDesign` may come from
    /// `WeightSetDesign.load(..., weights: false)`.
    public static func load(
        store: any StoreAggregating, path: String, survey: Survey, columns: [String],
        weightSetDesign: WeightSetDesign?, lonelyPSU: LonelyPSU = .fail
    ) async throws -> StudyFrame? {
        var seen = Set<String>()
        let names = (columns + (weightSetDesign?.variables ?? [])).filter { seen.insert($0).inserted }
        guard let variables = variables(for: names, survey: survey) else { return nil }
        let sets = weightSetDesign?.chain.map(\.set.name) ?? []
        let keys = variables + [.stratum, .cluster] + sets.map { AggregateVariable.weight(inSet: $0) }
        let groups: [WeightedGroupCount]
        do {
            groups = try await store.groupCounts(surveyID: survey.id, keys: keys, value: nil, weightSet: nil)
                .canonicallyOrdered()
        } catch let error as StoreError {
            throw StudyError("\(error)")  // names the store already
        } catch {
            throw StudyError("\(StoreOpener.displayName(path)): error: \(error)")
        }
        let rows = Rows(groups: groups, keyCount: keys.count)
        let frame = try rows.frame(names: names, variables: variables)
        let (design, warnings) = try StoreFrameReader.design(
            weights: rows.weights, strata: rows.texts[variables.count], clusters: rows.texts[variables.count + 1],
            frame: frame, weightSetDesign: weightSetDesign, design: StoreDesignOptions(lonelyPSU: lonelyPSU),
            stored: { chain in
                chain.indices.map { index in
                    rows.texts[variables.count + 2 + index].map { $0.flatMap(Double.init) ?? .nan }
                }
            }, path: path)
        return StudyFrame(
            survey: survey, frame: frame, design: design, source: StoreOpener.displayName(path),
            available: names.filter { frame[$0] != nil }, surveyID: survey.id, warnings: warnings)
    }
}
