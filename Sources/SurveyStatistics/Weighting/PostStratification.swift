/// Post-stratification to known totals of the joint cells of one or more variables (R `postStratify`).
///
/// For cell h with start-weight total Ŵ_h and target N_h, every weight in h is multiplied by N_h / Ŵ_h.
/// A cell with a positive target and no respondents is an error (`WeightingError.emptyCell`), as is a data cell
/// without a target (`levelMissingFromMargins`).
public enum PostStratification {
    /// Cell factors for the joint margin (levels written `a:b` in variable order).
    public static func factors(table: CellTable, margin: MarginTargets.Margin) throws -> [Double] {
        var targetOfLabel: [String: Double] = [:]
        for (level, target) in zip(margin.levels, margin.targets) { targetOfLabel[level] = target }
        var factors = [Double](repeating: 1, count: table.cellCount)
        var seen = Set<String>()
        for cell in 0..<table.cellCount {
            let label = table.variables.indices
                .map { table.levels[$0][Int(table.levelOfCell[$0][cell])] }
                .joined(separator: ":")
            seen.insert(label)
            guard let target = targetOfLabel[label] else {
                throw WeightingError.levelMissingFromMargins(variable: margin.variable, level: label)
            }
            factors[cell] = table.cellWeight[cell] > 0 ? target / table.cellWeight[cell] : 0
        }
        for (level, target) in zip(margin.levels, margin.targets) where target > 0 && !seen.contains(level) {
            throw WeightingError.emptyCell(variables: margin.variables, level: level)
        }
        return factors
    }
}
