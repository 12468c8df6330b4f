/// A column of a query result: by name, or by position (0-based) where the query lists its columns.
enum StoreColumn: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case name(String)
    case position(Int)

    init(stringLiteral name: String) { self = .name(name) }
    init(integerLiteral position: Int) { self = .position(position) }
}
