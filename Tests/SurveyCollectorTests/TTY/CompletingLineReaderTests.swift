import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite struct CompletingLineReaderTests {
    @Test func wordCompletionUniqueCommonPrefixAndNone() {
        #expect(WordCompletion.complete("p", candidates: ["P1", "P2", "MOD"], suffix: ": ") == ("p", ["P1", "P2"]))
        #expect(WordCompletion.complete("m", candidates: ["P1", "MOD"], suffix: ": ") == ("MOD: ", []))
        #expect(WordCompletion.complete("price bu", candidates: ["budget", "billing"]) == ("price budget ", []))
        #expect(
            WordCompletion.complete("sa", candidates: ["save_money", "saves_time"]) == (
                "save", ["save_money", "saves_time"]
            ))
        #expect(WordCompletion.complete("x", candidates: ["P1"]) == ("x", []))
    }

    @Test func tabCompletesTheSpeakerAndEnterReturnsTheLine() throws {
        var shown: [String] = []
        let terminal = FakeKeyTerminal(steps: [
            .keys(Key.typing("p") + [.tab]),
            .check { shown = $0 },
            .keys(Key.typing("3") + [.tab] + Key.typing("! cheap") + [.enter]),
        ])
        let reader = CompletingLineReader(terminal: terminal)
        reader.append(["[1] MOD: hello"])
        let line = try reader.readLine(prompt: "> ", header: ["[key] What matters", "elapsed 00:10"]) { before in
            before.contains(":") ? ([], "") : (["P1", "P3", "MOD"], ": ")
        }
        #expect(line == "P3: ! cheap")
        #expect(
            shown == [
                "[key] What matters", "elapsed 00:10", String(repeating: "─", count: 60),
                "[1] MOD: hello", "P1  P3", "> p",
            ])
        let end = try reader.readLine(prompt: "> ", header: []) { _ in ([], "") }
        #expect(end == nil)
    }
}
