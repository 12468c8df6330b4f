/// One stage of a (possibly stratified) cluster sample, in index form for fast variance computation.
///
/// Units (PSUs at stage 1, secondary units at stage 2) are numbered `0..<unitCount`; each row belongs to one unit
/// and each unit to one group (a stratum at stage 1, the enclosing PSU at stage 2). `sampled[g]` is the number of
/// units sampled in group g and `population[g]` the number in the population (`.infinity` without an fpc).
struct SamplingStage: Sendable {
    var unitOfRow: [Int32]
    var unitCount: Int
    var groupOfUnit: [Int32]
    var groupCount: Int
    var sampled: [Int]
    var population: [Double]
    var groupLabels: [String]

    /// Builds a stage from a group code per row and an optional cluster code per row.
    ///
    /// Units are the distinct (group, cluster) pairs, so cluster ids need only be unique within a group (R's
    /// `nest = TRUE`). Without clusters every row is its own unit.
    init(groupOfRow: [Int32], groupLabels: [String], clusterOfRow: [Int32]?, clusterLevelCount: Int) {
        let rows = groupOfRow.count
        groupCount = groupLabels.count
        self.groupLabels = groupLabels
        if let clusterOfRow {
            var units = [Int32](repeating: 0, count: rows)
            var groups: [Int32] = []
            var lookup: [Int: Int32] = [:]
            let width = max(1, clusterLevelCount)
            for row in 0..<rows {
                let key = Int(groupOfRow[row]) * width + Int(clusterOfRow[row])
                if let unit = lookup[key] {
                    units[row] = unit
                } else {
                    let unit = Int32(groups.count)
                    lookup[key] = unit
                    groups.append(groupOfRow[row])
                    units[row] = unit
                }
            }
            unitOfRow = units
            groupOfUnit = groups
        } else {
            unitOfRow = (0..<rows).map { Int32($0) }
            groupOfUnit = groupOfRow
        }
        unitCount = groupOfUnit.count
        var counts = [Int](repeating: 0, count: groupCount)
        for group in groupOfUnit { counts[Int(group)] += 1 }
        sampled = counts
        population = Array(repeating: .infinity, count: groupCount)
    }

    /// Sets `population` from an fpc value per row: population sizes, or sampling fractions when every value is
    /// at most 1 (then population = sampled / fraction), as R's `svydesign(fpc=)`.
    mutating func setFPC(_ fpc: [Double], column: String) throws {
        var perGroup = [Double](repeating: .nan, count: groupCount)
        let fractions = fpc.allSatisfy { $0 <= 1 }
        for row in fpc.indices {
            let group = Int(groupOfUnit[Int(unitOfRow[row])])
            let value = fpc[row]
            if value.isNaN { throw DesignError.missingDesignValues(column: column, count: fpc.filter(\.isNaN).count) }
            if perGroup[group].isNaN {
                perGroup[group] = value
            } else if abs(perGroup[group] - value) > 1e-9 * max(1, abs(value)) {
                throw DesignError.inconsistentFPC(column: column, stratum: groupLabels[group])
            }
        }
        for group in 0..<groupCount where !perGroup[group].isNaN {
            let size = fractions ? Double(sampled[group]) / perGroup[group] : perGroup[group]
            if size < Double(sampled[group]) * (1 - 1e-9) {
                throw DesignError.fpcTooSmall(column: column, stratum: groupLabels[group])
            }
            population[group] = size
        }
    }

    /// The finite-population factor (N - n)/N of group g (1 without an fpc).
    func finiteFactor(_ group: Int) -> Double {
        let size = population[group]
        return size.isFinite ? (size - Double(sampled[group])) / size : 1
    }

    /// The sampling fraction n/N of group g (0 without an fpc).
    func samplingFraction(_ group: Int) -> Double {
        let size = population[group]
        return size.isFinite ? Double(sampled[group]) / size : 0
    }
}
