import SurveyModel
import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Screen renderer")
struct ScreenRendererTests {
    private static let rule = String(repeating: "─", count: 80)

    private func choiceModel() -> ScreenModel {
        ScreenModel(
            title: "Bank customer survey", section: "Your bank", progress: .init(current: 3, total: 12),
            question: "Overall, how satisfied are you with your bank?",
            options: [
                ScreenOption(key: "1", label: "Very satisfied", mark: .radio(selected: false)),
                ScreenOption(key: "2", label: "Satisfied", mark: .radio(selected: true)),
                ScreenOption(key: "3", label: "Dissatisfied", mark: .radio(selected: false)),
            ],
            highlighted: 1, message: ScreenMessage(.error, "Please choose one option."),
            hint: "1-3 choose  Enter confirm  < back  ? help"
        )
    }

    @Test func choiceScreenAt80x24ExactLines() {
        let screen = ScreenRenderer.render(choiceModel(), width: 80, height: 24)
        let expected =
            [
                "Bank customer survey" + String(repeating: " ", count: 56) + "3/12",
                "Your bank",
                Self.rule,
                "Overall, how satisfied are you with your bank?",
                "",
                "  ( ) 1. Very satisfied",
                "> (*) 2. Satisfied",
                "  ( ) 3. Dissatisfied",
            ] + Array(repeating: "", count: 13) + [
                "",
                "Error: Please choose one option.",
                "1-3 choose  Enter confirm  < back  ? help",
            ]
        #expect(screen.texts == expected)
        #expect(screen.lines.count == 24)
        #expect(screen.cursor == nil)
        #expect(screen.lines[6].style == .highlighted)
    }

    @Test func cjkTextWrapsAndTruncatesAtTwoCellsPerCharacter() {
        let question = String(repeating: "您对我们银行的服务满意吗", count: 8)
        let model = ScreenModel(
            title: String(repeating: "客户满意度调查", count: 6), section: "第一部分", progress: .init(current: 12, total: 40),
            question: question,
            options: [
                ScreenOption(key: "1", label: String(repeating: "非常满意", count: 12), mark: .radio(selected: false))
            ],
            input: InputLine(editor: LineEditor(text: "价格太高")), hint: "Enter 确认"
        )
        let screen = ScreenRenderer.render(model, width: 80, height: 24)
        for line in screen.texts { #expect(DisplayWidth.of(line) <= 80) }
        // Title: 84 cells cut to the 74 left of " 12/40": 36 characters (72 cells) + "…", padded by one cell.
        #expect(screen.texts[0] == String(String(repeating: "客户满意度调查", count: 6).prefix(36)) + "…  12/40")
        // 96 characters = 192 cells wrap to 40 characters (80 cells) per line.
        #expect(screen.texts[3] == String(question.prefix(40)))
        #expect(screen.texts[4] == String(question.dropFirst(40).prefix(40)))
        #expect(screen.texts[5] == String(question.dropFirst(80)))
        // The option line is cut with an ellipsis inside 80 cells: "  ( ) 1. " is 9 cells, then 35 wide characters.
        #expect(screen.texts[7] == "  ( ) 1. " + String(String(repeating: "非常满意", count: 12).prefix(35)) + "…")
        #expect(screen.texts[21] == "> 价格太高")
        #expect(screen.cursor?.row == 21)
        #expect(screen.cursor?.column == 10)
    }

    @Test func longOptionListsArePaginatedAroundTheHighlight() {
        let options = (1...30).map {
            ScreenOption(key: "\($0)", label: "Brand \($0)", mark: .checkbox(checked: $0 == 17))
        }
        let model = ScreenModel(title: "T", question: "Which brands do you know?", options: options, highlighted: 16)
        let screen = ScreenRenderer.render(model, width: 80, height: 24)
        // 24 rows - 3 header - 3 footer - question - blank = 16 option rows: 15 options and a "more" line.
        #expect(screen.texts[5] == "  [ ] 16. Brand 16")
        #expect(screen.texts[6] == "> [x] 17. Brand 17")
        #expect(screen.texts[19] == "  [ ] 30. Brand 30")
        #expect(screen.texts[20] == "  … 16-30 of 30 (page 2/2; Up/Down, PgUp/PgDn for more)")
        #expect(screen.lines.count == 24)
    }

    @Test func frameHasNoColourSequencesWithoutColour() {
        let screen = ScreenRenderer.render(choiceModel(), width: 80, height: 24)
        let plain = screen.frame(color: false)
        let colored = screen.frame(color: true)
        for sgr in ["0", "1", "2", "7", "1;31", "1;33", "1;36", "36"] { #expect(!plain.contains("\u{1B}[\(sgr)m")) }
        #expect(colored.contains("\u{1B}[7m> (*) 2. Satisfied\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;31mError: Please choose one option.\u{1B}[0m"))
        #expect(plain.hasPrefix("\u{1B}[?25l\u{1B}[H"))
    }

    @Test func colourFollowsNoColorAndTerm() {
        #expect(TerminalCapabilities(environment: ["TERM": "xterm-256color"], outputIsTerminal: true).color)
        #expect(!TerminalCapabilities(environment: ["TERM": "xterm", "NO_COLOR": "1"], outputIsTerminal: true).color)
        #expect(TerminalCapabilities(environment: ["TERM": "xterm", "NO_COLOR": ""], outputIsTerminal: true).color)
        #expect(!TerminalCapabilities(environment: ["TERM": "dumb"], outputIsTerminal: true).color)
        #expect(!TerminalCapabilities(environment: [:], outputIsTerminal: true).color)
        #expect(!TerminalCapabilities(environment: ["TERM": "xterm"], outputIsTerminal: false).color)
    }

    @Test func controlCharactersInTextsAreNeutralised() {
        let model = ScreenModel(title: "evil\u{1B}[2J", question: "Q\u{07}?", hint: "")
        let screen = ScreenRenderer.render(model, width: 80, height: 24)
        #expect(screen.texts[0] == "evil [2J")
        #expect(screen.texts[3] == "Q ?")
    }
}
