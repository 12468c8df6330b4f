/// Respondents aggregated to the cells of the joint table of the weighting variables.
///
/// Built in one pass over the rows: each row's cell is a mixed-radix code of its level codes, compacted to the
/// cells that occur. Raking and post-stratification then work on `cellWeight` (Σ start weights per cell) only;
/// every adjustment multiplies all rows of a cell by the same factor, so the result is exact.
public struct CellTable: Sendable {
    /// The weighting variables, in order.
    public let variables: [String]
    /// Data levels of each variable.
    public let levels: [[String]]
    /// Cell of each row.
    public let cellOfRow: [Int32]
    /// Σ start weights per cell.
    public let cellWeight: [Double]
    /// Rows per cell.
    public let cellRows: [Int]
    /// Level code of each cell on each variable (`levelOfCell[v][c]`).
    public let levelOfCell: [[Int32]]

    /// Number of occupied cells.
    public var cellCount: Int { cellWeight.count }

    /// Aggregates `weights` by the joint levels of `columns` (named `variables`).
    /// Throws `WeightingError.missingValues` when a variable has missing values.
    public init(variables: [String], columns: [CategoricalColumn], weights: [Double]) throws {
        precondition(variables.count == columns.count, "one column per variable")
        for (variable, column) in zip(variables, columns) {
            let missing = column.codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
            if missing > 0 { throw WeightingError.missingValues(variable: variable, count: missing) }
        }
        self.variables = variables
        levels = columns.map(\.levels)
        let rows = weights.count
        var strides: [Int] = []
        var product = 1
        var overflow = false
        for column in columns {
            strides.append(product)
            let (next, didOverflow) = product.multipliedReportingOverflow(by: max(1, column.levels.count))
            overflow = overflow || didOverflow
            product = next
        }
        var cellOfRow = [Int32](repeating: 0, count: rows)
        var cellKeys: [Int] = []
        var cellWeight: [Double] = []
        var cellRows: [Int] = []
        if !overflow && product <= 1 << 22 {
            // Dense path: mixed-radix keys built column by column (sequential, vectorisable), then one pass that
            // turns keys into compact cell numbers and accumulates weights.
            var slot = [Int32](repeating: -1, count: product)
            cellOfRow.withUnsafeMutableBufferPointer { keys in
                for (variable, column) in columns.enumerated() {
                    let stride = Int32(strides[variable])
                    column.codes.withUnsafeBufferPointer { codes in
                        for row in 0..<rows { keys[row] &+= codes[row] &* stride }
                    }
                }
                if product <= 1 << 16 {
                    // Small key space: assign cells and accumulate per key in the same pass.
                    var keyWeight = [Double](repeating: 0, count: product)
                    var keyRows = [Int](repeating: 0, count: product)
                    slot.withUnsafeMutableBufferPointer { slot in
                        keyWeight.withUnsafeMutableBufferPointer { keyWeight in
                            keyRows.withUnsafeMutableBufferPointer { keyRows in
                                weights.withUnsafeBufferPointer { weights in
                                    for row in 0..<rows {
                                        let cellKey = Int(keys[row])
                                        keyWeight[cellKey] += weights[row]
                                        keyRows[cellKey] += 1
                                        keys[row] = Self.cell(ofKey: cellKey, slot: slot, cellKeys: &cellKeys).cell
                                    }
                                }
                            }
                        }
                    }
                    cellWeight = cellKeys.map { keyWeight[$0] }
                    cellRows = cellKeys.map { keyRows[$0] }
                    return
                }
                slot.withUnsafeMutableBufferPointer { slot in
                    weights.withUnsafeBufferPointer { weights in
                        for row in 0..<rows {
                            let (cell, isNew) = Self.cell(ofKey: Int(keys[row]), slot: slot, cellKeys: &cellKeys)
                            if isNew {
                                cellWeight.append(0)
                                cellRows.append(0)
                            }
                            keys[row] = cell
                        }
                        cellWeight.withUnsafeMutableBufferPointer { cellWeight in
                            cellRows.withUnsafeMutableBufferPointer { cellRows in
                                for row in 0..<rows {
                                    let cell = Int(keys[row])
                                    cellWeight[cell] += weights[row]
                                    cellRows[cell] += 1
                                }
                            }
                        }
                    }
                }
            }
        } else {
            let codeArrays = columns.map(\.codes)
            var slot: [Int: Int32] = [:]
            for row in 0..<rows {
                var cellKey = 0
                for variable in 0..<codeArrays.count {
                    cellKey &+= Int(codeArrays[variable][row]) &* strides[variable]
                }
                let cell: Int32
                if let existing = slot[cellKey] {
                    cell = existing
                } else {
                    cell = Int32(cellKeys.count)
                    slot[cellKey] = cell
                    cellKeys.append(cellKey)
                    cellWeight.append(0)
                    cellRows.append(0)
                }
                cellOfRow[row] = cell
                cellWeight[Int(cell)] += weights[row]
                cellRows[Int(cell)] += 1
            }
        }
        self.cellOfRow = cellOfRow
        self.cellWeight = cellWeight
        self.cellRows = cellRows
        levelOfCell = columns.indices.map { variable in
            cellKeys.map { key in Int32((key / strides[variable]) % max(1, columns[variable].levels.count)) }
        }
    }

    /// Maps cell factors back to rows: w_i = start_i · factor[cell_i].
    public func rowWeights(start: [Double], factors: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: start.count)
        result.withUnsafeMutableBufferPointer { result in
            start.withUnsafeBufferPointer { start in
                cellOfRow.withUnsafeBufferPointer { cells in
                    factors.withUnsafeBufferPointer { factors in
                        for row in 0..<result.count { result[row] = start[row] * factors[Int(cells[row])] }
                    }
                }
            }
        }
        return result
    }

    /// The compact cell of mixed-radix key `cellKey` on the dense path: the one `slot` holds, or else the next new
    /// cell, recorded in `slot` and appended to `cellKeys` (`isNew`).
    @inline(__always)
    private static func cell(
        ofKey cellKey: Int, slot: UnsafeMutableBufferPointer<Int32>, cellKeys: inout [Int]
    ) -> (cell: Int32, isNew: Bool) {
        let existing = slot[cellKey]
        if existing >= 0 { return (existing, false) }
        let cell = Int32(cellKeys.count)
        slot[cellKey] = cell
        cellKeys.append(cellKey)
        return (cell, true)
    }
}
