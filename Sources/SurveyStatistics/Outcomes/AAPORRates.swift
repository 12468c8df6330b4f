/// AAPOR outcome rates from (optionally weighted) disposition counts, with the formulas of
/// `ropensci/outcomerate R/outcomerate.R` (docs/methods.md §6.4). e is the estimated share of unknown-eligibility
/// cases that are eligible.
///
/// RR1 = I/((I+P) + (R+NC+O) + (UH+UO)); RR2 = (I+P)/(same); RR3, RR4 = RR1, RR2 with e(UH+UO);
/// RR5 = I/((I+P) + (R+NC+O)); RR6 = (I+P)/(same). COOP1 = I/((I+P)+R+O); COOP2 = (I+P)/((I+P)+R+O);
/// COOP3 = I/((I+P)+R); COOP4 = (I+P)/((I+P)+R). REF1 = R/(all unknown), REF2 with e(UH+UO), REF3 without unknown.
/// CON1 = ((I+P)+R+O)/(…+(UH+UO)); CON2 with e(UH+UO); CON3 without unknown.
public struct AAPORRates: Sendable, Equatable {
    public var i, p, r, nc, o, uh, uo, ne: Double

    /// Counts from one disposition per case and optional case weights.
    /// - Throws: `StatisticsError` for weights of the wrong length.
    public init(dispositions: [AAPORDisposition], weights: [Double]? = nil) throws {
        try StatisticsError.checkLength(weights, argument: "weights", expected: dispositions.count)
        var counts = [AAPORDisposition: Double]()
        for (index, d) in dispositions.enumerated() { counts[d, default: 0] += weights?[index] ?? 1 }
        self.init(
            i: counts[.complete] ?? 0, p: counts[.partial] ?? 0, r: counts[.refusal] ?? 0,
            nc: counts[.nonContact] ?? 0, o: counts[.other] ?? 0, uh: counts[.unknownHousehold] ?? 0,
            uo: counts[.unknownOther] ?? 0, ne: counts[.notEligible] ?? 0)
    }

    public init(i: Double, p: Double, r: Double, nc: Double, o: Double, uh: Double, uo: Double, ne: Double = 0) {
        (self.i, self.p, self.r, self.nc, self.o, self.uh, self.uo, self.ne) = (i, p, r, nc, o, uh, uo, ne)
    }

    private var interviews: Double { i + p }
    private var eligibleNonInterviews: Double { r + nc + o }
    private var unknown: Double { uh + uo }
    private var known: Double { interviews + eligibleNonInterviews }

    /// e by the proportional allocation ("CASRO") method: eligible/(eligible + not eligible) among cases of known
    /// eligibility, (I+P+R+NC+O)/(I+P+R+NC+O+NE). NaN when no case has known eligibility.
    public var proportionalEligibility: Double { known / (known + ne) }

    public var rr1: Double { i / (known + unknown) }
    public var rr2: Double { interviews / (known + unknown) }
    public func rr3(e: Double) -> Double { i / (known + e * unknown) }
    public func rr4(e: Double) -> Double { interviews / (known + e * unknown) }
    public var rr5: Double { i / known }
    public var rr6: Double { interviews / known }
    public var coop1: Double { i / (interviews + r + o) }
    public var coop2: Double { interviews / (interviews + r + o) }
    public var coop3: Double { i / (interviews + r) }
    public var coop4: Double { interviews / (interviews + r) }
    public var ref1: Double { r / (known + unknown) }
    public func ref2(e: Double) -> Double { r / (known + e * unknown) }
    public var ref3: Double { r / known }
    public var con1: Double { (interviews + r + o) / (known + unknown) }
    public func con2(e: Double) -> Double { (interviews + r + o) / (known + e * unknown) }
    public var con3: Double { (interviews + r + o) / known }
}
