import Foundation
import SurveyStatistics

/// Text and JSON renderings of a `ThemeAnalysis`.
enum ThemesPrinter {
    /// Frequencies (persons and weighted share per segment), co-occurrence and quotes.
    static func text(_ analysis: ThemeAnalysis) -> String {
        var out: [String] = []
        var codes: [String] = []
        for frequency in analysis.frequencies where !codes.contains(frequency.code) { codes.append(frequency.code) }
        var frequencies = TextTable(
            headers: ["code"] + analysis.segments.flatMap { ["\($0) n", "\($0) %"] },
            rightAligned: [false] + analysis.segments.flatMap { _ in [true, true] })
        for code in codes {
            var row = [code]
            for segment in analysis.segments {
                let f = analysis.frequency(code, segment: segment)
                row += ["\(f?.persons ?? 0)", String(format: "%.1f", (f?.share ?? 0) * 100)]
            }
            frequencies.append(row)
        }
        let sizes = analysis.segments.map { segment in
            let size = analysis.segmentSizes[segment]
            return "\(segment) \(size?.persons ?? 0) (weight \(TextTable.format(size?.weight ?? 0)))"
        }
        out.append("Code frequencies (persons; weighted share). Base: " + sizes.joined(separator: ", "))
        out.append(frequencies.rendered)
        out.append("")
        out.append("Co-occurrence")
        var pairs = TextTable(headers: ["code", "code", "texts", "persons"], rightAligned: [false, false, true, true])
        for pair in analysis.pairs { pairs.append([pair.first, pair.second, "\(pair.texts)", "\(pair.persons)"]) }
        out.append(pairs.rendered)
        out.append("")
        out.append("Top quotes")
        for code in codes {
            guard let bySegment = analysis.quotes[code] else { continue }
            for segment in analysis.segments {
                guard let quotes = bySegment[segment] else { continue }
                out.append("\(code) [\(segment)]")
                for quote in quotes { out.append("  \(quote.isQuote ? "!" : "-") \(quote.speaker): \(quote.text)") }
            }
        }
        return out.joined(separator: "\n")
    }

    /// One JSON document: segments with sizes, frequencies, pairs and quotes.
    static func json(_ analysis: ThemeAnalysis) -> String {
        let document: [String: Any] = [
            "segments": analysis.segments.map { segment -> [String: Any] in
                [
                    "id": segment, "persons": analysis.segmentSizes[segment]?.persons ?? 0,
                    "weight": analysis.segmentSizes[segment]?.weight ?? 0,
                ]
            },
            "frequencies": analysis.frequencies.map {
                [
                    "code": $0.code, "segment": $0.segment, "persons": $0.persons, "weighted": $0.weighted,
                    "share": $0.share,
                ] as [String: Any]
            },
            "cooccurrence": analysis.pairs.map {
                ["codes": [$0.first, $0.second], "texts": $0.texts, "persons": $0.persons] as [String: Any]
            },
            "quotes": analysis.quotes.mapValues { bySegment in
                bySegment.mapValues { quotes in
                    quotes.map { ["speaker": $0.speaker, "text": $0.text, "quote": $0.isQuote] as [String: Any] }
                }
            },
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
