import Foundation
import SurveyModel
import SurveyStatistics

/// One random design of the conformance suite, drawn from its seed: the sample structure (strata, one- or
/// two-stage clusters, fpc, unequal weights, lonely PSUs), the data (with missing values and a domain level that
/// may be empty), the calibration problem and the replicate method.
///
/// `kind` (the design's index modulo 12) fixes what is tested so that every feature is covered whatever the
/// number of designs: 0 SRS, 1 stratified elements, 2 one-stage clusters, 3 stratified clusters, 4 stratified
/// two-stage clusters, 5 raking, 6 post-stratification, 7 linear calibration (GREG), 8 raking or logit calibration
/// with bounds, 9 JK1 or JKn, 10 bootstrap (R's replicates), 11 BRR or Fay.
struct ConformanceDesign: Sendable {
    enum Structure: CaseIterable { case srs, stratified, clusters, stratifiedClusters, twoStage, pairs }

    let seed: UInt64
    var structure = Structure.srs
    var fpc = false
    var lonely = LonelyPSU.remove
    /// none, rake, poststrat, linear, raking, logit (R's calibration function names).
    var calibration = "none"
    /// Trimming bounds as multiples of the mean calibrated weight.
    var trim: (Double, Double)?
    /// g-weight bounds of `calibrate`.
    var bounds: (Double, Double)?
    /// none, jk1, jkn, bootstrap, brr, fay.
    var replication = "none"
    var rho = 0.3
    /// Trim repeatedly until no weight lies outside the bounds (`trimWeights(strict = TRUE)`).
    var strictTrim = false
    /// Replicate variances centred on the full-sample estimate (`as.svrepdesign(mse = TRUE)`).
    var mse = false

    var stratum: [Int] = []
    var psu: [Int] = []
    var ssu: [Int] = []
    var fpc1: [Double] = []
    var fpc2: [Double] = []
    var w: [Double] = []
    var y: [Double] = []
    var x: [Double] = []
    var b: [Double] = []
    var nps: [Double] = []
    /// Codes (−1 missing) of cat (A, B, C), dom (d1–d4), r1 (a, b, c), r2 (u, v).
    var cat: [Int] = []
    var dom: [Int] = []
    var r1: [Int] = []
    var r2: [Int] = []
    /// Population targets: r1 levels, r2 levels, the joint r1 × r2 cells (r1 fastest), Σx.
    var r1Targets: [Double] = []
    var r2Targets: [Double] = []
    var jointTargets: [Double] = []
    var xTotal = 0.0

    var n: Int { w.count }
    /// The lonely-PSU rule where R and voc define the variance differently, which the generator avoids:
    /// `average` on an uncalibrated design: R's `svyby` and `na.rm = TRUE` subset the design by dropping rows, so
    /// the inflation (number of strata)/(strata with more than one PSU) counts only the strata left with rows in
    /// the domain; voc counts the strata of the whole design (as R does on a calibrated design, whose subsets keep
    /// every row with weight 0). `adjust` leaves a lonely PSU's total uncentred in both (R's `onestrat`).
    static let lonelyRules = "average calibrated"

    /// True when a stratum has a single PSU.
    var hasLonelyStratum: Bool {
        var units = [Set<Int>](repeating: [], count: strataCount)
        for row in 0..<n { units[stratum[row]].insert(psu[row]) }
        return units.contains { $0.count == 1 }
    }
    var strataCount: Int { (stratum.max() ?? 0) + 1 }
    var stages: Int {
        switch structure {
        case .srs, .stratified: 0
        case .clusters, .stratifiedClusters, .pairs: 1
        case .twoStage: 2
        }
    }
    var isStratified: Bool { ![.srs, .clusters].contains(structure) }

    init(index: Int, seed: UInt64) {
        self.seed = seed
        var g = SeededGenerator(seed: seed)
        let kind = index % 12
        let plain: [Structure] = [.srs, .stratified, .clusters, .stratifiedClusters, .twoStage]
        switch kind {
        case 0...4: structure = plain[kind]
        case 9:
            replication = g.nextUnitDouble() < 0.5 ? "jk1" : "jkn"
            structure = replication == "jk1" ? .clusters : .stratifiedClusters
        case 11:
            replication = g.nextUnitDouble() < 0.5 ? "brr" : "fay"
            structure = .pairs
        default: structure = plain[g.nextInt(below: plain.count)]
        }
        if kind == 10 { replication = "bootstrap" }
        fpc = g.nextUnitDouble() < 0.5 && replication != "brr" && replication != "fay"
        let rule = g.nextInt(below: 3)
        let allowLonely = replication == "none" && g.nextUnitDouble() < 0.5
        switch kind {
        case 5: calibration = "rake"
        case 6: calibration = "poststrat"
        case 7: calibration = "linear"
        case 8:
            calibration = g.nextUnitDouble() < 0.5 ? "raking" : "logit"
            if calibration == "logit" || g.nextUnitDouble() < 0.5 { bounds = (0.4, 2.5) }
        default: break
        }
        if calibration != "none" && g.nextUnitDouble() < 0.4 { trim = (0.4, 1.6) }
        // `average` on calibrated designs only (see `lonelyRules`).
        lonely = (calibration == "none" ? [.remove, .adjust, .certainty] : [.adjust, .average, .certainty])[rule]
        strictTrim = trim != nil && g.nextUnitDouble() < 0.5
        mse = replication != "none" && g.nextUnitDouble() < 0.3
        makeStructure(&g, lonelyStratum: allowLonely)
        makeVariables(&g)
        makeTargets(&g)
    }

