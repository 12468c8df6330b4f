import Foundation
import SurveyModel
import SurveyStore
import Testing

/// The interactive terminal end to end: the real `voc interview` in a real pseudo-terminal (tmux, 80×24), through
/// a survey with every question type, suspended with Ctrl-C and resumed with `--resume`, checking the screen at
/// each step and, afterwards and in between, the answers in the SQLite store.
@Suite("Terminal interview in tmux", .serialized)
struct TerminalInterviewTmuxTests {
    /// The built `voc` executable: `VOC_BINARY`, else next to the test bundle (`.build/<config>/voc`).
    static func vocBinary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["VOC_BINARY"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("voc").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/voc").path
        try #require(FileManager.default.isExecutableFile(atPath: fallback), "build voc first: swift build")
        return fallback
    }

    private func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs `voc ARGS` in tmux, then prints its exit status and the terminal modes it left behind
    /// (`[tty: icanon echo]` when restored from raw mode), and keeps the pane open for reading.
    private func start(
        _ arguments: [String], environment: [String: String] = ["TERM": "xterm-256color", "NO_COLOR": "1"]
    ) throws -> TmuxSession {
        // Set on the command line: tmux itself sets TERM in the pane (its default-terminal option).
        let settings = environment.merging(["LANG": "C.UTF-8"]) { current, _ in current }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["env"] + settings + [try Self.vocBinary()] + arguments).map(shellQuoted)
            .joined(separator: " ")
        let modes = "stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '"
        return try TmuxSession(
            command: command + "; echo \"[voc exited: $?]\"; echo \"[tty: $(\(modes))]\"; sleep 600")
    }

    /// A new temporary directory holding the test survey; returns the survey and store paths.
    private func makeSurvey() throws -> (directory: URL, survey: String, store: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let survey = directory.appendingPathComponent("ttybank.xml").path
        try TerminalInterviewSurvey.xml.write(toFile: survey, atomically: true, encoding: .utf8)
        return (directory, survey, directory.appendingPathComponent("ttybank.voc.sqlite").path)
    }

    private func storedResponses(_ store: String) async throws -> [Response] {
        let reader = try SQLiteStore(path: store)
        return try await reader.responses(ResponseQuery(surveyID: "ttybank")).map(\.response)
    }

    @Test func everyQuestionTypeSuspendResumeAndStoredAnswers() async throws {
        let (directory, survey, store) = try makeSurvey()
        defer { try? FileManager.default.removeItem(at: directory) }

        // Part 1: the first questions, then Ctrl-C and suspend.
        var tmux = try start(["interview", survey, "--store", store, "--respondent", "p1"])
        var screen = try tmux.waitFor("How did you first hear about us?")
        #expect(screen.count == 24)
        #expect(screen[0].hasPrefix("Bank customer survey") && screen[0].hasSuffix(" 1/13"))
        #expect(screen[0].count == 80)
        #expect(screen[1] == "About you")
        #expect(screen.contains("  ( ) 1. Website"))
        #expect(screen[23].contains("d don't know"))
        #expect(try !tmux.screen(escapes: true).joined().contains("\u{1B}[1m"), "NO_COLOR: no bold or colour")

        try tmux.type("3")
        try tmux.waitFor("> (*) 3. Other")
        try tmux.press("Enter")
        try tmux.waitFor("Please specify \"Other\":")
        try tmux.type("Radio ad")
        try tmux.press("Enter")
        try tmux.waitFor("Which products do you use?")
        // The answer was committed before this question was drawn.
        var stored = try await storedResponses(store)
        #expect(stored.count == 1)
        #expect(stored.first?.answers["channel"] == .code("other"))

        try tmux.type("13")
        screen = try tmux.waitFor("> [x] 3. Credit card")
        #expect(screen.contains("  [x] 1. Current account"))
        #expect(screen.contains("  [ ] 2. Savings"))
        try tmux.press("Enter")
        try tmux.waitFor("Thank you. Now a few ratings.")
        try tmux.press("C-c")
        try tmux.waitFor("Suspend this interview? y = save and quit")
        try tmux.type("y")
        try tmux.waitFor("[voc exited: ")
        try tmux.waitFor("[tty: icanon echo ]")
        // Back on the main screen: the resume command (joined, as a long path wraps at 80 columns).
        screen = try tmux.screen(joined: true)
        let resumeLine = try #require(screen.first { $0.contains("voc interview ") && $0.contains("--resume ") })
        let responseID = try #require(
            resumeLine.components(separatedBy: "--resume ").last?.split(separator: " ").first.map(String.init))
        stored = try await storedResponses(store)
        #expect(stored.first?.id == responseID)
        #expect(stored.first?.status == .inProgress)
        #expect(stored.first?.answers["products"] == .codes(["current", "card"]))
        tmux = try start(["interview", survey, "--store", store, "--resume", responseID])

        // Part 2: resumed where it stopped; every other question type.
        screen = try tmux.waitFor("Thank you. Now a few ratings.")
        #expect(screen[1] == "About you")
        try tmux.press("Enter")
        screen = try tmux.waitFor("How would you rate us overall?")
        #expect(screen[1] == "Ratings")
        #expect(screen.contains("  1. Very poor") && screen.contains("  5. Excellent"))
        try tmux.type("?")
        screen = try tmux.waitFor("Help: How would you rate us overall?")
        #expect(screen.contains { $0.hasPrefix("  Ctrl-C      suspend") })
        try tmux.press("Space")
        try tmux.waitUntil("the question again") { !$0.contains { $0.hasPrefix("Help:") } }
        try tmux.type("4")
        try tmux.press("Enter")

        screen = try tmux.waitFor("How likely are you to recommend us?")
        #expect(screen.contains("   0. Not at all likely") && screen.contains("  10. Extremely likely"))
        try tmux.type("11")
        try tmux.press("Enter")
        try tmux.waitFor("Error: ")
        try tmux.press("BSpace", "BSpace")
        try tmux.type("9")
        try tmux.press("Enter")

        screen = try tmux.waitFor("Why would you give us 9?")
        #expect(screen.contains { $0.contains("Why ladder, step 1 of up to 2.") })
        try tmux.type("Friendly staff")
        try tmux.press("Enter")
        try tmux.waitFor("Why is that important to you?")
        try tmux.type("I feel respected")
        try tmux.press("Enter")

        try tmux.waitFor("How old are you?")
        try tmux.type("105")
        try tmux.press("Enter")
        try tmux.waitFor("Warning: That age is unusual; please check.")
        try tmux.type("y")

        try tmux.waitFor("Your postcode (optional)")
        try tmux.type("SW1A1AA")
        try tmux.press("Left", "Left", "Left")
        try tmux.type(" ")
        try tmux.waitFor("> SW1A 1AA")
        try tmux.press("Enter")

        try tmux.waitFor("Since when are you a customer?")
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitUntil("a redraw at 100×30") { $0.count == 30 && $0[0].count == 100 }
        #expect(screen[0].hasSuffix(" 7/13"))
        #expect(screen.contains("Since when are you a customer?"))
        try tmux.resize(width: 80, height: 24)
        try tmux.waitUntil("a redraw at 80×24") { $0.count == 24 && $0[0].count == 80 }
        try tmux.type("2020-05-01")
        try tmux.press("Enter")

        try tmux.waitFor("Rank what matters most.")
        try tmux.type("23")
        screen = try tmux.waitFor("> [2] 3. A good app")
        #expect(screen.contains("  [1] 2. Good service") && screen.contains("  [ ] 1. Low fees"))
        try tmux.press("Enter")

        try tmux.waitFor("Row 1 of 2: Staff")
        try tmux.type("5")
        try tmux.press("Enter")
        try tmux.waitFor("Row 2 of 2: Branch")
        try tmux.type("<")
        screen = try tmux.waitFor("Row 1 of 2: Staff")
        #expect(screen.contains("> 5"))
        try tmux.press("Enter")
        try tmux.waitFor("Row 2 of 2: Branch")
        try tmux.type("3")
        try tmux.press("Enter")

        try tmux.waitFor("Importance, 1 of 1: Fast transfers")
        try tmux.type("5")
        try tmux.press("Enter")
        try tmux.waitFor("Performance, 1 of 1: Fast transfers")
        try tmux.type("4")
        try tmux.press("Enter")

        try tmux.waitFor("Set 1 of 2: which is MOST important?")
        try tmux.type("1")
        try tmux.press("Enter")
        screen = try tmux.waitFor("Set 1 of 2: which is LEAST important?")
        #expect(screen.contains { $0.hasPrefix("  (+) 1. Item ") })
        try tmux.type("3")
        try tmux.press("Enter")
        try tmux.waitFor("Set 2 of 2: which is MOST important?")
        try tmux.type("2")
        try tmux.press("Enter")
        try tmux.waitFor("Set 2 of 2: which is LEAST important?")
        try tmux.type("1")
        try tmux.press("Enter")

        screen = try tmux.waitFor("Feature 1 of 1: Mobile payments")
        #expect(screen.contains("If the app has mobile payments, how do you feel?"))
        #expect(screen.contains("  ( ) 1. I like it that way"))
        try tmux.type("1")
        try tmux.press("Enter")
        try tmux.waitFor("If the app has no mobile payments, how do you feel?")
        try tmux.type("5")
        try tmux.press("Enter")

        // CJK: 2 cells per character, so 40 characters fill an 80-column row.
        screen = try tmux.waitFor("您对我们的服务有什么建议？")
        let question = "您对我们的服务有什么建议？请告诉我们您的想法，我们会认真阅读每一条意见并不断改进我们的服务质量。"
        #expect(screen[3] == String(question.prefix(40)))
        #expect(screen[4] == String(question.dropFirst(40)))
        #expect(screen[0].hasSuffix(" 13/13"))
        try tmux.type("服务很好")
        try tmux.waitFor("> 服务很好")
        try tmux.press("Enter")
        try tmux.waitFor("[voc exited: 0]")
        try tmux.waitFor("[tty: icanon echo ]")

        // The store holds the one response, complete, with every answer.
        stored = try await storedResponses(store)
        try #require(stored.count == 1)
        let response = stored[0]
        #expect(response.status == .complete)
        let answers = response.answers
        #expect(answers["channel"] == .code("other"))
        #expect(response.otherTexts.values.contains("Radio ad"))
        #expect(answers["products"] == .codes(["current", "card"]))
        #expect(answers["overall"] == .number(4))
        #expect(answers["nps"] == .number(9))
        #expect(answers["age"] == .number(105))
        #expect(answers["postcode"] == .text("SW1A 1AA"))
        #expect(answers["since"] == .date("2020-05-01"))
        #expect(answers["rank"] == .ranking(["service", "app", "fees"]))
        #expect(answers["grid"] == .grid(["staff": 5, "branch": 3]))
        #expect(answers["needs"] == .grid(["speed": 5, "speed.perf": 4]))
        #expect(answers["kano"] == .grid(["pay.f": 1, "pay.d": 5]))
        #expect(answers["comment"] == .text("服务很好"))
        if case .maxDiff(let sets)? = answers["best"] {
            #expect(sets.count == 2)
            #expect(sets.allSatisfy { $0.shown.count == 3 })
            #expect(sets.first.map { $0.best == $0.shown[0] && $0.worst == $0.shown[2] } == true)
            #expect(sets.last.map { $0.best == $0.shown[1] && $0.worst == $0.shown[0] } == true)
        } else {
            Issue.record("no MaxDiff answer stored")
        }
        #expect(response.ladder.map(\.text) == ["Friendly staff", "I feel respected"])
        #expect(response.ladder.map(\.depth) == [1, 2])
    }

    @Test func colourOnlyWhenSupportedAndNotDisabled() throws {
        let (directory, survey, store) = try makeSurvey()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [([String: String], Bool)] = [
            (["TERM": "xterm-256color"], true), (["TERM": "xterm-256color", "NO_COLOR": "1"], false),
            (["TERM": "dumb"], false),
        ]
        for (index, (environment, colour)) in cases.enumerated() {
            let tmux = try start(
                ["interview", survey, "--store", store, "--respondent", "c\(index)"],
                environment: environment)
            try tmux.waitFor("How did you first hear about us?")
            try tmux.type("2")
            try tmux.waitFor("> (*) 2. A friend")
            let styled = try tmux.screen(escapes: true).joined(separator: "\n")
            #expect(styled.contains("\u{1B}[") == colour, "TERM=\(environment["TERM"] ?? "") colour \(colour)")
            try tmux.press("C-c")
            try tmux.waitFor("Suspend this interview?")
            try tmux.type("y")
            try tmux.waitFor("[tty: icanon echo ]")
        }
    }

    @Test func terminalIsRestoredWhenTheProcessIsTerminated() throws {
        let (directory, survey, store) = try makeSurvey()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try start(["interview", survey, "--store", store, "--respondent", "t1"])
        try tmux.waitFor("How did you first hear about us?")
        let shell = try #require(Int32(try tmux.panePID()))
        let voc = try #require(TmuxSession.children(of: shell).first)
        kill(voc, SIGTERM)
        try tmux.waitFor("[voc exited: 143]")
        try tmux.waitFor("[tty: icanon echo ]")
    }
}
