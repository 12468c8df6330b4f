import Foundation
public import SurveyModel
public import SurveyStatistics
public import SurveyStore

/// Reads the completed responses of a store into a frame in the wide layout (`Survey.variables`) plus the
/// respondents' attributes, with the design from the respondents or a stored weight set.
///
/// With a weight set, the design starts from the respondents' design weights (and strata, clusters) and the
/// set's stored calibration recipe is redone on the loaded frame (`WeightSetDesign`), so standard errors account
/// for the raking or post-stratification exactly as with `--margins`; the recipe's variables are loaded into the
/// frame as well. A set without a recipe is used with its weights treated as fixed.
public enum StoreFrameReader {
    /// Opens the store at `path` and reads the newest definition of its survey (`StudyStore`'s rule: `surveyID`,
    /// else the only survey).
    /// - Throws: `StudyError` for a store that cannot be opened, an ambiguous or unknown survey, or an unreadable
    ///   definition.
    public static func open(
        path: String, surveyID: String? = nil
    ) async throws
        -> (store: any ResponseStore, survey: Survey)
    {
        let store = try await StudyStore.open(path, mustExist: true)
        return (store, try await StudyStore.survey(in: store, path: path, requested: surveyID))
    }

    /// Loads the columns `columns` asks for. With `aggregate`, from grouped counts when every column allows it
    /// (`StoreAggregateFrame`: the store does the `GROUP BY`, no response is read); otherwise, and as the fallback,
    /// by reading the complete responses. Both give the same frame up to row order.
    ///
    /// With `quality` (or a weight set made with `--exclude-flagged`, whose filter is then used), the responses
    /// the quality run flagged are left out and a note in `warnings` says how many and for which flags.
    /// `design` gives the lonely-PSU rule; with its `replicates`, the design carries replicate weights made from
    /// it (`ReplicateRequest.apply`), and each recipe of the weight set recalibrates every replicate
    /// (`WeightSetDesign.apply`).
    public static func load(
        path: String, surveyID: String? = nil, weightSet: String?, aggregate: Bool = false,
        quality: QualityFilter? = nil, design: StoreDesignOptions = StoreDesignOptions(),
        columns: (Survey?) throws -> [String]
    ) async throws -> StudyFrame {
        let (store, survey) = try await open(path: path, surveyID: surveyID)
        var quality = quality
        if quality == nil, let weightSet {
            quality = try await QualityFilter.recorded(inWeightSet: weightSet, store: store, surveyID: survey.id)
        }
        // A set saved with replicate weights is used with them, which grouped counts cannot carry.
        var savedReplicates = false
        if let weightSet, design.replicates == nil,
            let report = try await store.weightSetReport(name: weightSet, surveyID: survey.id)
        {
            savedReplicates = try WeightSetReplicates.fromReport(report, set: weightSet) != nil
        }
        if quality == nil, design.replicates == nil, !savedReplicates, aggregate,
            let aggregating = store as? any StoreAggregating
        {
            var weightSetDesign: WeightSetDesign?
            if let weightSet {
                weightSetDesign = try await WeightSetDesign.load(
                    name: weightSet, store: store, surveyID: survey.id, path: path, weights: false)
            }
            if let study = try await StoreAggregateFrame.load(
                store: aggregating, path: path, survey: survey, columns: try columns(survey),
                weightSetDesign: weightSetDesign, lonelyPSU: design.lonelyPSU)
            {
                return study
            }
        }
        // A stored weight set: its recipe chain (redone below so SEs account for the calibration).
        var weightSetDesign: WeightSetDesign?
        if let weightSet {
            weightSetDesign = try await WeightSetDesign.load(
                name: weightSet, store: store, surveyID: survey.id, path: path)
        }
        var responses: [Response] = []
        var modes: [String: String] = [:]
        try await store.forEachResponsePage(ResponseQuery(surveyID: survey.id, statuses: [.complete], limit: 2_000)) {
            responses += $0.map(\.response)
            for stored in $0 { if let mode = stored.mode { modes[stored.response.id] = mode } }
        }
        var note: String?
        if let quality {
            let exclusion = try await quality.exclusion(store: store, surveyID: survey.id, path: path)
            note = exclusion.note(total: responses.count)
            responses.removeAll { exclusion.respondentIDs.contains($0.respondentID) }
        }
        let respondents = try await store.respondentsByID(responses.map(\.respondentID))
        var study = try frame(
            survey: survey, completes: responses, respondents: respondents, modes: modes, weightSet: weightSet,
            weightSetDesign: weightSetDesign, design: design, path: path, columns: columns)
        if let note { study.warnings.insert(note, at: 0) }
        return study
    }

