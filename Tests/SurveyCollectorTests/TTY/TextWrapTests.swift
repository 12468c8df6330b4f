import SurveyModel
import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Text wrap")
struct TextWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(
            TextWrap.lines("How likely are you to recommend us to a friend?", width: 20) == [
                "How likely are you", "to recommend us to a", "friend?",
            ])
    }

    @Test func breaksCJKBetweenCharactersByCells() {
        let lines = TextWrap.lines("您向朋友推荐我们的可能性有多大？", width: 10)
        #expect(lines == ["您向朋友推", "荐我们的可", "能性有多大", "？"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func mixedTextLongWordsAndParagraphs() {
        #expect(
            TextWrap.lines("NPS 推荐 supercalifragilistic\nend", width: 8) == [
                "NPS 推荐", "supercal", "ifragili", "stic", "end",
            ])
    }
}

@Suite("Text wrap spacing")
struct TextWrapSpacingTests {
    @Test func keepsIndentationAndAlignedColumnsButDropsSpacesAtBreaks() {
        #expect(TextWrap.lines("  Enter       confirms", width: 40) == ["  Enter       confirms"])
        #expect(TextWrap.lines("  aaaa   bbbb", width: 8) == ["  aaaa", "bbbb"])
    }
}
