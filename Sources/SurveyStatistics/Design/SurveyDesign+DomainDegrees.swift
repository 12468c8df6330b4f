extension SurveyDesign {
    /// Degrees of freedom of the design restricted to some rows, as R's `degf` of a subset design:
    /// (number of stage-1 PSUs with a selected row of positive weight) − (number of strata with such a row).
    ///
    /// R's `svyciprop` and `svyquantile` take `df = degf(design)` of the design they are given; `svyby` hands them
    /// the domain's subset, whose `degf` counts only the PSUs and strata the domain reaches (`degf.survey.design2`
    /// counts the rows whose weight is not 0). With every row selected and no zero weight this is
    /// `degreesOfFreedom`.
    public func degreesOfFreedom(rows selected: (Int) -> Bool) -> Int {
        var unitSeen = [Bool](repeating: false, count: stage1.unitCount)
        var groupSeen = [Bool](repeating: false, count: stage1.groupCount)
        var units = 0
        var groups = 0
        for row in 0..<rowCount where weights[row] != 0 && selected(row) {
            let unit = Int(stage1.unitOfRow[row])
            if unitSeen[unit] { continue }
            unitSeen[unit] = true
            units += 1
            let group = Int(stage1.groupOfUnit[unit])
            if !groupSeen[group] {
                groupSeen[group] = true
                groups += 1
            }
        }
        return units - groups
    }
}
