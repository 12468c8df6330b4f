extension ReplicateWeights {
    /// Replicates made from a design's stage-1 PSUs, as R's `as.svrepdesign(design, type =)`: factors per PSU, the
    /// design's weights as base (docs/methods.md §7.10). Later stages and their fpc are not used (R drops them).
    ///
    /// - `jk1`: replicate r drops PSU r; the others get n/(n − 1). scale = f·(n − 1)/n with f = (N − n)/N from
    ///   the stage-1 fpc (1 without). An unstratified design only.
    /// - `jkn`: one replicate per PSU j of stratum h: PSU j gets 0, the other PSUs of h get n_h/(n_h − 1), other
    ///   strata 1; rscale = f_h·(n_h − 1)/n_h, scale 1. A stratum with one PSU is skipped with lonely-PSU
    ///   `remove` or `certainty`, an error otherwise.
    /// - `bootstrap`: `ReplicateWeights.bootstrap`.
    /// - `brr` and `fay`: `ReplicateWeights.balanced`.
    /// - Throws: `ReplicateError.designMismatch` when the method does not fit the design.
    public static func jackknife(
        _ design: SurveyDesign, stratified: Bool, mse: Bool = false
    ) throws -> ReplicateWeights {
        let stage = design.stage1
        let psus = stage.unitCount
        let strata = stage.sampled.filter { $0 > 0 }.count
        if !stratified {
            if strata > 1 { throw ReplicateError.designMismatch("jk1 needs an unstratified design; use jkn") }
            if psus < 2 { throw ReplicateError.designMismatch("jk1 needs at least 2 PSUs (the design has \(psus))") }
            try checkSize(psus: psus, replicates: psus, method: "jk1")
            let n = Double(psus)
            var factors = [Double](repeating: n / (n - 1), count: psus * psus)
            for unit in 0..<psus { factors[unit * psus + unit] = 0 }
            return ReplicateWeights(
                method: .jk1, count: psus, factors: factors, groupOfRow: stage.unitOfRow, base: design.weights,
                scale: stage.finiteFactor(0) * (n - 1) / n, rscales: [Double](repeating: 1, count: psus), mse: mse)
        }
        var dropped: [Int] = []
        var rscales: [Double] = []
        for unit in 0..<psus {
            let group = Int(stage.groupOfUnit[unit])
            let size = stage.sampled[group]
            if size == 1 {
                if design.lonelyPSU == .remove || design.lonelyPSU == .certainty { continue }
                throw ReplicateError.designMismatch(
                    "jkn: stratum '\(stage.groupLabels[group])' has only one PSU (use --lonely-psu remove or certainty)"
                )
            }
            dropped.append(unit)
            rscales.append(stage.finiteFactor(group) * Double(size - 1) / Double(size))
        }
        let count = dropped.count
        try checkSize(psus: psus, replicates: count, method: "jkn")
        var factors = [Double](repeating: 1, count: psus * count)
        for (r, unit) in dropped.enumerated() {
            let group = stage.groupOfUnit[unit]
            let size = Double(stage.sampled[Int(group)])
            for other in 0..<psus where stage.groupOfUnit[other] == group {
                factors[other * count + r] = other == unit ? 0 : size / (size - 1)
            }
        }
        return ReplicateWeights(
            method: .jkn, count: count, factors: factors, groupOfRow: stage.unitOfRow, base: design.weights,
            scale: 1, rscales: rscales, mse: mse)
    }

    /// Rao–Wu bootstrap replicates as R's `bootweights` (`as.svrepdesign(type = "bootstrap", replicates =)`):
    /// in each stratum, replicate r draws n_h of its n_h PSUs with replacement (with a stage-1 fpc: n_h of N_h
    /// population slots without replacement, the slots taking the sampled PSUs in turn) and a PSU's factor is
    /// the number of times it was drawn. scale = n̄/((n̄ − 1)(R − 1)) with n̄ the harmonic mean of the n_h,
    /// rscale 1. Draws come from `SeededGenerator(seed:)`, so they differ from R's random draws; the same seed
    /// gives the same replicates.
    /// The most factors (PSUs × replicates) replicates made from a design may hold: 2.5·10⁸, 2 GB of doubles.
    /// A jackknife of a design without clusters has one replicate per respondent, so n² factors: 10¹⁰ (80 GB)
    /// at n = 100,000, which would exhaust memory rather than finish.
    public static let maximumFactors = 250_000_000

    /// Refuses replicates larger than `maximumFactors`, saying what to do instead.
    static func checkSize(psus: Int, replicates: Int, method: String) throws {
        let (factors, overflow) = psus.multipliedReportingOverflow(by: replicates)
        guard overflow || factors > maximumFactors else { return }
        throw ReplicateError.designMismatch(
            "\(method) on \(psus) PSUs would make \(replicates) replicates (\(psus) × \(replicates) factors, more "
                + "than the \(maximumFactors) voc holds); give the design its clusters, or use bootstrap:R with "
                + "fewer replicates")
    }

    public static func bootstrap(
        _ design: SurveyDesign, replicates: Int, seed: UInt64, mse: Bool = false
    ) throws -> ReplicateWeights {
        guard replicates >= 2 else {
            throw ReplicateError.invalidSpecification("bootstrap needs at least 2 replicates (got \(replicates))")
        }
        let stage = design.stage1
        let psus = stage.unitCount
        try checkSize(psus: psus, replicates: replicates, method: "bootstrap")
        var unitsOfGroup = [[Int]](repeating: [], count: stage.groupCount)
        for unit in 0..<psus { unitsOfGroup[Int(stage.groupOfUnit[unit])].append(unit) }
        var generator = SeededGenerator(seed: seed)
        var factors = [Double](repeating: 0, count: psus * replicates)
        for (group, units) in unitsOfGroup.enumerated() where !units.isEmpty {
            let size = units.count
            let population = stage.population[group]
            for r in 0..<replicates {
                if population.isFinite {
                    var slots = Array(0..<Int(population.rounded()))
                    for draw in 0..<size {
                        let pick = draw + Int(generator.next(upperBound: UInt64(slots.count - draw)))
                        slots.swapAt(draw, pick)
                        factors[units[slots[draw] % size] * replicates + r] += 1
                    }
                } else {
                    for _ in 0..<size {
                        factors[units[Int(generator.next(upperBound: UInt64(size)))] * replicates + r] += 1
                    }
                }
            }
        }
        let sizes = unitsOfGroup.filter { !$0.isEmpty }.map { Double($0.count) }
        let harmonic = Double(sizes.count) / sizes.reduce(0) { $0 + 1 / $1 }
        return ReplicateWeights(
            method: .bootstrap, count: replicates, factors: factors, groupOfRow: stage.unitOfRow,
            base: design.weights, scale: harmonic / ((harmonic - 1) * Double(replicates - 1)),
            rscales: [Double](repeating: 1, count: replicates), mse: mse)
    }

    /// Balanced repeated replication (ρ = 0) or Fay's method (0 < ρ < 1), as R's `brrweights` with
    /// `as.svrepdesign(type = "BRR" | "Fay", fay.rho =)`: every stratum must have exactly two PSUs. Strata are
    /// taken in the order of their labels, the two PSUs of a stratum in the order they appear. With the Sylvester
    /// Hadamard matrix H (0/1, H_kr = 1 when k AND r has an even number of bits) of order R = the smallest power
    /// of two above the number of strata, and at least 4, replicate r gives the first PSU of stratum k the factor
    /// 2 − ρ when H_{k+1, r} = 1 and ρ otherwise, the second PSU the other one. scale = 1/(R(1 − ρ)²), rscale 1;
    /// an fpc is not used (R drops it). Up to 7 strata this is R's `hadamard()` matrix, so the replicates are
    /// R's; with more, R may take another matrix from its list, which gives the same variance for linear
    /// statistics (full orthogonal balance) but not exactly for means.
    public static func balanced(_ design: SurveyDesign, rho: Double, mse: Bool = false) throws -> ReplicateWeights {
        guard rho >= 0 && rho < 1 else {
            throw ReplicateError.invalidSpecification("Fay's rho must be in [0, 1) (got \(rho))")
        }
        let stage = design.stage1
        var unitsOfGroup = [[Int]](repeating: [], count: stage.groupCount)
        for unit in 0..<stage.unitCount { unitsOfGroup[Int(stage.groupOfUnit[unit])].append(unit) }
        let present = unitsOfGroup.indices.filter { !unitsOfGroup[$0].isEmpty }
        if present.count < 2 && stage.groupCount < 2 {
            throw ReplicateError.designMismatch("brr and fay need a stratified design; use jk1 or bootstrap")
        }
        if let odd = present.first(where: { unitsOfGroup[$0].count != 2 }) {
            throw ReplicateError.designMismatch(
                "brr and fay need exactly 2 PSUs in every stratum; stratum '\(stage.groupLabels[odd])' has "
                    + "\(unitsOfGroup[odd].count)")
        }
        let ordered = present.sorted { stage.groupLabels[$0] < stage.groupLabels[$1] }
        var order = 4
        while order <= ordered.count { order *= 2 }
        var factors = [Double](repeating: 0, count: stage.unitCount * order)
        for (k, group) in ordered.enumerated() {
            let (first, second) = (unitsOfGroup[group][0], unitsOfGroup[group][1])
            for r in 0..<order {
                let plus = ((k + 1) & r).nonzeroBitCount % 2 == 0
                factors[first * order + r] = plus ? 2 - rho : rho
                factors[second * order + r] = plus ? rho : 2 - rho
            }
        }
        return ReplicateWeights(
            method: rho == 0 ? .brr : .fay, count: order, factors: factors, groupOfRow: stage.unitOfRow,
            base: design.weights, scale: 1 / (Double(order) * (1 - rho) * (1 - rho)),
            rscales: [Double](repeating: 1, count: order), rho: rho, mse: mse)
    }
}
