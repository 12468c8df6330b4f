import GRDB

/// GRDB's rows read as `StoreRow`s (GRDB's fast column decoding, by position or by name; a NULL read as a
/// non-optional value is a programming error, as with GRDB's own subscripts).
extension Row: StoreRow {
    func text(_ column: StoreColumn) -> String { value(column) }
    func optionalText(_ column: StoreColumn) -> String? { optionalValue(column) }
    func integer(_ column: StoreColumn) -> Int { value(column) }
    func optionalInteger(_ column: StoreColumn) -> Int? { optionalValue(column) }
    func int64(_ column: StoreColumn) -> Int64 { value(column) }
    func double(_ column: StoreColumn) -> Double { value(column) }
    func optionalDouble(_ column: StoreColumn) -> Double? { optionalValue(column) }
    func bool(_ column: StoreColumn) -> Bool { value(column) }

    private func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ column: StoreColumn) -> Value {
        switch column {
        case .name(let name): self[name]
        case .position(let position): self[position]
        }
    }

    private func optionalValue<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ column: StoreColumn
    ) -> Value? {
        switch column {
        case .name(let name): self[name]
        case .position(let position): self[position]
        }
    }
}
