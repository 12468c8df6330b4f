import SurveyModel

/// A column before its storage is known: what it is and where its values come from.
struct ColumnCandidate {
    enum Kind { case codes, number, text }

    var sourceName: String
    var label: String
    var source: ExportColumn.Source
    var kind: Kind
    var measure: VariableMeasure
    var valueLabels: [ValueLabel] = []
    var missingCodes: [String] = []
    var personal = false
    var questionID: String?
    /// Fixed display decimals for numbers (the weight); nil derives them from the data.
    var decimals: Int?

    /// Numeric when every code and value is a number (and the kind is not text), else a string. `numbers` are
    /// the values parsed as numbers (nil for text columns).
    func storage(for values: [String?], numbers: [Double?]?) -> ExportColumn.Storage {
        let present = values.compactMap { $0 }.filter { !$0.isEmpty }
        let codes = valueLabels.map(\.code) + missingCodes
        let allNumbers =
            numbers.map { numbers in
                zip(values, numbers).allSatisfy { value, number in value?.isEmpty ?? true || number != nil }
            } ?? false
        if kind != .text, allNumbers, codes.allSatisfy({ Double($0) != nil }) {
            return .numeric(decimals: decimals ?? present.map(Self.decimalPlaces).max() ?? 0)
        }
        let widest = (present + codes).map(\.utf8.count).max() ?? 1
        return .string(width: max(1, widest))
    }

    /// Digits after the decimal point in a number's text (at most 6).
    static func decimalPlaces(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: "."), !text.contains("e"), !text.contains("E") else { return 0 }
        return min(6, text.distance(from: dot, to: text.endIndex) - 1)
    }
}
