import SurveyModel

/// Numeric codes for the categorical variables of an SPSS file whose codes are text (`main_bank` with codes
/// `northbridge`, `city`, ...), so that every categorical variable carries numeric value labels, as SPSS users
/// expect (string value labels are limited to 8-byte strings, and most SPSS procedures want numbers).
///
/// A column is recoded when it is categorical (nominal, ordinal or binary measure, with value labels) and stored as
/// a string (some code is not a number). Codes that are whole numbers keep them (a rating's 0-10, voc's default
/// special codes -1 and -2); the others are numbered in label order (option order, then "don't know" and
/// "refused") from 1, or from one more than the largest whole-number code; "don't know" and "refused" stay
/// user-missing under their numbers; a value the labels do not know gets the next number with the value itself as
/// its label. The original codes are kept in the file's documents (SPSS `DISPLAY
/// DOCUMENTS`), one line per code, `NAME: NUMBER = CODE` (see `documentLine`), which `voc import` reads back.
struct SPSSNumericCodes {
    /// The first document line before the code lines.
    static let documentHeader = "Original codes of recoded variables (variable: number = code):"
    /// The longest document line SPSS keeps, in bytes; longer code lines are left out.
    static let maximumDocumentLineBytes = 80

    /// The layout with every recoded column numeric.
    var layout: ExportLayout
    /// The document lines giving the recoded columns' original codes (empty when nothing was recoded).
    var documents: [String] = []

    /// Recodes the categorical string columns of `layout` (see the type's rules).
    init(_ layout: ExportLayout) {
        self.layout = layout
        for index in layout.columns.indices where Self.isRecoded(layout.columns[index]) {
            recode(column: index)
        }
        if !documents.isEmpty { documents.insert(Self.documentHeader, at: 0) }
    }

    /// Whether `column` is categorical with text codes.
    static func isRecoded(_ column: ExportColumn) -> Bool {
        guard !column.storage.isNumeric, !column.valueLabels.isEmpty else { return false }
        switch column.measure {
        case .nominal, .ordinal, .binary: return true
        case .scale, .text, .date: return false
        }
    }

    /// The document line saying that `number` stands for `code` in variable `name`.
    static func documentLine(name: String, number: Int, code: String) -> String {
        "\(name): \(number) = \(code)"
    }

    private mutating func recode(column index: Int) {
        let column = layout.columns[index]
        var numbers: [String: Int] = [:]
        var taken: Set<Int> = []
        var order: [String] = []
        let codes = column.valueLabels.map(\.code) + column.missingCodes
        var next = max(0, codes.compactMap { Int($0) }.max() ?? 0) + 1
        /// A code that is a whole number keeps it (unless another code has it); the others take the next number.
        func assign(_ code: String) {
            guard numbers[code] == nil else { return }
            if let number = Int(code), !taken.contains(number) {
                numbers[code] = number
            } else {
                numbers[code] = next
                next += 1
            }
            taken.insert(numbers[code] ?? 0)
            order.append(code)
        }
        codes.forEach(assign)
        var labels = column.valueLabels
        for row in layout.rows.indices {
            guard case .text(let text) = layout.rows[row][index] else { continue }
            if numbers[text] == nil {
                if let number = Int(text), number >= next { next = number + 1 }
                assign(text)
                labels.append(ValueLabel(code: text, label: text))
            }
            layout.rows[row][index] = numbers[text].map { .number(Double($0)) }
        }
        var recoded = column
        recoded.storage = .numeric(decimals: 0)
        recoded.valueLabels = labels.map { ValueLabel(code: String(numbers[$0.code] ?? 0), label: $0.label) }
        recoded.missingCodes = column.missingCodes.map { String(numbers[$0] ?? 0) }
        layout.columns[index] = recoded
        for code in order {
            guard let number = numbers[code], String(number) != code else { continue }
            let line = Self.documentLine(name: column.name, number: number, code: code)
            if line.utf8.count <= Self.maximumDocumentLineBytes { documents.append(line) }
        }
    }
}
