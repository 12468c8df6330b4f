import Foundation
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore
import Testing

@testable import SurveyCollector
@testable import SurveyAnalysis

@Suite struct FocusSessionRunnerTests {
    static let guideXML = """
        <survey xmlns="https://voc.dev/schema/survey/1" id="fg" version="1.0.0" kind="focus-group" lang="en">
          <title>Guide</title>
          <section id="opening" stage="opening" minutes="10">
            <note id="q_open" kind="info"><text>Tell us your name.</text></note>
          </section>
          <section id="key" stage="key" minutes="40">
            <what id="pick" type="single"><text>Poll: pick one</text>
              <options><option code="a">A</option><option code="b">B</option></options>
            </what>
            <why id="why_pick" about="pick"><text>Why "{answer}"?</text></why>
          </section>
        </survey>
        """

    static let roster = [
        Participant(id: "P1", displayName: "Ann", attributes: ["age": "30"], consent: true),
        Participant(id: "P2", displayName: "Bo", consent: true),
        Participant(id: "P3", displayName: "Cy", consent: false),
    ]

    static func prepared() async throws -> (SQLiteStore, Survey, FocusSession, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fg-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        let guide = try #require(SurveyLoader.load(text: guideXML, path: "fg.xml", format: .xml).survey)
        let session = FocusSession(
            id: "s1", guideID: "fg", guideVersion: guide.version, title: "G", createdAt: Date(timeIntervalSince1970: 0))
        try await store.createSession(session, participants: roster)
        return (store, guide, session, path)
    }

