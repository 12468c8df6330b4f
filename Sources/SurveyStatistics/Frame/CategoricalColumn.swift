/// A categorical variable stored as small integer codes into a list of level labels.
///
/// `codes[i]` indexes `levels`; -1 marks a missing value. Codes are contiguous `Int32`, so loops over millions of
/// rows touch 4 bytes per row.
public struct CategoricalColumn: Sendable, Equatable {
    /// One code per row; -1 is missing.
    public var codes: [Int32]
    /// Level labels, indexed by code.
    public var levels: [String]

    public init(codes: [Int32], levels: [String]) {
        self.codes = codes
        self.levels = levels
    }

    /// Codes the given labels; nil entries are missing. Levels are sorted by their text (as R's `factor`).
    public init(labels: [String?]) {
        let distinct = Array(Set(labels.compactMap { $0 })).sorted()
        var index: [String: Int32] = [:]
        for (code, level) in distinct.enumerated() { index[level] = Int32(code) }
        codes = labels.map { $0.flatMap { index[$0] } ?? -1 }
        levels = distinct
    }

    /// Number of rows.
    public var count: Int { codes.count }

    /// Number of non-missing rows per level.
    public func levelCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: levels.count)
        for code in codes where code >= 0 { counts[Int(code)] += 1 }
        return counts
    }
}
