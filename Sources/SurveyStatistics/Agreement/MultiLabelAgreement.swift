/// Inter-coder agreement for multi-label coding (each coder may assign several codes to a text unit, such as a
/// transcript turn or a why-answer), reduced to one binary variable per code: 1 when the coder assigned the code
/// to the unit, 0 when the coder coded the unit without it, missing when the coder did not code the unit.
///
/// - Per code: Krippendorff's α (nominal, any number of coders) and, with exactly two coders, Cohen's κ.
/// - Overall: the same statistics pooled over all (unit, code) pairs, so frequent codes weigh more.
/// Codes never used by anyone give NaN (no variation).
public struct MultiLabelAgreement: Sendable, Equatable {
    public struct CodeAgreement: Sendable, Equatable {
        public var code: String
        public var alpha: Double
        /// nil unless there are exactly two coders.
        public var kappa: Double?
        /// Units the code was assigned to by at least one coder.
        public var unitsWithCode: Int
    }

    public var perCode: [CodeAgreement]
    public var overallAlpha: Double
    public var overallKappa: Double?

    /// - Parameters:
    ///   - assignments: assignments[coder][unit] is the set of codes the coder gave the unit, nil when the
    ///     coder did not code it. All coders must list the same units.
    ///   - codes: the codebook's code ids (codes outside it are ignored).
    /// - Throws: `StatisticsError.lengthMismatch` when coders list different numbers of units.
    public init(assignments: [[Set<String>?]], codes: [String]) throws {
        let units = assignments.first?.count ?? 0
        for (c, coder) in assignments.enumerated() where coder.count != units {
            throw StatisticsError.lengthMismatch(
                argument: "coder \(c + 1) units", expected: units,
                actual: coder.count)
        }
        var perCode: [CodeAgreement] = []
        var pooled = [[Double?]](repeating: [], count: assignments.count)
        for code in codes {
            let binary: [[Double?]] = assignments.map { coder in coder.map { $0.map { $0.contains(code) ? 1 : 0 } } }
            for c in binary.indices { pooled[c] += binary[c] }
            let alpha = KrippendorffAlpha.compute(binary, metric: .nominal).alpha
            let kappa = binary.count == 2 ? try? CohenKappa.fromLabels(binary[0], binary[1]).kappa : nil
            let used = (0..<units).filter { u in binary.contains { $0[u] == 1 } }.count
            perCode.append(CodeAgreement(code: code, alpha: alpha, kappa: kappa, unitsWithCode: used))
        }
        self.perCode = perCode
        overallAlpha = KrippendorffAlpha.compute(pooled, metric: .nominal).alpha
        overallKappa = pooled.count == 2 ? try? CohenKappa.fromLabels(pooled[0], pooled[1]).kappa : nil
    }
}
