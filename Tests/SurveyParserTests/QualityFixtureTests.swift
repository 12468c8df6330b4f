import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// The invalid fixtures of attention checks and consistency rules with their full rendered diagnostics: every
/// problem of a file at once, each at its line and column. Semantic problems read the same in both syntaxes
/// (`attention-check.xml` and `.json`); structural ones come from the XML Schema or from the JSON rules.
@Suite struct QualityFixtureTests {
    static let expectations: [String: String] = [
        "invalid/attention-check.json": #"""
        invalid/attention-check.json:5:118: error: the attention check of question 'q1' has an empty 'expect'; list the answers it accepts
            {"what": {"id": "q1", "type": "single", "text": "Pick", "options": {"list": "yn"}, "attention-check": {"expect": []}}},
                                                                                                                             ^
        invalid/attention-check.json:7:45: error: the attention check of question 'q2' expects 'maybe', but the question has no option with code 'maybe' (its codes: 'y', 'n')
                      "attention-check": {"expect": ["y", "maybe"]}}},
                                                    ^
        invalid/attention-check.json:9:45: error: the attention check of question 'q3' expects '0', which is not a point of its scale 1..5
                      "attention-check": {"expect": [0, 3, 2.5]}}},
                                                    ^
        invalid/attention-check.json:9:45: error: the attention check of question 'q3' expects '2.5', which is not a point of its scale 1..5
                      "attention-check": {"expect": [0, 3, 2.5]}}},
                                                    ^
        invalid/attention-check.json:10:89: error: the attention check of question 'q4' names row 'x', but an nps question has no rows; remove 'row'
            {"what": {"id": "q4", "type": "nps", "text": "Likely?", "attention-check": {"row": "x", "expect": [11]}}},
                                                                                                ^
        invalid/attention-check.json:10:103: error: the attention check of question 'q4' expects '11', which is not a point of its scale 0..10
            {"what": {"id": "q4", "type": "nps", "text": "Likely?", "attention-check": {"row": "x", "expect": [11]}}},
                                                                                                              ^
        invalid/attention-check.json:13:43: error: the attention check of question 'q5' names row 'atn', but the question has no row 'atn' (did you mean 'attn'?)
                      "attention-check": {"row": "atn", "expect": [2]}}},
                                                  ^
        invalid/attention-check.json:15:65: error: the attention check of question 'q6' needs 'row': the code of the need that carries the instruction in an importance question
                      "scale": {"min": 1, "max": 5}, "attention-check": {"expect": [2]}}},
                                                                        ^
        invalid/attention-check.json:16:78: error: question 'q7' is a text question, which cannot carry an attention check; use a single, multiple, rating, nps, numeric, date, matrix or importance question
            {"what": {"id": "q7", "type": "text", "text": "Name", "attention-check": {"expect": ["x"]}}},
                                                                                     ^
        invalid/attention-check.json:17:108: error: question 'q8' is a ranking question, which cannot carry an attention check; use a single, multiple, rating, nps, numeric, date, matrix or importance question
            {"what": {"id": "q8", "type": "ranking", "text": "Rank", "options": {"list": "yn"}, "attention-check": {"expect": ["y"]}}},
                                                                                                                   ^
        invalid/attention-check.json:19:45: error: the attention check of question 'q9' expects '130', which is above the question's max 120
                      "attention-check": {"expect": [130, "abc", 2.5, -1]}}},
                                                    ^
        invalid/attention-check.json:19:45: error: the attention check of question 'q9' expects 'abc', which is not a number
                      "attention-check": {"expect": [130, "abc", 2.5, -1]}}},
                                                    ^
        invalid/attention-check.json:19:45: error: the attention check of question 'q9' expects '2.5', but the question takes whole numbers
                      "attention-check": {"expect": [130, "abc", 2.5, -1]}}},
                                                    ^
        invalid/attention-check.json:19:45: error: the attention check of question 'q9' expects '-1', which is below the question's min 0
                      "attention-check": {"expect": [130, "abc", 2.5, -1]}}},
                                                    ^
        invalid/attention-check.json:21:45: error: the attention check of question 'q10' expects 2 selected options, but the question allows at most 1
                      "attention-check": {"expect": ["y", "n"]}}},
                                                    ^
        invalid/attention-check.json:23:45: error: the attention check of question 'q11' expects '2025-12-31', which is before the question's min 2026-01-01
                      "attention-check": {"expect": ["2025-12-31", "soon"]}}}
                                                    ^
        invalid/attention-check.json:23:45: error: the attention check of question 'q11' expects 'soon', which is not a date written YYYY-MM-DD
                      "attention-check": {"expect": ["2025-12-31", "soon"]}}}
                                                    ^
        """#,
        "invalid/attention-check.xml": #"""
        invalid/attention-check.xml:6:95: error: the attention check of question 'q1' has an empty 'expect'; list the answers it accepts
            <what id="q1" type="single"><text>Pick</text><options list="yn"/><attention-check expect=" "/></what>
                                                                                                      ^
        invalid/attention-check.xml:7:95: error: the attention check of question 'q2' expects 'maybe', but the question has no option with code 'maybe' (its codes: 'y', 'n')
            <what id="q2" type="single"><text>Pick</text><options list="yn"/><attention-check expect="y maybe"/></what>
                                                                                                      ^
        invalid/attention-check.xml:8:99: error: the attention check of question 'q3' expects '0', which is not a point of its scale 1..5
            <what id="q3" type="rating"><text>Rate</text><scale min="1" max="5"/><attention-check expect="0,3,2.5"/></what>
                                                                                                          ^
        invalid/attention-check.xml:8:99: error: the attention check of question 'q3' expects '2.5', which is not a point of its scale 1..5
            <what id="q3" type="rating"><text>Rate</text><scale min="1" max="5"/><attention-check expect="0,3,2.5"/></what>
                                                                                                          ^
        invalid/attention-check.xml:9:72: error: the attention check of question 'q4' names row 'x', but an nps question has no rows; remove 'row'
            <what id="q4" type="nps"><text>Likely?</text><attention-check row="x" expect="11"/></what>
                                                                               ^
        invalid/attention-check.xml:9:83: error: the attention check of question 'q4' expects '11', which is not a point of its scale 0..10
            <what id="q4" type="nps"><text>Likely?</text><attention-check row="x" expect="11"/></what>
                                                                                          ^
        invalid/attention-check.xml:14:29: error: the attention check of question 'q5' names row 'atn', but the question has no row 'atn' (did you mean 'attn'?)
              <attention-check row="atn" expect="2"/>
                                    ^
        invalid/attention-check.xml:18:7: error: the attention check of question 'q6' needs 'row': the code of the need that carries the instruction in an importance question
              <attention-check expect="2"/>
              ^
        invalid/attention-check.xml:20:48: error: question 'q7' is a text question, which cannot carry an attention check; use a single, multiple, rating, nps, numeric, date, matrix or importance question
            <what id="q7" type="text"><text>Name</text><attention-check expect="x"/></what>
                                                       ^
        invalid/attention-check.xml:21:71: error: question 'q8' is a ranking question, which cannot carry an attention check; use a single, multiple, rating, nps, numeric, date, matrix or importance question
            <what id="q8" type="ranking"><text>Rank</text><options list="yn"/><attention-check expect="y"/></what>
                                                                              ^
        invalid/attention-check.xml:23:48: error: the attention check of question 'q9' expects '130', which is above the question's max 120
              <text>Age</text><attention-check expect="130 abc 2.5 -1"/>
                                                       ^
        invalid/attention-check.xml:23:48: error: the attention check of question 'q9' expects 'abc', which is not a number
              <text>Age</text><attention-check expect="130 abc 2.5 -1"/>
                                                       ^
        invalid/attention-check.xml:23:48: error: the attention check of question 'q9' expects '2.5', but the question takes whole numbers
              <text>Age</text><attention-check expect="130 abc 2.5 -1"/>
                                                       ^
        invalid/attention-check.xml:23:48: error: the attention check of question 'q9' expects '-1', which is below the question's min 0
              <text>Age</text><attention-check expect="130 abc 2.5 -1"/>
                                                       ^
        invalid/attention-check.xml:25:108: error: the attention check of question 'q10' expects 2 selected options, but the question allows at most 1
            <what id="q10" type="multiple" max="1"><text>Which?</text><options list="yn"/><attention-check expect="y n"/></what>
                                                                                                                   ^
        invalid/attention-check.xml:26:92: error: the attention check of question 'q11' expects '2025-12-31', which is before the question's min 2026-01-01
            <what id="q11" type="date" min="2026-01-01"><text>When?</text><attention-check expect="2025-12-31 soon"/></what>
                                                                                                   ^
        invalid/attention-check.xml:26:92: error: the attention check of question 'q11' expects 'soon', which is not a date written YYYY-MM-DD
            <what id="q11" type="date" min="2026-01-01"><text>When?</text><attention-check expect="2025-12-31 soon"/></what>
                                                                                                   ^
        """#,
        "invalid/consistency-expression-syntax.xml": #"""
        invalid/consistency-expression-syntax.xml:5:40: error: invalid expression: unexpected end of expression
            <rule id="broken" when="{q1} &lt;= "><message>Broken</message></rule>
                                               ^
        """#,
        "invalid/consistency-rules.json": #"""
        invalid/consistency-rules.json:4:5: error: missing message for consistency rule 'no_message'
            {"id": "no_message", "when": "{pick} = 'y'"},
            ^
        invalid/consistency-rules.json:5:30: error: invalid expression: empty expression
            {"id": "empty", "when": "", "message": "Empty"},
                                     ^
        invalid/consistency-rules.json:6:40: error: invalid expression: unexpected end of expression
            {"id": "syntax", "when": "{pick} = ", "message": "Broken"},
                                               ^
        invalid/consistency-rules.json:7:5: error: missing 'id' on rule
            {"when": "true", "message": "No id"}
            ^
        invalid/consistency-rules.json:11:34: error: missing 'expect' on attention-check
                      "attention-check": {"row": "y"}}}
                                         ^
        """#,
        "invalid/consistency-rules.xml": #"""
        invalid/consistency-rules.xml:7:5: error: duplicate consistency rule id 'adult'
            <rule id="adult" when="{agee} &gt;= 18"><message>Again</message></rule>
            ^
        invalid/consistency-rules.xml:7:28: error: unknown variable {agee} (did you mean {age}?)
            <rule id="adult" when="{agee} &gt;= 18"><message>Again</message></rule>
                                   ^
        invalid/consistency-rules.xml:8:26: error: consistency rule 'sum' must be true or false, but it is a number
            <rule id="sum" when="{age} + 1"><message>A number</message></rule>
                                 ^
        invalid/consistency-rules.xml:9:28: error: matrix question 'grid' has no row 'nope'
            <rule id="parts" when="{grid.nope} = 1 or {pick} = 'maybe' or {note1}"><message>Parts</message></rule>
                                   ^
        invalid/consistency-rules.xml:9:56: error: {pick} has no option with code 'maybe' (its codes: 'n', 'y')
            <rule id="parts" when="{grid.nope} = 1 or {pick} = 'maybe' or {note1}"><message>Parts</message></rule>
                                                               ^
        invalid/consistency-rules.xml:9:67: error: {note1} is note 'note1'; expressions can use what questions, computed variables, segments and attributes
            <rule id="parts" when="{grid.nope} = 1 or {pick} = 'maybe' or {note1}"><message>Parts</message></rule>
                                                                          ^
        invalid/consistency-rules.xml:10:47: error: unknown variable {nmae}
            <rule id="text" when="true"><message>Says {nmae}</message></rule>
                                                      ^
        """#,
        "invalid/quality-json-structure.json": #"""
        invalid/quality-json-structure.json:3:53: error: unknown key "mesage" in rule; did you mean "message"?
          "consistency-rules": [{"id": "r", "when": "true", "mesage": "Typo"}, {"id": "s", "when": "true", "message": 5}],
                                                            ^
        invalid/quality-json-structure.json:3:111: error: "message" in rule must be a string or an object of translations, found a number
          "consistency-rules": [{"id": "r", "when": "true", "mesage": "Typo"}, {"id": "s", "when": "true", "message": 5}],
                                                                                                                      ^
        invalid/quality-json-structure.json:5:91: error: "expect" in attention-check must be an array of codes (strings or numbers), found a string
            {"what": {"id": "q1", "type": "nps", "text": "Likely?", "attention-check": {"expect": "0"}}},
                                                                                                  ^
        invalid/quality-json-structure.json:6:92: error: "expect" in attention-check must be an array of codes (strings or numbers), found a boolean in it
            {"what": {"id": "q2", "type": "nps", "text": "Likely?", "attention-check": {"expect": [true]}}},
                                                                                                   ^
        invalid/quality-json-structure.json:7:81: error: unknown key "expected" in attention-check; did you mean "expect"?
            {"what": {"id": "q3", "type": "nps", "text": "Likely?", "attention-check": {"expected": [0]}}},
                                                                                        ^
        invalid/quality-json-structure.json:8:80: error: attention-check must be an object, found an array
            {"what": {"id": "q4", "type": "nps", "text": "Likely?", "attention-check": [{"expect": [0]}]}}
                                                                                       ^
        """#,
        "invalid/quality-xml-schema.xml": #"""
        invalid/quality-xml-schema.xml:5:5: error: <rule> is incomplete; expected <message>
            <rule id="no_message" when="true"/>
            ^
        invalid/quality-xml-schema.xml:6:28: error: attribute 'when' on <rule>: The value '' has a length of '0'; this underruns the allowed minimum length of '1'
            <rule id="empty" when=""><message>Empty</message></rule>
                                   ^
        invalid/quality-xml-schema.xml:9:50: error: <attention-check> is missing the required attribute 'expect'
            <what id="q1" type="nps"><text>Likely?</text><attention-check row="a"/></what>
                                                         ^
        invalid/quality-xml-schema.xml:10:79: error: <attention-check> is not expected here
            <what id="q2" type="nps"><text>Likely?</text><attention-check expect="0"/><attention-check expect="1"/></what>
                                                                                      ^
        invalid/quality-xml-schema.xml:11:79: error: <check> is not expected here
            <what id="q3" type="nps"><text>Likely?</text><attention-check expect="0"/><check when="true"><message>M</message></check></what>
                                                                                      ^
        """#,
    ]

    @Test(arguments: expectations.keys.sorted())
    func rendersTheFullDiagnostics(name: String) throws {
        let document = try Fixtures.load(name)
        #expect(document.rendered() == Self.expectations[name])
        #expect(document.hasErrors && document.survey == nil)
    }

    @Test func attentionCheckMessagesAreTheSameInBothSyntaxes() throws {
        let xml = try Fixtures.load("invalid/attention-check.xml").diagnostics.map { $0.code + ": " + $0.message }
        let json = try Fixtures.load("invalid/attention-check.json").diagnostics.map { $0.code + ": " + $0.message }
        #expect(xml == json)
        #expect(xml.count == 17)
    }

    @Test func surveysBuiltInCodeAreCheckedToo() throws {
        let grid = WhatQuestion(
            id: "grid", text: "Rate",
            kind: .matrix(rows: [ChoiceOption(code: "a", label: "A")], scale: RatingScale(min: 1, max: 5)),
            attentionCheck: AttentionCheck(expected: ["9"]))
        let rule = ConsistencyRule(id: "r", expression: try ExpressionParser.parse("{grid.b} = 1"), message: "M")
        let survey = Survey(
            id: "code", title: "Built in code", sections: [Section(id: "s1", items: [.what(grid)])],
            consistencyRules: [rule, rule])
        #expect(
            SurveyValidator.validate(survey, sourceMap: SourceMap()).map(\.description) == [
                "error: the attention check of question 'grid' needs 'row': the code of the row that carries the "
                    + "instruction in a matrix question",
                "error: the attention check of question 'grid' expects '9', which is not a point of its scale 1..5",
                "error: matrix question 'grid' has no row 'b'",
                "error: duplicate consistency rule id 'r'",
                "error: matrix question 'grid' has no row 'b'",
            ])
    }
}
