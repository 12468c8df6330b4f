/// The dictionary of an SPSS system file as `SAVReader` reads it: variables in file order, numeric value labels by
/// label-set name, document lines, the weight variable and the number of cases the header announces.
struct SAVDictionary: Sendable {
    /// One variable of the file.
    struct Variable: Sendable, Hashable {
        var name: String
        var label: String
        var isNumeric: Bool
        /// The name of its value-label set, if it has labels.
        var labelSet: String?
    }

    var variables: [Variable] = []
    /// Numeric value labels: label-set name → value → label.
    var valueLabels: [String: [Double: String]] = [:]
    /// The file's document lines (SPSS `DOCUMENT`), in order.
    var documents: [String] = []
    /// The position of the weight variable (`WEIGHT BY`) in `variables`, if any.
    var weightIndex: Int?
    /// The number of cases the header announces (-1 when it does not say).
    var caseCount = -1

    /// The labels of `variable` (empty when it has none).
    func labels(of variable: Variable) -> [Double: String] {
        variable.labelSet.flatMap { valueLabels[$0] } ?? [:]
    }
}
