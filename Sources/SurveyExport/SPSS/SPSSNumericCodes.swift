import SurveyModel

/// Numeric codes for the categorical variables of an SPSS file whose codes are text (`main_bank` with codes
/// `northbridge`, `city`, ...), so that every categorical variable carries numeric value labels, as SPSS users
/// expect (string value labels are limited to 8-byte strings, and most SPSS procedures want numbers).
///
/// A column is recoded when it is categorical (nominal, ordinal or binary measure, with value labels) and stored as
/// a string. Its labelled codes other than the special codes are numbered 1, 2, 3, ... in label order (option
/// order); "don't know" and "refused" keep their codes when these are numbers not otherwise used (voc's defaults
/// -1 and -2), else they get the next numbers, and stay user-missing; a value the labels do not know gets the next
/// number with the value itself as its label. The original codes are kept in the file's documents (SPSS `DISPLAY
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
        var order: [String] = []
        var next = 1
        func assign(_ code: String, _ number: Int? = nil) {
            guard numbers[code] == nil else { return }
            if let number {
                numbers[code] = number
            } else {
                numbers[code] = next
                next += 1
            }
            order.append(code)
        }
        let special = Set(column.missingCodes)
        for label in column.valueLabels where !special.contains(label.code) { assign(label.code) }
        let taken = Set(numbers.values)
        for code in column.missingCodes {
            if let number = Int(code), number < 1 || !taken.contains(number) {
                assign(code, number)
            } else {
                assign(code)
            }
        }
        var labels = column.valueLabels
        for row in layout.rows.indices {
            guard case .text(let text) = layout.rows[row][index] else { continue }
            if numbers[text] == nil {
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
