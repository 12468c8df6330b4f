/// Linearised values where each row contributes to at most one column: the shape of domain (segment) estimates,
/// where a row's influence value belongs to its own segment's column only.
///
/// `columnOfRow[i]` is the column of row i (-1 for none) and `value[i]` its value. Storing one value per row
/// instead of one per row and column keeps segment estimates at one pass and one array, whatever the number of
/// segments.
public struct SparseColumns: Sendable {
    public var columnOfRow: [Int32]
    public var value: [Double]
    public var columnCount: Int

    /// The same values as dense columns (column-major, one array per column).
    public func dense() -> [[Double]] {
        var columns = [[Double]](repeating: [Double](repeating: 0, count: value.count), count: columnCount)
        for row in value.indices where columnOfRow[row] >= 0 { columns[Int(columnOfRow[row])][row] = value[row] }
        return columns
    }
}

extension SurveyDesign {
    /// Design covariance matrix (columnCount², row-major) of the totals of sparse linearised columns.
    ///
    /// Same result as `covariance(of: columns.dense())`. Without calibration or a second stage it runs in two
    /// passes over the rows without materialising one column per domain (see `SparseVariance`); raked once with
    /// rows as units, in one pass on the raking's cell table (`RakedSparseVariance`).
    public func covariance(of columns: SparseColumns) throws -> [Double] {
        if stage2 == nil, calibration.count == 1, case .raking(let raking) = calibration[0],
            RakedSparseVariance.applies(raking, stage: stage1, columnCount: columns.columnCount)
        {
            return try RakedSparseVariance.compute(columns, raking: raking, stage: stage1, lonely: lonelyPSU)
        }
        if !calibration.isEmpty || stage2 != nil {
            return try covariance(of: columns.dense())
        }
        return try SparseVariance.compute(columns, stage: stage1, lonely: lonelyPSU)
    }
}