    /// The frame and design of completes already read from the store at `path` (`voc report` has them), with the
    /// weight set's recipe chain (`WeightSetDesign.load`) redone as in `load`. `modes` (collection mode by
    /// response id) become the column `mode` (`cati`, `cawi`, `import`, ...) unless the sample has an attribute of
    /// that name.
    public static func frame(
        survey: Survey, completes responses: [Response], respondents: [String: Respondent],
        modes: [String: String] = [:], weightSet: String?, weightSetDesign: WeightSetDesign?,
        design options: StoreDesignOptions = StoreDesignOptions(), path: String,
        columns: (Survey?) throws -> [String]
    ) throws -> StudyFrame {
        let shown = StoreOpener.displayName(path)
        let attributes = responses.map { response in
            var values = respondents[response.respondentID]?.attributes ?? [:]
            if values["mode"] == nil, let mode = modes[response.id] { values["mode"] = mode }
            return values
        }
        var available = survey.variables.map(\.name)
        // Computed variables and segments are analysis columns too (e.g. margins on a computed age band).
        let derived = survey.computed.map(\.id) + survey.segments.map(\.id)
        available += derived.filter { !available.contains($0) }
        available += Set(attributes.flatMap(\.keys)).subtracting(available).sorted()
        let derivedIDs = Set(derived)
        let present = Set(available)
        var seen = Set<String>()
        var frame = SurveyFrame(rowCount: responses.count)
        // Supplied replicate weights (`--repweights`) are respondent attributes, taken in natural order.
        let attributeNames = Set(attributes.flatMap(\.keys)).sorted {
            $0.compare($1, options: .numeric) == .orderedAscending
        }
        let replicateColumns = try options.replicates?.matchingColumns(header: attributeNames, path: shown) ?? []
        let requested = try columns(survey) + (weightSetDesign?.variables ?? []) + replicateColumns
        let lookup = ResponseValues.Lookup(survey: survey)
        // Only the questions behind the requested columns are laid out (a statistic needs a few of them).
        let requestedNames = Set(requested)
        let owners = Set(survey.variables.filter { requestedNames.contains($0.name) }.map(\.questionID))
        let questions = survey.whatQuestions.filter { owners.contains($0.id) }
        let cells = responses.map { survey.cells(for: $0, questions: questions) }
        // Don't know and refused are missing in analysis (in the wide layout they carry the special codes).
        let special: Set<String> = [survey.specialCodes.dontKnow, survey.specialCodes.refused]
        let questionOf = Dictionary(
            survey.variables.map { ($0.name, $0.questionID) }, uniquingKeysWith: { first, _ in first })
        func isSpecial(_ text: String, row: Int, name: String) -> Bool {
            guard special.contains(text), let question = questionOf[name] else { return false }
            let answer = responses[row].answers[question]
            return answer == .dontKnow || answer == .refused
        }
        for name in requested where present.contains(name) && seen.insert(name).inserted {
            let texts: [String?] = responses.indices.map { row in
                if derivedIDs.contains(name) {
                    let value = ResponseValues(
                        lookup: lookup, answers: responses[row].answers, attributes: attributes[row]
                    )
                    .value(of: name)
                    return value.isNull ? nil : value.description
                }
                if let cell = cells[row][name] { return isSpecial(cell, row: row, name: name) ? nil : cell }
                return attributes[row][name]
            }
            try frame.add(name, column(texts))
        }
        let respondentIDs = responses.map(\.respondentID)
        for name in replicateColumns {
            guard let values = try? frame.numeric(name) else { continue }  // `apply` reports a text column
            if let row = values.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
                throw StudyError(
                    "\(shown): error: respondent '\(respondentIDs[row])': replicate weight attribute '\(name)' "
                        + (values[row].isNaN ? "has no value" : "is \(values[row]), not a non-negative number"))
            }
        }
        let (design, warnings) = try design(
            weights: respondentIDs.map { respondents[$0]?.designWeight ?? 1 },
            strata: respondentIDs.map { respondents[$0]?.stratum },
            clusters: respondentIDs.map { respondents[$0]?.cluster }, frame: frame,
            weightSetDesign: weightSetDesign, design: options,
            stored: { chain in chain.map { link in respondentIDs.map { link.set.weights[$0] ?? .nan } } },
            savedReplicates: { set in respondentIDs.map { set.replicateWeights[$0] } },
            replicateColumns: replicateColumns, path: path)
        return StudyFrame(
            survey: survey, frame: frame, design: design, source: shown, available: available,
            respondentIDs: respondentIDs, responseIDs: responses.map(\.id), surveyID: survey.id, warnings: warnings)
    }

    /// The sampling design of store rows: the respondents' design weights, strata and first-stage clusters
    /// (strata and clusters only when some row has one) with `design`'s lonely-PSU rule and the replicate weights
    /// its `replicates` make from it or read from the frame's `replicateColumns` (respondent attributes, whole
    /// replicate weights going with the design weights, or factors of them),
    /// then the weight set's recipe chain redone on `frame` (recalibrating every replicate); `stored` gives the
    /// weights of each set of the chain per row (NaN: none). Returns the design and the warnings of
    /// `WeightSetDesign.apply`. A weight set saved with replicate weights (`WeightSetReplicates`), used without
    /// `design.replicates`, gives instead its stored weights with those replicates (`savedReplicates`: each row's
    /// saved replicate weights, nil: none), which its recipe already recalibrated.
    /// - Throws: `StudyError` when a recipe's variable is not in the frame or a set lacks rows' weights or
    ///   replicate weights; design errors.
    public static func design(
        weights: [Double], strata: [String?], clusters: [String?], frame: SurveyFrame,
        weightSetDesign: WeightSetDesign?, design options: StoreDesignOptions = StoreDesignOptions(),
        stored: (_ chain: [(set: WeightSet, recipe: CalibrationRecipe?)]) -> [[Double]],
        savedReplicates: (WeightSet) -> [[Double]?] = { _ in [] }, replicateColumns: [String] = [],
        path: String
    ) throws -> (design: SurveyDesign, warnings: [String]) {
        var design = try SurveyDesign(
            rowCount: weights.count, weights: weights,
            strata: strata.contains { $0 != nil } ? CategoricalColumn(labels: strata) : nil,
            clusters: clusters.contains { $0 != nil } ? [CategoricalColumn(labels: clusters)] : [],
            lonelyPSU: options.lonelyPSU)
        if let replicates = options.replicates {
            design = try replicates.apply(
                to: design, frame: frame, columns: replicateColumns, path: StoreOpener.displayName(path))
        }
        guard let weightSetDesign else { return (design, []) }
        if options.replicates == nil, let link = weightSetDesign.chain.last,
            let saved = try WeightSetReplicates.fromReport(link.set.reportJSON, set: link.set.name)
        {
            let weights = stored([link]).first ?? []
            let rows = savedReplicates(link.set)
            return (try savedDesign(design, set: link.set, saved: saved, weights: weights, rows: rows, path: path), [])
        }
        if let missing = weightSetDesign.variables.first(where: { frame[$0] == nil }) {
            throw StudyError(
                "\(StoreOpener.displayName(path)): error: weight set '\(weightSetDesign.chain.last?.set.name ?? "")' "
                    + "was calibrated on '\(missing)', which the store no longer has")
        }
        return try weightSetDesign.apply(
            to: design, frame: frame, stored: stored(weightSetDesign.chain), path: path)
    }

    /// `design` with the weight set's stored weights and its saved replicate weights.
    /// - Throws: `StudyError` when rows lack either, or the saved weights do not fit their description.
    static func savedDesign(
        _ design: SurveyDesign, set: WeightSet, saved: WeightSetReplicates, weights: [Double], rows: [[Double]?],
        path: String
    ) throws -> SurveyDesign {
        let shown = StoreOpener.displayName(path)
        let missingWeights = weights.filter { !$0.isFinite }.count
        let missingReplicates = rows.filter { $0 == nil }.count
        if missingWeights > 0 || missingReplicates > 0 || rows.count != weights.count {
            throw StudyError(
                "\(shown): error: weight set '\(set.name)' has no weight or replicate weights for "
                    + "\(max(missingWeights, missingReplicates)) completed responses (weigh again with voc weight)")
        }
        do {
            return design.withFixedWeights(weights).withReplicates(try saved.weights(rows: rows.map { $0 ?? [] }))
        } catch {
            throw StudyError("\(shown): error: weight set '\(set.name)': \(error)")
        }
    }

    /// A numeric column when every present value is a number, else a categorical one; empty and `NA` are missing.
    public static func column(_ texts: [String?]) -> FrameColumn {
        let cleaned = texts.map { $0.flatMap { $0.isEmpty || $0 == "NA" ? nil : $0 } }
        let numbers = cleaned.map { $0.flatMap(Double.init) }
        if zip(cleaned, numbers).allSatisfy({ $0 == nil || $1 != nil }) {
            return .numeric(numbers.map { $0 ?? .nan })
        }
        return .categorical(CategoricalColumn(labels: cleaned))
    }
}
