/// Importance–performance analysis (Martilla & James 1977, Journal of Marketing 41(1); docs/methods.md §2.4).
///
/// Each attribute is placed by (importance, performance) relative to crosshairs — the grand means of the
/// attributes or given scale midpoints — into four quadrants. Values exactly on a crosshair count as "high".
/// The gap is performance − importance (negative = under-delivering).
public enum ImportancePerformance {
    public enum Crosshairs: Sendable, Equatable {
        /// The means of the attributes' importance and performance values.
        case means
        /// Fixed values, for example scale midpoints (3, 3) on a 1–5 scale.
        case fixed(importance: Double, performance: Double)
    }

    public enum Quadrant: String, Sendable, CaseIterable, Codable {
        /// High importance, low performance.
        case concentrateHere = "Concentrate here"
        /// High importance, high performance.
        case keepUpTheGoodWork = "Keep up the good work"
        /// Low importance, low performance.
        case lowPriority = "Low priority"
        /// Low importance, high performance.
        case possibleOverkill = "Possible overkill"
    }

    public struct Placement: Sendable, Equatable {
        public var importance: Double
        public var performance: Double
        public var gap: Double
        public var quadrant: Quadrant
    }

    /// Places each (importance, performance) pair; also returns the crosshair values used.
    public static func analyze(
        importance: [Double], performance: [Double], crosshairs: Crosshairs = .means
    )
        throws -> (placements: [Placement], importanceCrosshair: Double, performanceCrosshair: Double)
    {
        try StatisticsError.checkLength(performance, argument: "performance", expected: importance.count)
        guard !importance.isEmpty else {
            throw StatisticsError.insufficientData(argument: "attributes", needed: 1, actual: 0)
        }
        let (ci, cp): (Double, Double)
        switch crosshairs {
        case .means:
            ci = importance.reduce(0, +) / Double(importance.count)
            cp = performance.reduce(0, +) / Double(performance.count)
        case let .fixed(i, p):
            (ci, cp) = (i, p)
        }
        let placements = zip(importance, performance).map { i, p in
            let quadrant: Quadrant =
                switch (i >= ci, p >= cp) {
                case (true, false): .concentrateHere
                case (true, true): .keepUpTheGoodWork
                case (false, false): .lowPriority
                case (false, true): .possibleOverkill
                }
            return Placement(importance: i, performance: p, gap: p - i, quadrant: quadrant)
        }
        return (placements, ci, cp)
    }
}
