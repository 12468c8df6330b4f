extension SurveyDesign {
    /// Degrees of freedom of the design restricted to some rows, as R's `degf` of a subset design:
    /// (number of stage-1 PSUs with a selected row of positive weight) − (number of strata with such a row).
    ///
    /// R's `svyciprop` and `svyquantile` take `df = degf(design)` of the design they are given; `svyby` hands them
    /// the domain's subset, whose `degf` counts only the PSUs and strata the domain reaches (`degf.survey.design2`
    /// counts the rows whose weight is not 0). With every row selected and no zero weight this is
    /// `degreesOfFreedom`. With replicate weights, the rank of the selected rows' replicate weights minus 1 (R's
    /// `degf` of a replicate design's subset).
    public func degreesOfFreedom(rows selected: (Int) -> Bool) -> Int {
        degreesOfFreedom(domainCount: 1) { selected($0) ? 0 : -1 }[0]
    }

    /// `degreesOfFreedom(rows:)` of several disjoint domains in one pass: `domain(row)` gives a row's domain
    /// (0..<domainCount) or −1 for none.
    func degreesOfFreedom(domainCount: Int, domain: (Int) -> Int) -> [Int] {
        if let replicates {
            return (0..<domainCount).map { d in replicates.degreesOfFreedom { domain($0) == d && weights[$0] != 0 } }
        }
        var groupSeen = [Bool](repeating: false, count: stage1.groupCount * domainCount)
        var result = [Int](repeating: 0, count: domainCount)
        // When every row is its own PSU, each row counts once and no PSU needs remembering.
        let rowsAreUnits = stage1.rowsAreUnits
        var unitSeen = [Bool](repeating: false, count: rowsAreUnits ? 0 : stage1.unitCount * domainCount)
        for row in 0..<rowCount where weights[row] != 0 {
            let d = domain(row)
            guard d >= 0 else { continue }
            let unit = rowsAreUnits ? row : Int(stage1.unitOfRow[row])
            if !rowsAreUnits {
                if unitSeen[unit * domainCount + d] { continue }
                unitSeen[unit * domainCount + d] = true
            }
            result[d] += 1
            let group = Int(stage1.groupOfUnit[unit]) * domainCount + d
            if !groupSeen[group] {
                groupSeen[group] = true
                result[d] -= 1
            }
        }
        return result
    }
}
