/// An invalid line in a scripted interview. Its description is `SOURCE:LINE: error: MESSAGE`.
public struct ScriptInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { "\(source):\(line): error: \(message)" }
}
