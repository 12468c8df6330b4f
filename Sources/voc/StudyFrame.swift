import Foundation
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore

/// Respondents loaded for a statistics command: the survey (when known), a columnar frame of the requested
/// columns and the survey design.
struct StudyFrame {
    var survey: Survey?
    var frame: SurveyFrame
    var design: SurveyDesign
    /// Where the data came from, for messages (`FILE` or `STORE`).
    var source: String
    /// Columns the data has (all of them, not only the loaded ones).
    var available: [String]
    /// With a store: the respondent id of each row (weight sets are keyed by respondent). Empty for CSV data.
    var respondentIDs: [String] = []
    /// With a store: the response id of each row.
    var responseIDs: [String] = []
    /// With a store: the survey id the rows belong to.
    var surveyID: String?

    /// Reads the survey first (from `--survey` or the store), asks `columns` which columns to load, then loads
    /// them. Requested columns the data lacks are left out (the caller decides whether that is an error).
    /// - Throws: `CommandFailure` for an unreadable survey, store or data file, an unknown weight set (listing
    ///   the ones that exist); CSV and design errors.
    static func load(_ options: StudyOptions, columns: (Survey?) throws -> [String]) async throws -> StudyFrame {
        if let storePath = options.store {
            return try await StoreFrameReader.load(path: storePath, weightSet: options.weightSet, columns: columns)
        }
        let path = options.data ?? ""
        let survey = try options.survey.map { try SurveyFile.load($0) }
        let reader = try CSVReader(path: path)
        let header = Set(reader.header)
        let wanted = try columns(survey) + options.design.columns
        var seen = Set<String>()
        let present = wanted.filter { header.contains($0) && seen.insert($0).inserted }
        if let missing = options.design.columns.first(where: { !header.contains($0) }) {
            throw CommandFailure("\(path): error: no column '\(missing)' (named by a design option)")
        }
        let frame = try SurveyFrame(csv: reader, columns: present.map { CSVColumnRequest($0) })
        let design = try options.design.design(frame: frame)
        return StudyFrame(survey: survey, frame: frame, design: design, source: path, available: reader.header)
    }
}

/// Reads the completed responses of a store into a frame in the wide layout (`Survey.variables`) plus the
/// respondents' attributes, with the design from the respondents or a stored weight set.
///
/// With a weight set, the design starts from the respondents' design weights (and strata, clusters) and the
/// set's stored calibration recipe is redone on the loaded frame (`WeightSetDesign`), so standard errors account
/// for the raking or post-stratification exactly as with `--margins`; the recipe's variables are loaded into the
/// frame as well. A set without a recipe is used with its weights treated as fixed.
enum StoreFrameReader {
    /// Opens the store at `path` and reads its newest survey definition.
    /// - Throws: `CommandFailure` for a store that cannot be opened, has no survey or an unreadable definition.
    static func open(path: String) async throws -> (store: any ResponseStore, survey: Survey) {
        let shown = StoreOpener.displayName(path)
        let store: any ResponseStore
        do {
            store = try await StoreOpener.open(path, mustExist: true)
        } catch {
            throw CommandFailure("\(StoreOpener.displayName(path)): error: \(error)")
        }
        let definitions = try await store.surveyDefinitions(surveyID: nil)
        guard let newest = definitions.max(by: { $0.version < $1.version }) else {
            throw CommandFailure("\(shown): error: the store has no registered survey")
        }
        let document = SurveyLoader.load(text: newest.json, path: "\(shown):\(newest.surveyID)", format: .json)
        guard let survey = document.survey, !document.hasErrors else { throw CommandFailure(document.rendered()) }
        return (store, survey)
    }

    /// Loads the columns `columns` asks for. With `aggregate`, from grouped counts when every column allows it
    /// (`StoreAggregateFrame`: the store does the `GROUP BY`, no response is read); otherwise, and as the fallback,
    /// by reading the complete responses. Both give the same frame up to row order.
    static func load(
        path: String, weightSet: String?, aggregate: Bool = false, columns: (Survey?) throws -> [String]
    ) async throws -> StudyFrame {
        let (store, survey) = try await open(path: path)
        if aggregate, let aggregating = store as? any StoreAggregating {
            var weightSetDesign: WeightSetDesign?
            if let weightSet {
                weightSetDesign = try await WeightSetDesign.load(
                    name: weightSet, store: store, surveyID: survey.id, path: path, weights: false)
            }
            if let study = try await StoreAggregateFrame.load(
                store: aggregating, path: path, survey: survey, columns: try columns(survey),
                weightSetDesign: weightSetDesign)
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
        var after: String?
        while true {
            let page = try await store.responses(ResponseQuery(surveyID: survey.id, statuses: [.complete],
                                                               after: after, limit: 2_000))
            responses += page.map(\.response)
            guard page.count == 2_000, let last = page.last else { break }
            after = last.response.id
        }
        var respondents: [String: Respondent] = [:]
        let ids = Array(Set(responses.map(\.respondentID))).sorted()
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            for respondent in try await store.respondents(ids: Array(ids[start..<min(ids.count, start + 5_000)])) {
                respondents[respondent.id] = respondent
            }
        }
        return try frame(
            survey: survey, completes: responses, respondents: respondents, weightSet: weightSet,
            weightSetDesign: weightSetDesign, path: path, columns: columns)
    }

