import Testing

@testable import SurveyStatistics

@Suite struct ThemeAnalysisTests {
    /// Codes count once per person; shares are weighted by person weights within each segment.
    @Test func frequenciesCooccurrenceAndQuotes() throws {
        func item(
            _ person: String, _ segment: String, _ weight: Double, _ codes: Set<String>, _ text: String,
            quote: Bool = false
        ) -> ThemeAnalysis.Item {
            ThemeAnalysis.Item(
                person: person, segment: segment, weight: weight, codes: codes, text: text,
                speaker: person, isQuote: quote)
        }
        let items = [
            item("a", "x", 1, ["price"], "t1"),
            item("a", "x", 1, ["price", "budget"], "t2", quote: true),
            item("b", "x", 3, ["budget"], "t3"),
            item("c", "y", 2, ["price"], "t4"),
            item("d", "y", 2, [], "t5"),
        ]
        let analysis = ThemeAnalysis(items: items, codes: ["price", "budget"], quotesPerCell: 2)
        #expect(analysis.segments == ["all", "x", "y"])
        let price = try #require(analysis.frequency("price"))
        #expect(price.persons == 2 && price.weighted == 3)
        #expect(abs(price.share - 3.0 / 6.0) < 1e-12)
        #expect(analysis.frequency("budget", segment: "x")?.share == 1)
        #expect(analysis.frequency("price", segment: "x")?.share == 0.25)
        #expect(analysis.frequency("price", segment: "y")?.share == 1)
        #expect(analysis.pairs == [ThemeAnalysis.Pair(first: "price", second: "budget", texts: 1, persons: 1)])
        #expect(analysis.quotes["price"]?["all"]?.map(\.text) == ["t2", "t1"])
        #expect(analysis.quotes["budget"]?["x"]?.map(\.text) == ["t2", "t3"])
    }
}