    private mutating func makeStructure(_ g: inout SeededGenerator, lonelyStratum: Bool) {
        let strata = isStratified ? 2 + g.nextInt(below: structure == .pairs ? 6 : 4) : 1
        var unit = 0
        for h in 0..<strata {
            let lonelyHere = lonelyStratum && isStratified && h == strata - 1
            switch structure {
            case .srs, .stratified:
                let rows = lonelyHere ? 1 : (structure == .srs ? 50 + g.nextInt(below: 200) : 15 + g.nextInt(below: 50))
                let population = Double(rows) * (1.5 + 4 * g.nextUnitDouble()).rounded(.up)
                for row in 0..<rows { addRow(h, unit + row, 0, population, .nan, &g) }
                unit += rows
            case .clusters, .stratifiedClusters, .twoStage, .pairs:
                let psus =
                    lonelyHere
                    ? 1
                    : structure == .pairs
                        ? 2 : structure == .clusters ? 8 + g.nextInt(below: 18) : 2 + g.nextInt(below: 6)
                let population = (Double(psus) * (1.5 + 4 * g.nextUnitDouble())).rounded(.up)
                for _ in 0..<psus {
                    let secondaries = structure == .twoStage ? 2 + g.nextInt(below: 3) : 1
                    let secondPopulation = (Double(secondaries) * (1.5 + 3 * g.nextUnitDouble())).rounded(.up)
                    for s in 0..<secondaries {
                        let rows = structure == .twoStage ? 1 + g.nextInt(below: 6) : 2 + g.nextInt(below: 10)
                        for _ in 0..<rows { addRow(h, unit, s, population, secondPopulation, &g) }
                    }
                    unit += 1
                }
            }
        }
    }

    private mutating func addRow(
        _ h: Int, _ unit: Int, _ secondary: Int, _ population: Double, _ secondPopulation: Double,
        _ g: inout SeededGenerator
    ) {
        stratum.append(h)
        psu.append(unit)
        ssu.append(secondary)
        fpc1.append(population)
        fpc2.append(secondPopulation)
        w.append(Self.rounded(20 * exp(0.4 * g.nextGaussian()), 4))
    }

    private mutating func makeVariables(_ g: inout SeededGenerator) {
        let units = (psu.max() ?? 0) + 1
        let effect = (0..<units).map { _ in g.nextGaussian() }
        let catShares = [0.2 + 0.5 * g.nextUnitDouble(), 0.1 + 0.3 * g.nextUnitDouble()]
        let emptyDomain = g.nextUnitDouble() < 0.5 ? g.nextInt(below: 4) : -1
        let p = 0.1 + 0.5 * g.nextUnitDouble()
        for row in 0..<n {
            let u = effect[psu[row]]
            let xValue = Self.rounded(10 * exp(0.5 * g.nextGaussian()) + 2 * abs(u), 4)
            x.append(xValue)
            let yValue = Self.rounded(2 + 0.8 * xValue + 2 * u + 3 * g.nextGaussian(), 4)
            y.append(g.nextUnitDouble() < 0.08 ? .nan : yValue)
            let bValue: Double = g.nextUnitDouble() < p + 0.1 * u ? 1 : 0
            b.append(g.nextUnitDouble() < 0.05 ? .nan : bValue)
            let score = Double(min(10, max(0, Int((7 + 2.5 * g.nextGaussian() + u).rounded()))))
            nps.append(g.nextUnitDouble() < 0.05 ? .nan : score)
            let c = g.nextUnitDouble()
            let catValue = c < catShares[0] ? 0 : (c < catShares[0] + catShares[1] ? 1 : 2)
            cat.append(g.nextUnitDouble() < 0.05 ? -1 : catValue)
            var d = g.nextInt(below: 4)
            if d == emptyDomain { d = (d + 1) % 4 }
            dom.append(g.nextUnitDouble() < 0.03 ? -1 : d)
            // The first six rows cover every r1 × r2 cell, so post-stratification always has its cells.
            r1.append(row < 6 ? row % 3 : g.nextInt(below: 3))
            r2.append(row < 6 ? row / 3 : (g.nextUnitDouble() < 0.45 ? 0 : 1))
        }
    }

    private mutating func makeTargets(_ g: inout SeededGenerator) {
        var joint = [Double](repeating: 0, count: 6)
        var weightedX = 0.0
        for row in 0..<n {
            joint[r1[row] + 3 * r2[row]] += w[row]
            weightedX += w[row] * x[row]
        }
        jointTargets = joint.map { Self.rounded($0 * (0.85 + 0.3 * g.nextUnitDouble()), 2) }
        r1Targets = (0..<3).map { jointTargets[$0] + jointTargets[$0 + 3] }
        r2Targets = [jointTargets[0..<3].reduce(0, +), jointTargets[3..<6].reduce(0, +)]
        r2Targets[1] = r1Targets.reduce(0, +) - r2Targets[0]
        xTotal = Self.rounded(weightedX * (0.95 + 0.1 * g.nextUnitDouble()), 2)
    }

    static func rounded(_ value: Double, _ digits: Int) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }
}