    /// The frame and design of completes already read from the store at `path` (`voc report` has them), with the
    /// weight set's recipe chain (`WeightSetDesign.load`) redone as in `load`.
    static func frame(
        survey: Survey, completes responses: [Response], respondents: [String: Respondent], weightSet: String?,
        weightSetDesign: WeightSetDesign?, path: String, columns: (Survey?) throws -> [String]
    ) throws -> StudyFrame {
        let shown = StoreOpener.displayName(path)
        let attributes = responses.map { respondents[$0.respondentID]?.attributes ?? [:] }
        var available = survey.variables.map(\.name)
        // Computed variables and segments are analysis columns too (e.g. margins on a computed age band).
        let derived = survey.computed.map(\.id) + survey.segments.map(\.id)
        available += derived.filter { !available.contains($0) }
        available += Set(attributes.flatMap(\.keys)).subtracting(available).sorted()
        let derivedIDs = Set(derived)
        let present = Set(available)
        var seen = Set<String>()
        var frame = SurveyFrame(rowCount: responses.count)
        let requested = try columns(survey) + (weightSetDesign?.variables ?? [])
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
                    let value = ResponseValues(lookup: lookup, answers: responses[row].answers, attributes: attributes[row])
                        .value(of: name)
                    return value.isNull ? nil : value.description
                }
                if let cell = cells[row][name] { return isSpecial(cell, row: row, name: name) ? nil : cell }
                return attributes[row][name]
            }
            try frame.add(name, column(texts))
        }
        let respondentIDs = responses.map(\.respondentID)
        let design = try design(
            weights: respondentIDs.map { respondents[$0]?.designWeight ?? 1 },
            strata: respondentIDs.map { respondents[$0]?.stratum },
            clusters: respondentIDs.map { respondents[$0]?.cluster }, frame: frame,
            weightSetDesign: weightSetDesign,
            stored: { chain in chain.map { link in respondentIDs.map { link.set.weights[$0] ?? .nan } } }, path: path)
        return StudyFrame(
            survey: survey, frame: frame, design: design, source: shown, available: available,
            respondentIDs: respondentIDs, responseIDs: responses.map(\.id), surveyID: survey.id)
    }

    /// The sampling design of store rows: the respondents' design weights, strata and first-stage clusters
    /// (strata and clusters only when some row has one), then the weight set's recipe chain redone on `frame`;
    /// `stored` gives the weights of each set of the chain per row (NaN: none).
    /// - Throws: `CommandFailure` when a recipe's variable is not in the frame or a set lacks rows' weights;
    ///   design errors.
    static func design(
        weights: [Double], strata: [String?], clusters: [String?], frame: SurveyFrame,
        weightSetDesign: WeightSetDesign?, stored: (_ chain: [(set: WeightSet, recipe: CalibrationRecipe?)]) -> [[Double]],
        path: String
    ) throws -> SurveyDesign {
        let design = try SurveyDesign(
            rowCount: weights.count, weights: weights,
            strata: strata.contains { $0 != nil } ? CategoricalColumn(labels: strata) : nil,
            clusters: clusters.contains { $0 != nil } ? [CategoricalColumn(labels: clusters)] : [])
        guard let weightSetDesign else { return design }
        if let missing = weightSetDesign.variables.first(where: { frame[$0] == nil }) {
            throw CommandFailure(
                "\(StoreOpener.displayName(path)): error: weight set '\(weightSetDesign.chain.last?.set.name ?? "")' "
                    + "was calibrated on '\(missing)', which the store no longer has")
        }
        return try weightSetDesign.apply(
            to: design, frame: frame, stored: stored(weightSetDesign.chain), path: path)
    }

    /// A numeric column when every present value is a number, else a categorical one; empty and `NA` are missing.
    static func column(_ texts: [String?]) -> FrameColumn {
        let cleaned = texts.map { $0.flatMap { $0.isEmpty || $0 == "NA" ? nil : $0 } }
        let numbers = cleaned.map { $0.flatMap(Double.init) }
        if zip(cleaned, numbers).allSatisfy({ $0 == nil || $1 != nil }) {
            return .numeric(numbers.map { $0 ?? .nan })
        }
        return .categorical(CategoricalColumn(labels: cleaned))
    }
}
