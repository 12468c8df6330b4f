/// Matches margins' level labels to the data levels of a cell table, reporting every mismatch.
enum MarginMatching {
    /// Targets per data level of `variableIndex` for a margin. Throws the first of
    /// `levelMissingFromMargins` / `levelMissingFromData` (data levels are checked first).
    static func resolve(_ margin: MarginTargets.Margin, table: CellTable, variableIndex: Int,
                        dataLevels: [String]) throws -> ResolvedMargin {
        var targetOfLabel: [String: Double] = [:]
        for (level, target) in zip(margin.levels, margin.targets) { targetOfLabel[level] = target }
        var present = [Bool](repeating: false, count: dataLevels.count)
        for cell in 0..<table.cellCount { present[Int(table.levelOfCell[variableIndex][cell])] = true }
        var targets: [Double] = []
        for (code, label) in dataLevels.enumerated() {
            guard let target = targetOfLabel[label] else {
                if present[code] { throw WeightingError.levelMissingFromMargins(variable: margin.variable, level: label) }
                targets.append(0)
                continue
            }
            targets.append(target)
        }
        for (level, target) in zip(margin.levels, margin.targets) where target > 0 {
            let code = dataLevels.firstIndex(of: level)
            if code == nil || !present[code!] {
                throw WeightingError.levelMissingFromData(variable: margin.variable, level: level)
            }
        }
        return ResolvedMargin(name: margin.variable, variableIndex: variableIndex, targets: targets,
                              levels: dataLevels)
    }
}

extension SurveyWeighting {
    /// Resolves single-variable margins against a cell table whose variables are the margins' variables, in order.
    /// Throws `levelMissingFromMargins` / `levelMissingFromData` naming the variable and level.
    public static func resolve(_ margins: MarginTargets, table: CellTable) throws -> [ResolvedMargin] {
        try margins.margins.enumerated().map { index, margin in
            try MarginMatching.resolve(margin, table: table, variableIndex: index, dataLevels: table.levels[index])
        }
    }
}
