import SurveyAnalysis
import SurveyModel
import SurveyStore

extension ReportBuilder {
    /// The data-quality section: flags of the quality run among every complete (left out or not), by segment.
    static func dataQuality(_ input: ReportInput) throws(ExportError) -> DataQualityFinding? {
        guard let quality = input.quality else { return nil }
        let completes = input.responses.filter(ReportContext.isComplete)
        let segmentation = try input.segmentBy.map { name throws(ExportError) in
            try ReportSegmentation(
                name: name, survey: input.survey, completes: completes, respondents: input.respondents)
        }
        let levels = segmentation?.levels ?? []
        let records = Dictionary(quality.records.map { ($0.responseID, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: (all: Int, bySegment: [Int])] = [:]
        var segmentCompletes = [Int](repeating: 0, count: levels.count)
        var flagged = 0
        for (row, response) in completes.enumerated() {
            let segment = segmentation?.membership[row]
            if let segment { segmentCompletes[segment] += 1 }
            guard let record = records[response.id] else { continue }
            if record.score >= quality.flaggedScore { flagged += 1 }
            for flag in record.flags {
                var entry = counts[flag] ?? (0, [Int](repeating: 0, count: levels.count))
                entry.all += 1
                if let segment { entry.bySegment[segment] += 1 }
                counts[flag] = entry
            }
        }
        let excluded = quality.exclusion.map { exclusion in
            completes.filter { exclusion.respondentIDs.contains($0.respondentID) }.count
        }
        return DataQualityFinding(
            run: quality.runName, completes: completes.count, flagged: flagged, flaggedScore: quality.flaggedScore,
            excluded: excluded ?? 0, exclusionRules: quality.exclusion?.rules, segments: levels,
            segmentCompletes: segmentCompletes,
            rows: QualityFlagKind.allCases.compactMap { kind in
                counts[kind.rawValue].map {
                    DataQualityRow(flag: kind.rawValue, meaning: kind.meaning, count: $0.all, bySegment: $0.bySegment)
                }
            })
    }
}