    @Test func storesEveryLineAsEnteredAndResumesAtTheStoredSection() async throws {
        let (store, guide, session, path) = try await Self.prepared()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var runner = FocusSessionRunner(store: store, guide: guide, session: session, participants: Self.roster)
        let t0 = Date(timeIntervalSince1970: 100)
        #expect(try await runner.start(at: t0).output == ["== section opening"])
        #expect(
            runner.screen(at: t0.addingTimeInterval(125)) == [
                "[opening] opening", "elapsed 02:05, remaining 07:55", "  ask: Tell us your name.",
            ])
        let first = try await runner.handle("p1: ! I love cheap energy #price", number: 1, at: t0)
        #expect(first.output == ["[1] P1: I love cheap energy ! #price"])
        #expect(try await store.turns(sessionID: "s1").count == 1)
        let refused = try await runner.handle("P3: hi", number: 2, at: t0)
        #expect(
            refused.error
                == "line 2: error: participant P3 has no recorded consent and cannot take part; nothing stored")
        let unknown = try await runner.handle("no speaker here", number: 3, at: t0)
        #expect(unknown.error == "line 3: error: no speaker; write 'P3: text' (or 'MOD: text'); nothing stored")
        #expect(try await runner.handle("/next", number: 4, at: t0).output == ["== section key"])
        #expect(try await store.turns(sessionID: "s1").count == 1)

        // A crash here: a new runner from the stored session resumes in section "key".
        let stored = try #require(try await store.session(id: "s1"))
        var resumed = FocusSessionRunner(store: store, guide: guide, session: stored, participants: Self.roster)
        #expect(try await resumed.start(at: t0).output == ["== resuming at section key"])
        #expect(try await resumed.handle("/poll pick", number: 1, at: t0).output == ["poll pick: Poll: pick one"])
        #expect(
            try await resumed.handle("P1: c", number: 2, at: t0).error
                == "line 2: error: poll pick expects one of a, b; nothing stored")
        _ = try await resumed.handle("P1: a", number: 3, at: t0)
        let last = try await resumed.handle("P2: b", number: 4, at: t0)
        #expect(last.output == ["poll pick P2 answered", "poll pick closed: 2 answer(s)"])
        #expect(try await store.polls(sessionID: "s1") == ["pick": ["P1": .code("a"), "P2": .code("b")]])
        _ = try await resumed.handle("MOD: thanks", number: 5, at: t0.addingTimeInterval(30))
        #expect(try await resumed.handle("/end", number: 6, at: t0).ended)
        let turns = try await store.turns(sessionID: "s1")
        #expect(turns.map(\.turn.speaker) == ["P1", "MOD"])
        #expect(turns.map(\.turn.sectionID) == ["opening", "key"])
        #expect(turns[0].turn.isQuote && turns[0].turn.codes == ["price"])
        #expect(try await store.session(id: "s1")?.ended == true)
    }

    @Test func rosterLoaderReportsEveryProblemWithRowAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.csv").path
        try "id,name,consent,weight,age\nP1,Ann,yes,2,30\nP2,Bo,no,,61\n".write(
            toFile: good, atomically: true, encoding: .utf8)
        let participants = try RosterLoader.load(path: good)
        #expect(
            participants == [
                Participant(id: "P1", displayName: "Ann", attributes: ["age": "30"], consent: true, weight: 2),
                Participant(id: "P2", displayName: "Bo", attributes: ["age": "61"], consent: false),
            ])
        let bad = directory.appendingPathComponent("bad.csv").path
        try "id,name,consent,weight\nP1,Ann,maybe,1\nP1,Bo,yes,-1\nMOD,Cy,yes,1\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: RosterLoader.Failure.self) { try RosterLoader.load(path: bad) }
        do {
            _ = try RosterLoader.load(path: bad)
        } catch let failure as RosterLoader.Failure {
            #expect(
                failure.messages == [
                    "\(bad):2:3: error: consent must be yes or no",
                    "\(bad):3:1: error: duplicate participant id 'P1' (first on row 2)",
                    "\(bad):3:4: error: weight must be a positive number",
                    "\(bad):4:1: error: 'MOD' is reserved for the moderator",
                ])
        }
    }

    @Test func codeSelectionByNumberOrIdAndUnknownCodes() {
        let codebook = Codebook(
            id: "cb", title: "T", codes: [Code(id: "price", label: "P"), Code(id: "budget", label: "B")])
        #expect(CodeSelectionParser.parse("1, budget", codebook: codebook) == .success(.codes(["price", "budget"])))
        #expect(CodeSelectionParser.parse("none", codebook: codebook) == .success(.codes([])))
        #expect(CodeSelectionParser.parse("", codebook: codebook) == .success(.skip))
        #expect(
            CodeSelectionParser.parse("3 prize", codebook: codebook)
                == .failure(CodeSelectionError(message: "unknown codes '3', 'prize' (codebook 'cb' has 2 codes)")))
    }

    /// docs/methods.md §1.4 (T1): three respondents' ladders, coded step by step, assembled with the probed option first.
    @Test func ladderAssemblerBuildsTheWorkedExampleLadders() {
        let codebook = Codebook(
            id: "t1", title: "T1",
            codes: ["A1", "A2", "A3"].map { Code(id: $0, label: LocalizedText($0), level: .attribute) }
                + ["C1", "C2", "C3"].map { Code(id: $0, label: LocalizedText($0), level: .consequence) }
                + ["V1", "V2", "V3"].map { Code(id: $0, label: LocalizedText($0), level: .value) })
        let ladders = [
            ("r1", "A1", ["C1", "V1"]), ("r1", "A2", ["C2", "V1"]), ("r2", "A1", ["C1", "V2"]),
            ("r2", "A2", ["C2", "V1"]), ("r3", "A1", ["C1", "V1"]), ("r3", "A3", ["C3", "V3"]),
        ]
        var texts: [CodingText] = []
        var codes: [CodingUnit: [String]] = [:]
        for (respondent, option, steps) in ladders {
            for (depth, code) in steps.enumerated() {
                let unit = CodingUnit.why(responseID: respondent, probeID: "why", optionCode: option, depth: depth + 1)
                texts.append(CodingText(unit: unit, text: "…", person: respondent, speaker: respondent))
                codes[unit] = [code]
            }
        }
        let result = LadderAssembler.ladders(texts: texts, codes: codes, codebook: codebook).ladders.respondents
        #expect(result.map(\.id) == ["r1", "r2", "r3"])
        #expect(
            result.map(\.ladders) == [
                [["A1", "C1", "V1"], ["A2", "C2", "V1"]], [["A1", "C1", "V2"], ["A2", "C2", "V1"]],
                [["A1", "C1", "V1"], ["A3", "C3", "V3"]],
            ])
    }
}

@Suite struct ShippedCodebookRuleTests {
    /// The Chinese survey's codebook codes Chinese and English answers by its keywords (no word boundaries needed).
    @Test func npsThemesCodesChineseAndEnglish() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Surveys/codebooks/nps-themes.json").path
        let codebook = try #require(CodebookLoader.load(contentsOf: path).codebook)
        let coder = try RuleBasedCoder(codebook: codebook)
        #expect(coder.codes(for: "快递太慢了，而且价格太贵") == ["delivery", "price"])
        #expect(coder.codes(for: "产品质量很好") == ["quality"])
        #expect(coder.codes(for: "I want my money  back") == ["returns"])
        #expect(coder.codes(for: "Great customer SERVICE") == ["service"])
    }
}
