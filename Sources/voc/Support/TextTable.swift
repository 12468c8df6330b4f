import Foundation

/// A plain-text table with aligned columns: text columns left-aligned, numeric columns right-aligned.
struct TextTable {
    var headers: [String]
    /// Whether each column is right-aligned (numbers).
    var rightAligned: [Bool]
    var rows: [[String]] = []

    init(headers: [String], rightAligned: [Bool]) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table with a header rule, columns separated by two spaces.
    var rendered: String {
        var widths = headers.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned[index] ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var output = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        output += rows.map(line)
        return output.joined(separator: "\n")
    }

    /// A number with `digits` significant digits (NaN and infinities as `NA`/`Inf`).
    static func format(_ value: Double, digits: Int = 6) -> String {
        if value.isNaN { return "NA" }
        if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e9 || magnitude < 1e-4 { return String(format: "%.\(digits - 1)e", value) }
        let integerDigits = Int(magnitude.log10Floor) + 1
        let decimals = max(0, digits - max(integerDigits, magnitude < 1 ? integerDigits : 1))
        return String(format: "%.\(decimals)f", value)
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

extension Double {
    fileprivate var log10Floor: Double {
        var exponent = 0.0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
