/// A banner (crosstab) table: rows are variables (column percentages of each level, or means), columns the
/// levels of a segment variable, each cell a design-based domain estimate with significance letters.
///
/// Estimates and SEs come from `SurveyEstimator.domainMeans` (weighted, Taylor-linearised over the full design).
/// Letters follow `BannerSignificance`: within each row the pairs of columns are tested with z = (θ_a − θ_b)/
/// √(SE_a² + SE_b²) on the design SEs, p-values corrected over the row's pairs; uppercase when significant at
/// the high confidence, lowercase at the low one; a cell whose effective base is below the minimum is flagged
/// and not tested. Percentages are 100 × the share of respondents with a valid answer.
public struct BannerTable: Sendable {
    public struct Column: Sendable, Equatable {
        public var label: String
        public var letter: String
        /// Unweighted respondents in the column.
        public var n: Int
        /// Kish effective base of the column.
        public var effectiveBase: Double
    }

    public struct Cell: Sendable, Equatable {
        public var estimate: Double
        public var se: Double
        /// Respondents with a valid answer (unweighted) and their effective base.
        public var n: Int
        public var effectiveBase: Double
        /// Letters of the columns this cell is significantly higher than.
        public var letters: String
        public var smallBase: Bool
    }

    public struct Row: Sendable, Equatable {
        public var variable: String
        /// The level for percentage rows; nil for means.
        public var level: String?
        /// `percent` or `mean`.
        public var statistic: String
        public var cells: [Cell]
    }

    public var segment: String
    public var columns: [Column]
    public var rows: [Row]
    public var options: BannerSignificance.Options

    /// Builds the table.
    /// - Parameters:
    ///   - variables: row variables; `asMeans` decides per variable whether it is summarised by its mean
    ///     (numeric) or by the percentage of each level.
    ///   - segment: the column variable.
    /// - Throws: `FrameError.unknownColumn` for an unknown variable or segment; `StatisticsError` for more than
    ///   26 columns; design errors.
    public init(
        estimator: SurveyEstimator, variables: [String], segment: String, asMeans: (String) -> Bool,
        options: BannerSignificance.Options = .init()
    ) throws {
        let segmentColumn = try estimator.frame.categorical(segment)
        guard segmentColumn.levels.count <= 26 else {
            throw StatisticsError.invalidArgument(
                "banner: \(segment) has \(segmentColumn.levels.count) levels; "
                    + "at most 26 columns can be lettered")
        }
        let weights = estimator.design.weights
        var n = [Int](repeating: 0, count: segmentColumn.levels.count)
        var sw = [Double](repeating: 0, count: n.count)
        var sww = [Double](repeating: 0, count: n.count)
        for (row, code) in segmentColumn.codes.enumerated() where code >= 0 {
            n[Int(code)] += 1
            sw[Int(code)] += weights[row]
            sww[Int(code)] += weights[row] * weights[row]
        }
        columns = segmentColumn.levels.indices.map { index in
            Column(
                label: segmentColumn.levels[index], letter: Self.letter(index), n: n[index],
                effectiveBase: sww[index] > 0 ? sw[index] * sw[index] / sww[index] : 0)
        }
        self.segment = segment
        self.options = options
        var rows: [Row] = []
        for variable in variables {
            if asMeans(variable) {
                let y = try estimator.frame.numeric(variable)
                let means = try estimator.domainMeans(y, variable: variable, statistic: "mean", by: segment)
                rows.append(Self.row(variable: variable, level: nil, statistic: "mean", means.estimates, options))
            } else {
                let column = try estimator.frame.categorical(variable)
                for (code, level) in column.levels.enumerated() {
                    let indicator = column.codes.map { $0 < 0 ? Double.nan : ($0 == Int32(code) ? 1 : 0) }
                    let shares = try estimator.domainMeans(
                        indicator, variable: variable, statistic: "percent",
                        level: level, by: segment, multiplier: 100)
                    rows.append(
                        Self.row(
                            variable: variable, level: level, statistic: "percent", shares.estimates,
                            options))
                }
            }
        }
        self.rows = rows
    }

    static func row(
        variable: String, level: String?, statistic: String, _ estimates: [Estimate],
        _ options: BannerSignificance.Options
    ) -> Row {
        let columns = estimates.enumerated().map { index, e in
            BannerSignificance.Column(
                letter: Character(letter(index)), estimate: e.estimate,
                standardError: e.se.isFinite ? e.se : nil,
                effectiveBase: e.nEff.isFinite ? e.nEff : 0)
        }
        let cells = BannerSignificance.compare(columns, options: options).cells
        return Row(
            variable: variable, level: level, statistic: statistic,
            cells: estimates.enumerated().map { i, e in
                Cell(
                    estimate: e.estimate, se: e.se, n: e.n, effectiveBase: e.nEff, letters: cells[i].letters,
                    smallBase: cells[i].smallBase)
            })
    }

    /// Column letters A…Z.
    static func letter(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letter(index / 26 - 1) + String(alphabet[index % 26])
    }
}
