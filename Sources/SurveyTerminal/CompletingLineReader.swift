import SurveyCollector
/// Reads lines on a raw terminal for the note-taker and coder screens: a header wrapped to the width (the guide
/// section and its timer, or the text being coded), the most recent log lines, and a prompt with a `LineEditor`
/// whose Tab key completes the current word (`WordCompletion`) from caller-supplied candidates.
///
/// The whole screen is redrawn after every key, so it stays right after a resize. Enter returns the line;
/// Ctrl-C, Ctrl-D on an empty line and the end of input return nil (the caller stops; what was stored stays).
public final class CompletingLineReader: @unchecked Sendable {
    private let terminal: any TerminalDevice
    /// Lines shown under the header, most recent last (the transcript so far).
    public private(set) var log: [String] = []

    public init(terminal: any TerminalDevice) {
        self.terminal = terminal
    }

    /// Adds lines to the log shown under the header.
    public func append(_ lines: [String]) { log += lines }

    /// Reads one line. `candidates(textBeforeCursor)` gives the completions and the suffix to add after a unique one.
    public func readLine(
        prompt: String, header: [String], candidates: (String) -> (words: [String], suffix: String)
    ) throws -> String? {
        var editor = LineEditor()
        var hint: [String] = []
        while true {
            try draw(prompt: prompt, header: header, editor: editor, hint: hint)
            switch try terminal.nextEvent() {
            case .end: return nil
            case .resize: continue
            case .key(let key):
                hint = []
                switch key {
                case .enter: return editor.text
                case .interrupt: return nil
                case .endOfInput where editor.text.isEmpty: return nil
                case .tab:
                    let before = String(editor.text.prefix(editor.cursor))
                    let after = String(editor.text.dropFirst(editor.cursor))
                    let (words, suffix) = candidates(before)
                    let (completed, matches) = WordCompletion.complete(before, candidates: words, suffix: suffix)
                    editor.setText(completed + after)
                    for _ in 0..<after.count { editor.handle(.left) }
                    hint = matches.isEmpty ? [] : [matches.joined(separator: "  ")]
                default: editor.handle(key)
                }
            }
        }
    }

    private func draw(prompt: String, header: [String], editor: LineEditor, hint: [String]) throws {
        let size = terminal.size
        let width = max(10, size.columns)
        func clip(_ line: String) -> String { String(line.prefix(width)) }
        var lines = header.flatMap { TextWrap.lines($0, width: width) }
        lines.append(String(repeating: "─", count: min(width, 60)))
        let room = max(0, size.rows - lines.count - 2 - hint.count)
        lines += log.suffix(room).map(clip)
        lines += hint.map(clip)
        let (visible, column) = editor.visible(width: width - prompt.count)
        let row = lines.count + 1
        lines.append(prompt + visible)
        let frame =
            "\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n")
            + "\u{1B}[\(row);\(prompt.count + column + 1)H"
        try terminal.write(frame)
    }
}
