import SurveyExport
import Testing

/// Report figures: thousands grouped with commas from four digits on, a true minus sign, means with their unit.
@Suite struct ReportFormatTests {
    @Test(arguments: [
        (1_234_567.891, 2, "1,234,567.89"), (-1234.5, 1, "−1,234.5"), (999.994, 2, "999.99"), (1000, 0, "1,000"),
        (-0.001, 2, "−0.00"), (12_345, 1, "12,345.0"), (3.84, 2, "3.84"),
    ])
    func decimalsAreGroupedInThousands(_ value: Double, _ digits: Int, _ expected: String) {
        #expect(ReportFormat.decimal(value, digits: digits) == expected)
    }

    @Test func countsAndBasesAreGroupedInThousands() {
        #expect(ReportFormat.count(999) == "999")
        #expect(ReportFormat.count(1200) == "1,200")
        #expect(ReportFormat.count(1_112_500) == "1,112,500")
        #expect(
            ReportFormat.base(ReportBase(unweighted: 12_000, effective: 10_345.25)) == "n=12,000, eff. n=10,345.2")
    }

    @Test func aMeanCarriesItsUnitBeforeItsInterval() {
        let estimate = ReportEstimate(
            value: 2512.346, lower: 2401.1, upper: 2623.6, base: ReportBase(unweighted: 1500, effective: 1420),
            minimumBase: 30)
        #expect(ReportFormat.estimate(estimate, kind: .mean, unit: "EUR") == "2,512.35 EUR (2,401.10 to 2,623.60)")
        #expect(
            ReportFormat.cell(estimate, kind: .mean, unit: "EUR")
                == "2,512.35 EUR (2,401.10 to 2,623.60); n=1,500, eff. n=1,420.0")
    }
}
