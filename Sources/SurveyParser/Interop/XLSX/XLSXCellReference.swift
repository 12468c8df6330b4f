/// Spreadsheet cell references: column letters (`A`, `Z`, `AA`) and 0-based column indices.
enum XLSXCellReference {
    /// The 0-based column of a reference such as `C12` (3 → `D`), or nil when it has no letters.
    static func column(of reference: String) -> Int? {
        var column = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            column = column * 26 + Int(scalar.value - 64)
            sawLetter = true
        }
        return sawLetter ? column - 1 : nil
    }

    /// The letters of the 0-based `column` (0 → `A`, 26 → `AA`).
    static func letters(_ column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    /// `SHEET!CELL` for 0-based `column` and 1-based `row`, the location form of reports and errors.
    static func location(sheet: String, column: Int, row: Int) -> String { "\(sheet)!\(letters(column))\(row)" }
}
