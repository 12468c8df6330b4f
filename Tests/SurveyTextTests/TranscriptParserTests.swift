import SurveyModel
import Testing

@testable import SurveyText

@Suite struct TranscriptParserTests {
    @Test func plainTranscriptWithTimestampsQuotesAndCodes() {
        let text = """
            # group 1, Shanghai
            [00:00:05] MOD: Welcome everyone.
            [00:01:10] P1: ! Safety of my savings comes first #safety #peace-of-mind
            [00:01:30] P2: 收益更重要 #yield

            """
        let result = TranscriptParser.parse(text: text, path: "g1.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(result.turns.count == 3)
        #expect(
            result.turns[1]
                == TranscriptTurn(
                    speaker: "P1", text: "Safety of my savings comes first", start: 70, isQuote: true,
                    codes: ["safety", "peace-of-mind"], line: 3))
        #expect(result.turns[2].text == "收益更重要")
        #expect(result.turns[2].codes == ["yield"])
    }

    @Test func plainTranscriptReportsEveryProblemWithPositions() {
        let text = """
            [00:02:00] P1: first
            and then I said
            [00:01:00] P2: earlier than before
            [0x:10] P3: bad stamp
            """
        let result = TranscriptParser.parse(text: text, path: "bad.txt")
        #expect(
            result.diagnostics.map { $0.rendered(source: text) } == [
                """
                bad.txt:2:1: error: line has no speaker; write 'SPEAKER: text' (e.g. 'P3: …' or 'MOD: …')
                and then I said
                ^
                """,
                """
                bad.txt:3:1: error: timestamp 00:01:00 is earlier than the previous turn's 00:02:00
                [00:01:00] P2: earlier than before
                ^
                """,
                """
                bad.txt:4:1: error: malformed timestamp; write [hh:mm:ss] or [mm:ss]
                [0x:10] P3: bad stamp
                ^
                """,
            ])
    }

    @Test func webVTTWithVoiceTagsAndPrefixes() {
        let text = """
            WEBVTT

            NOTE exported by the recorder

            1
            00:00:01.000 --> 00:00:04.000
            <v Moderator>Why does that matter to you?</v>

            2
            00:00:04.500 --> 00:00:09.250
            Anna: Because I sleep better
            when my money is safe.
            """
        let result = TranscriptParser.parse(text: text, path: "g1.vtt")
        #expect(result.diagnostics.isEmpty)
        #expect(result.turns.map(\.speaker) == ["Moderator", "Anna"])
        #expect(result.turns[1].text == "Because I sleep better when my money is safe.")
        #expect(result.turns[1].start == 4.5)
        #expect(result.turns[1].end == 9.25)
        #expect(result.turns[1].line == 11)
    }

    @Test func overlappingAndSpeakerlessCuesAreErrors() {
        let text = """
            1
            00:00:01,000 --> 00:00:05,000
            P1: hello

            2
            00:00:04,000 --> 00:00:06,000
            no speaker here
            """
        let result = TranscriptParser.parse(text: text, path: "g.srt")
        #expect(
            result.diagnostics.map(\.description) == [
                "g.srt:6:1: error: cue starts at 00:00:04, before the previous cue ends at 00:00:05",
                "g.srt:7:1: error: cue has no speaker; start the text with 'SPEAKER:'",
            ])
    }

    @Test func vttNeedsItsHeader() {
        let result = TranscriptParser.parse(text: "00:00:01.000 --> 00:00:02.000\nP1: hi\n", path: "x.vtt")
        #expect(result.diagnostics.map(\.description) == ["x.vtt:1:1: error: a WebVTT file must start with 'WEBVTT'"])
    }
}
