import Foundation
import SurveyModel
import SurveyStatistics
import SurveyAnalysis

/// The completes, their weights and segments, and a frame of numeric columns built on demand.
struct ReportContext {
    static let segmentColumn = "__segment"

    let input: ReportInput
    let completes: [Response]
    let weights: [Double]
    let segmentation: ReportSegmentation?
    let droppedForWeight: Int
    private(set) var frame: SurveyFrame
    private(set) var estimator: SurveyEstimator

    init(input: ReportInput) throws(ExportError) {
        self.input = input
        let excluded = input.quality?.exclusion?.respondentIDs ?? []
        var completes = input.responses.filter {
            Self.isComplete($0) && !excluded.contains($0.respondentID)
        }
        var dropped = 0
        if let given = input.design {
            // The design's rows, in its order (the completes it was built on).
            let byID = Dictionary(completes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let rows = given.responseIDs.compactMap { byID[$0] }
            guard rows.count == given.responseIDs.count, given.design.weights.count == rows.count else {
                throw ExportError(code: "estimate", "the survey design does not match the stored completes")
            }
            dropped = completes.count - rows.count
            completes = rows
        } else if let weight = input.weight {
            let before = completes.count
            completes = completes.filter { weight.values[$0.id].map { $0.isFinite && $0 >= 0 } ?? false }
            dropped = before - completes.count
        }
        self.completes = completes
        droppedForWeight = dropped
        weights = input.design?.design.weights ?? completes.map { input.weight?.values[$0.id] ?? 1 }
        segmentation = try input.segmentBy.map { name throws(ExportError) in
            try ReportSegmentation(
                name: name, survey: input.survey, completes: completes,
                respondents: input.respondents)
        }
        frame = SurveyFrame(rowCount: completes.count)
        do {
            if let segmentation {
                let codes = segmentation.membership.map { Int32($0 ?? -1) }
                try frame.add(
                    Self.segmentColumn,
                    .categorical(CategoricalColumn(codes: codes, levels: segmentation.levels)))
            }
            estimator = SurveyEstimator(
                frame: frame, design: try input.design?.design ?? SurveyDesign(weights: weights))
            estimator.shareInterval = input.shareInterval
        } catch {
            throw ExportError(code: "estimate", "cannot set up the survey design: \(error)")
        }
    }

    /// Whether `response` counts as a complete (disposition group I, or status complete): what estimates use.
    static func isComplete(_ response: Response) -> Bool {
        response.disposition.group == .interview || response.status == .complete
    }

    /// The segment column name, or nil without a segmentation.
    var segmentName: String? { segmentation == nil ? nil : Self.segmentColumn }

    /// Segment labels (just "All" without a segmentation).
    var segmentLabels: [String] { segmentation?.levels ?? [] }

    /// Adds a numeric column (NaN = missing) unless it exists, and refreshes the estimator.
    mutating func numeric(_ name: String, _ values: [Double]) throws {
        guard frame[name] == nil else { return }
        try frame.add(name, .numeric(values))
        estimator = refreshed()
    }

    /// Adds a categorical column unless it exists.
    mutating func categorical(_ name: String, codes: [Int32], levels: [String]) throws {
        guard frame[name] == nil else { return }
        try frame.add(name, .categorical(CategoricalColumn(codes: codes, levels: levels)))
        estimator = refreshed()
    }

    /// An estimator on the current frame with the same design and settings.
    private func refreshed() -> SurveyEstimator {
        var fresh = SurveyEstimator(frame: frame, design: estimator.design)
        fresh.confidenceLevel = estimator.confidenceLevel
        fresh.shareInterval = estimator.shareInterval
        fresh.quantileRule = estimator.quantileRule
        return fresh
    }

    /// The number of answer `key` (a question id, or `question.key` inside a grid) of each complete.
    func answerNumbers(question: String, key: String? = nil) -> [Double] {
        completes.map { response in
            switch (response.answers[question], key) {
            case (.number(let value), nil): value
            case (.grid(let grid), let key?): grid[key] ?? .nan
            default: .nan
            }
        }
    }

    /// A report estimate from a statistics estimate.
    func estimate(_ e: Estimate, scale: Double = 1) -> ReportEstimate {
        ReportEstimate(
            value: e.estimate.isFinite ? e.estimate * scale : nil,
            standardError: e.se.isFinite ? e.se * scale : nil, lower: e.ciLow.isFinite ? e.ciLow * scale : nil,
            upper: e.ciHigh.isFinite ? e.ciHigh * scale : nil,
            base: ReportBase(unweighted: e.n, effective: e.nEff.isFinite ? e.nEff : 0),
            minimumBase: input.minimumBase)
    }

    /// Segment estimates with banner letters, from per-segment statistics estimates.
    func segmentEstimates(_ estimates: [Estimate], scale: Double = 1) -> [SegmentEstimate] {
        let letters = estimates.indices.map { Self.letter($0) }
        let columns = estimates.enumerated().map { index, e in
            BannerSignificance.Column(
                letter: Character(letters[index]), estimate: e.estimate,
                standardError: e.se.isFinite && e.se > 0 ? e.se : nil, effectiveBase: e.nEff.isFinite ? e.nEff : 0)
        }
        let cells = BannerSignificance.compare(columns).cells
        return estimates.enumerated().map { index, e in
            let shown = estimate(e, scale: scale)
            return SegmentEstimate(
                segment: segmentLabels[safe: index] ?? e.segment ?? "", letter: letters[index],
                estimate: shown, higherThan: shown.suppressed ? "" : cells[index].letters)
        }
    }

    /// Column letters A, B, ..., Z, AA, AB, ...
    static func letter(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letter(index / 26 - 1) + String(alphabet[index % 26])
    }

    /// Kish's effective sample size (Σw)²/Σw² of the given rows' weights.
    func effectiveBase(rows: [Int]) -> Double {
        let w = rows.map { weights[$0] }
        let sum = w.reduce(0, +)
        let squares = w.reduce(0) { $0 + $1 * $1 }
        return squares > 0 ? sum * sum / squares : 0
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
