/// A syntax error in an expression, at a character offset of the expression text.
public struct ExpressionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based character offset in the expression text.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "column \(offset + 1) of expression: \(message)" }
}
