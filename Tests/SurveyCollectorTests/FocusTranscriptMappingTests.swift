import SurveyModel
import Testing

@testable import SurveyCollector
@testable import SurveyAnalysis

@Suite struct FocusTranscriptMappingTests {
    let roster = [
        Participant(id: "P1", displayName: "Anna", attributes: ["age_band": "55+"], consent: true),
        Participant(id: "P2", displayName: "Wei", attributes: ["age_band": "18-34"], consent: true),
        Participant(id: "P3", displayName: "Olu", consent: false),
    ]

    @Test func mapsIdsNamesAndModeratorAndReportsUnknownAndNonConsenting() {
        let turns = [
            TranscriptTurn(speaker: "Moderator", text: "q", line: 1),
            TranscriptTurn(speaker: "anna", text: "a", line: 2),
            TranscriptTurn(speaker: "P2", text: "b", line: 3),
            TranscriptTurn(speaker: "Bob", text: "c", line: 4),
            TranscriptTurn(speaker: "Olu", text: "d", line: 5),
            TranscriptTurn(speaker: "Bob", text: "e", line: 9),
        ]
        let (mapped, diagnostics) = SpeakerMapper.map(turns, roster: roster, path: "g.vtt")
        #expect(mapped.map(\.speaker) == ["MOD", "P1", "P2"])
        #expect(
            diagnostics.map(\.description) == [
                "g.vtt:4:1: error: unknown speaker 'Bob' on lines 4, 9; add it to the roster or map it with --speaker LABEL=ID",
                "g.vtt:5:1: error: participant P3 has no recorded consent; their 1 turn(s) (first on line 5) cannot be stored",
            ])
        let (explicit, none) = SpeakerMapper.map(
            [TranscriptTurn(speaker: "Bob", text: "c", line: 4)], roster: roster, explicit: ["Bob": "P2"], path: "g")
        #expect(explicit.map(\.speaker) == ["P2"])
        #expect(none.isEmpty)
    }

    @Test func ruleBasedCoderMatchesKeywordsAndPatternsInAnyScript() throws {
        let codebook = Codebook(
            id: "needs", title: "Needs",
            codes: [
                Code(id: "safety", label: "Safety", level: .attribute, rules: [.keyword("safe"), .keyword("安全")]),
                Code(id: "yield", label: "Yield", level: .attribute, rules: [.pattern(#"\b(interest|yield|收益)"#)]),
                Code(id: "calm", label: "Peace of mind", level: .consequence, rules: [.keyword("SLEEP")]),
                Code(id: "uncoded", label: "Other"),
            ])
        let coder = try RuleBasedCoder(codebook: codebook)
        // Codes come in the order they first appear in the text (ladders follow it).
        #expect(coder.codes(for: "I sleep better when it's SAFE") == ["calm", "safety"])
        #expect(coder.codes(for: "SAFE, so I sleep better") == ["safety", "calm"])
        #expect(coder.codes(for: "资金安全，收益其次") == ["safety", "yield"])
        #expect(coder.codes(for: "Interest rates") == ["yield"])
        #expect(coder.codes(for: "nothing") == [])
        #expect(throws: RuleBasedCoderError(code: "bad", pattern: "(")) {
            try RuleBasedCoder(
                codebook: Codebook(id: "x", title: "x", codes: [Code(id: "bad", label: "b", rules: [.pattern("(")])]))
        }
    }
}
