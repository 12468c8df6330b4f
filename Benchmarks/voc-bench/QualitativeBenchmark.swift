import Foundation
import SurveyCollector
import SurveyModel
import SurveyStatistics
import SurveyAnalysis

/// `qualitative`: open-text analysis at N coded texts (default 100,000; 20 codes, 5 segments, 5 texts per person,
/// generated from the seed): rule-based coding of the texts (keywords and a regular expression per code), theme
/// frequencies with co-occurrence and quotes, and the implication matrix plus value map of N / 3 ladders.
enum QualitativeBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [100_000] : options.sizes
        let codeIDs = (0..<20).map { "code\($0)" }
        let words = (0..<20).map { "word\($0)" }
        let codebook = Codebook(
            id: "bench", title: "Bench",
            codes: codeIDs.enumerated().map { index, id in
                Code(
                    id: id, label: LocalizedText(id),
                    level: [.attribute, .consequence, .value][index % 3],
                    rules: [.keyword(words[index]), .pattern("\\bterm\(index)s?\\b")])
            })
        for n in sizes {
            var generator = SplitMix64(seed: options.seed)
            var texts: [String] = []
            var items: [ThemeAnalysis.Item] = []
            texts.reserveCapacity(n)
            for row in 0..<n {
                let picks = (0..<3).map { _ in Int(generator.next() % 20) }
                let text =
                    "the customer said " + picks.map { words[$0] }.joined(separator: " and ")
                    + " about term\(picks[0]) in some detail"
                texts.append(text)
                items.append(
                    ThemeAnalysis.Item(
                        person: "p\(row / 5)", segment: "s\(row / 5 % 5)", weight: 1 + Double(row % 3),
                        codes: Set(picks.map { codeIDs[$0] }), text: text, speaker: "p\(row / 5)",
                        isQuote: row % 7 == 0))
            }
            let coder = try RuleBasedCoder(codebook: codebook)
            let coding = timed(repeats: options.repeats) { () -> Int in
                texts.reduce(0) { $0 + coder.codes(for: $1).count }
            }
            let themes = timed(repeats: options.repeats) { () -> Int in
                ThemeAnalysis(items: items, codes: codeIDs).frequencies.count
            }
            let respondents = (0..<max(1, n / 15)).map { person in
                LadderRespondent(
                    id: "r\(person)", segment: "s\(person % 5)",
                    ladders: (0..<5).map { _ in
                        [0, 1, 2].map { level in codeIDs[Int(generator.next() % 6) * 3 + level] }
                    })
            }
            let ladders = timed(repeats: options.repeats) { () -> Int in
                let matrix = ImplicationMatrix(respondents)
                return HierarchicalValueMap(matrix: matrix, cutoff: matrix.suggestedCutoff).edges.count
            }
            printJSON([
                ("benchmark", "qualitative"), ("n", n), ("codes", codeIDs.count),
                ("t_rule_coding", coding.seconds), ("codes_assigned", coding.result),
                ("t_themes", themes.seconds), ("t_ladders", ladders.seconds),
                ("ladders", respondents.count * 5), ("hvm_edges", ladders.result),
                ("peak_rss_bytes", peakResidentBytes()),
            ])
        }
    }
}
