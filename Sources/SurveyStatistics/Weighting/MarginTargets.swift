/// Population targets for weighting: for each variable (or `a:b` joint variable), a target per level.
///
/// A margin whose targets sum to 1 (within 1e-6) holds shares; otherwise counts. `resolved(startTotal:)` turns
/// shares into counts: by the common total of the count margins when there are any, else by `startTotal`.
/// `totals` are population totals of numeric variables, for calibration to totals (`--calfun`; §8.7); they take no
/// part in the shares and counts of the categorical margins.
public struct MarginTargets: Sendable, Equatable {
    /// One variable's targets.
    public struct Margin: Sendable, Equatable {
        /// The variable name; a joint post-stratification variable is written `a:b`.
        public var variable: String
        public var levels: [String]
        public var targets: [Double]

        public init(variable: String, levels: [String], targets: [Double]) {
            self.variable = variable
            self.levels = levels
            self.targets = targets
        }

        /// The component variables of a joint margin (`a:b` → [a, b]).
        public var variables: [String] { variable.split(separator: ":").map(String.init) }
        /// Sum of the targets.
        public var total: Double { targets.reduce(0, +) }
        /// True when the targets are shares (sum 1 within 1e-6).
        public var isShares: Bool { abs(total - 1) <= 1e-6 }
    }

    public var margins: [Margin]
    /// Population totals of numeric variables, in the order given.
    public var totals: [NumericTotal]

    public init(margins: [Margin], totals: [NumericTotal] = []) {
        self.margins = margins
        self.totals = totals
    }

    /// Relative tolerance within which count margins must agree on their total.
    public static let totalTolerance = 1e-6

    /// Margins with counts only. Throws `WeightingError.inconsistentTotals` when count margins disagree.
    public func resolved(startTotal: Double) throws -> MarginTargets {
        let countTotals = margins.filter { !$0.isShares }.map { MarginTotal(variable: $0.variable, total: $0.total) }
        if let first = countTotals.first,
            countTotals.contains(where: { abs($0.total - first.total) > Self.totalTolerance * abs(first.total) })
        {
            throw WeightingError.inconsistentTotals(countTotals)
        }
        let total = countTotals.first?.total ?? startTotal
        return MarginTargets(
            margins: margins.map { margin in
                guard margin.isShares else { return margin }
                return Margin(
                    variable: margin.variable, levels: margin.levels, targets: margin.targets.map { $0 * total })
            }, totals: totals)
    }
}
