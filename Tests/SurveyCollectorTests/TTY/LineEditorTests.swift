import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Line editor")
struct LineEditorTests {
    private func type(_ text: String, into editor: inout LineEditor) {
        for character in text { editor.handle(.character(character)) }
    }

    @Test func insertMoveAndDelete() {
        var editor = LineEditor()
        type("helo", into: &editor)
        editor.handle(.left)
        type("l", into: &editor)
        #expect(editor.text == "hello")
        editor.handle(.home)
        editor.handle(.delete)
        #expect(editor.text == "ello")
        editor.handle(.end)
        editor.handle(.backspace)
        #expect(editor.text == "ell")
        #expect(editor.cursor == 3)
        editor.handle(.home)
        editor.handle(.right)
        editor.handle(.control("k"))
        #expect(editor.text == "e")
        #expect(editor.handle(.enter) == false)
    }

    @Test func cjkCursorColumnsCountTwoCells() {
        var editor = LineEditor()
        type("价格ok", into: &editor)
        #expect(editor.visible(width: 20) == ("价格ok", 6))
        editor.handle(.left)
        editor.handle(.left)
        #expect(editor.visible(width: 20).cursorColumn == 4)
        editor.handle(.backspace)
        #expect(editor.text == "价ok")
        #expect(editor.visible(width: 20).cursorColumn == 2)
    }

    @Test func longLinesScrollToKeepTheCursorVisible() {
        var editor = LineEditor()
        type("一二三四五六七八九十", into: &editor)
        let shown = editor.visible(width: 9)
        // 20 cells of text in a 9-cell field: the end is shown, cursor after it, never splitting a character.
        #expect(shown.text == "七八九十")
        #expect(shown.cursorColumn == 8)
        editor.handle(.home)
        #expect(editor.visible(width: 9) == ("一二三四", 0))
    }

    @Test func maxLengthRefusesExtraCharacters() {
        var editor = LineEditor(maxLength: 3)
        type("abcd", into: &editor)
        #expect(editor.text == "abc")
    }
}
