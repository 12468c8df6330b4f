import Testing

@testable import SurveyModel

@Suite struct DiagnosticTests {
    @Test func rendersLikeACompilerWithWideCharacters() {
        let source = "<survey>\n  <title>满意度 {x</title>\n</survey>\n"
        let diagnostic = Diagnostic(
            .error, code: "bad-pipe", "unterminated piping reference",
            at: SourceLocation(file: "s.xml", line: 2, column: 14))
        #expect(
            diagnostic.rendered(source: source) == """
                s.xml:2:14: error: unterminated piping reference
                  <title>满意度 {x</title>
                                ^
                """)
    }

    @Test func semanticVersionsParseAndOrder() {
        #expect(SemanticVersion(parsing: "1.2.3") == SemanticVersion(1, 2, 3))
        #expect(SemanticVersion(parsing: "1.2") == nil)
        #expect(SemanticVersion(parsing: "1.2.3-beta.1")! < SemanticVersion(1, 2, 3))
        #expect(SemanticVersion(1, 10, 0) > SemanticVersion(1, 9, 9))
    }

    @Test func displayWidthCountsCJKAsTwoCells() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("满意度") == 6)
        #expect(DisplayWidth.truncate("满意度调查", to: 7) == "满意度…")
    }
}
