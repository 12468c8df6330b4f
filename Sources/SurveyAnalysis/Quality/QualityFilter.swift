import Foundation
import SurveyStatistics
public import SurveyStore

/// Which flagged responses an analysis leaves out (`--exclude-flagged RULES`), by a stored quality run.
///
/// `RULES` is `any` (the responses the run counts as flagged: score at or above its flagged score), `score>=X`,
/// or a comma-separated list of flag names (`speeding,straightlining`): a response carrying any of them is left
/// out. Nothing is deleted; the analysis reports how many responses it left out and for which flags.
public struct QualityFilter: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        case flagged
        case score(atLeast: Double)
        case flags(Set<QualityFlagKind>)
    }

    public var rule: Rule
    /// The quality run whose flags are used (default `quality`, the name `voc quality` saves under).
    public var runName: String
    /// The rules as given (normalised to lower case), as stored in a weight set's recipe.
    public var rulesText: String

    public static let defaultRunName = "quality"

    /// Parses `RULES` (see the type's documentation).
    /// - Throws: `StudyError` naming the unknown flag or the malformed score, with the valid names.
    public init(rules: String, runName: String = QualityFilter.defaultRunName) throws {
        self.runName = runName
        let text = rules.trimmingCharacters(in: .whitespaces).lowercased()
        rulesText = text
        if text == "any" || text == "flagged" {
            rule = .flagged
        } else if text.hasPrefix("score>=") {
            guard let value = Double(text.dropFirst("score>=".count)), value.isFinite, value > 0 else {
                throw StudyError("error: --exclude-flagged: 'score>=' needs a positive number, e.g. score>=1.5")
            }
            rule = .score(atLeast: value)
        } else {
            var kinds = Set<QualityFlagKind>()
            for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let kind = QualityFlagKind(rawValue: name) else {
                    throw StudyError(
                        "error: --exclude-flagged: unknown flag '\(name)'; use any, score>=X or flags among "
                            + QualityFlagKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                kinds.insert(kind)
            }
            guard !kinds.isEmpty else { throw StudyError("error: --exclude-flagged needs rules, e.g. any") }
            rule = .flags(kinds)
        }
    }

    /// The respondents to leave out of `surveyID`'s analysis, and the note that says so.
    /// - Throws: `StudyError` when the store has no quality run of that name (listing those it has).
    public func exclusion(store: any ResponseStore, surveyID: String, path: String) async throws -> QualityExclusion {
        guard let run = try await store.qualityRun(name: runName, surveyID: surveyID) else {
            throw try await missingRun(store: store, surveyID: surveyID, path: path)
        }
        return exclusion(run: run)
    }

    /// The respondents `run` (this filter's run, already read) selects, and their flags.
    func exclusion(run: QualityRun) -> QualityExclusion {
        let flaggedScore = QualitySettings.decoded(run.settingsJSON)?.flaggedScore ?? 1
        var respondents = Set<String>()
        var reasons: [String: Int] = [:]
        for record in run.records {
            let selected: Bool
            switch rule {
            case .flagged: selected = record.score >= flaggedScore
            case .score(let minimum): selected = record.score >= minimum
            case .flags(let kinds):
                selected = record.flags.contains { QualityFlagKind(rawValue: $0).map(kinds.contains) ?? false }
            }
            guard selected, respondents.insert(record.respondentID).inserted else { continue }
            for flag in record.flags { reasons[flag, default: 0] += 1 }
        }
        return QualityExclusion(runName: runName, rules: rulesText, respondentIDs: respondents, reasons: reasons)
    }

    /// The error for this filter's run missing from the store, listing the runs it has.
    func missingRun(store: any ResponseStore, surveyID: String, path: String) async throws -> StudyError {
        let names = try await store.qualityRuns(surveyID: surveyID).map(\.name)
        return StudyError(
            "\(StoreOpener.displayName(path)): error: no quality run '\(runName)' for survey '\(surveyID)' "
                + "(run `voc quality` first); runs in the store: "
                + (names.isEmpty ? "none" : names.joined(separator: ", ")))
    }

    /// The filter a weight set was made with (`voc weight --exclude-flagged`, kept in its recipe), or nil when the
    /// set has none or does not exist.
    public static func recorded(
        inWeightSet name: String, store: any ResponseStore, surveyID: String
    ) async throws
        -> QualityFilter?
    {
        guard let recipe = try await WeightSetDesign.recipe(name: name, store: store, surveyID: surveyID),
            let rules = recipe.excludeFlagged
        else { return nil }
        return try QualityFilter(rules: rules, runName: recipe.qualityRun ?? defaultRunName)
    }
}

/// The respondents an analysis leaves out, and why.
public struct QualityExclusion: Sendable, Hashable {
    public var runName: String
    /// The `--exclude-flagged` rules that chose them.
    public var rules: String
    public var respondentIDs: Set<String>
    /// Left-out respondents carrying each flag (a respondent with two flags counts under both).
    public var reasons: [String: Int]

    /// "left out 37 of 1200 complete responses flagged in quality run 'quality': speeding 12, straightlining 20".
    public func note(total: Int) -> String {
        let why = reasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
        return "note: left out \(respondentIDs.count) of \(total) complete responses flagged in quality run "
            + "'\(runName)'" + (why.isEmpty ? "" : ": " + why.joined(separator: ", "))
    }
}
