/// The typed-input line: a prompt and the line editor's contents.
public struct InputLine: Sendable, Hashable {
    public var prompt: String
    public var editor: LineEditor

    public init(prompt: String = "> ", editor: LineEditor) {
        self.prompt = prompt
        self.editor = editor
    }
}
