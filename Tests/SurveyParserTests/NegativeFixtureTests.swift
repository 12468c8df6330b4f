import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Every file in `Fixtures/invalid` with its full rendered diagnostics (`file:line:col: severity: message`,
/// the source line and the caret). Each fixture shows one kind of problem; semantic ones give the same messages
/// in both syntaxes (see `type-mismatch-code.xml` and `.json`).
@Suite struct NegativeFixtureTests {
    static let expectations: [String: String] = [
        "invalid/bad-semver.json": #"""
        invalid/bad-semver.json:3:15: error: '1.0' is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.0.0
          "version": "1.0",
                      ^
        """#,
        "invalid/computed-cycle.xml": #"""
        invalid/computed-cycle.xml:4:26: error: computed variable 'a' depends on itself: {a} → {b} → {c} → {a}
          <computed id="a" expr="{b} + 1"/>
                                 ^
        """#,
        "invalid/duplicate-ids.xml": #"""
        invalid/duplicate-ids.xml:4:13: error: duplicate id 'q1': already used by single question 'q1'
          <segments><segment id="q1" when="true"/></segments>
                    ^
        invalid/duplicate-ids.xml:5:3: error: duplicate section id 's1'
          <section id="s1">
          ^
        invalid/duplicate-ids.xml:8:70: error: duplicate code 'a' in question 'q1'
              <options><option code="a">A</option><option code="b">B</option><option code="a">A again</option></options>
                                                                             ^
        invalid/duplicate-ids.xml:10:5: error: duplicate id 'q1': already used by single question 'q1'
            <what id="q1" type="nps"><text>How likely?</text></what>
            ^
        """#,
        "invalid/forward-reference.xml": #"""
        invalid/forward-reference.xml:5:36: error: the condition of nps question 'q1' refers to {q2}, which is asked later
            <what id="q1" type="nps" when="{q2} &gt; 5"><text>How likely?</text></what>
                                           ^
        invalid/forward-reference.xml:6:39: error: the condition of rating question 'q2' refers to the question itself
            <what id="q2" type="rating" when="{q2} = 1">
                                              ^
        """#,
        "invalid/page-layout.json": #"""
        invalid/page-layout.json:4:12: error: 'sections' is not a valid page; use one of 'question', 'section'
          "page": "sections",
                   ^
        invalid/page-layout.json:7:27: error: 'all' is not a valid page; use one of 'question', 'section'
            {"id": "s1", "page": "all", "items": [{"what": {"id": "q1", "type": "nps", "text": "How likely?"}}]}
                                  ^
        """#,
        "invalid/page-layout.xml": #"""
        invalid/page-layout.xml:2:78: error: 'sections' is not a valid value of attribute 'page' on <survey>; use one of 'question', 'section'
        <survey xmlns="https://voc.dev/schema/survey/1" id="t" version="1.0.0" page="sections">
                                                                                     ^
        invalid/page-layout.xml:4:26: error: 'all' is not a valid value of attribute 'page' on <section>; use one of 'question', 'section'
          <section id="s1" page="all">
                                 ^
        """#,
        "invalid/json-escapes.json": #"""
        invalid/json-escapes.json:10:92: error: unknown variable {npz} (did you mean {nps}?)
                {"note": {"id": "n1", "text": "Sorry", "when": "{nps} <= 6 and \"\u00e9t\u00e9\" = {npz}"}}
                                                                                                   ^
        """#,
        "invalid/json-malformed.json": #"""
        invalid/json-malformed.json:6:30: error: expected a key in double quotes, found a trailing comma
            {"id": "s1", "items": [],}
                                     ^
        """#,
        "invalid/json-not-applicable.json": #"""
        invalid/json-not-applicable.json:9:18: error: question 'q1' (single) needs options
                {"what": {"id": "q1", "type": "single", "text": "Pick one", "scale": {"min": 1, "max": 5}}},
                         ^
        invalid/json-not-applicable.json:9:78: error: scale does not apply to a single question
                {"what": {"id": "q1", "type": "single", "text": "Pick one", "scale": {"min": 1, "max": 5}}},
                                                                                     ^
        invalid/json-not-applicable.json:10:65: error: 'top' does not apply to a rating question
                {"what": {"id": "q2", "type": "rating", "text": "Rate", "top": 3, "scale": {"min": 1, "max": 5}}}
                                                                        ^
        """#,
        "invalid/json-structure.json": #"""
        invalid/json-structure.json:9:31: error: unknown key "tpye" in what; did you mean "type"?
                {"what": {"id": "q1", "tpye": "single", "text": "Pick", "options": [{"code": "a", "label": "A"}]}},
                                      ^
        invalid/json-structure.json:10:81: error: "required" in what must be true or false, found a string
                {"what": {"id": "q2", "type": "nps", "text": "How likely?", "required": "yes"}},
                                                                                        ^
        invalid/json-structure.json:11:9: error: each item must be an object with one key, "what", "why" or "note"
                {"question": {"id": "q3"}},
                ^
        invalid/json-structure.json:12:54: error: "text" in what has no text in the default language "en"
                {"what": {"id": "q4", "type": "nps", "text": {"zh": "可能性？"}, "text": "x"}}
                                                             ^
        invalid/json-structure.json:12:70: error: duplicate key "text" in what
                {"what": {"id": "q4", "type": "nps", "text": {"zh": "可能性？"}, "text": "x"}}
                                                                                 ^
        """#,
        "invalid/json-unterminated-string.json": #"""
        invalid/json-unterminated-string.json:4:12: error: unterminated string (a line break must be written \n)
          "title": "满意度调查,
                   ^
        """#,
        "invalid/maxdiff-sizes.xml": #"""
        invalid/maxdiff-sizes.xml:5:43: error: per-set of question 'md' is 5, but it has only 3 items
            <what id="md" type="maxdiff" per-set="5" sets="0" seed="7">
                                                  ^
        invalid/maxdiff-sizes.xml:5:52: error: sets of question 'md' must be at least 1
            <what id="md" type="maxdiff" per-set="5" sets="0" seed="7">
                                                           ^
        """#,
        "invalid/multiple-min-max.json": #"""
        invalid/multiple-min-max.json:9:76: error: question 'q1' asks for at least 3 but at most 2 selections (min > max)
                {"what": {"id": "q1", "type": "multiple", "text": "Which?", "min": 3, "max": 2,
                                                                                   ^
        """#,
        "invalid/piping-unknown.xml": #"""
        invalid/piping-unknown.xml:6:36: error: unknown variable {nmae} (did you mean {name}?)
            <what id="q2" type="nps"><text>{nmae}, how likely are you to recommend us to {answer}?</text></what>
                                           ^
        invalid/piping-unknown.xml:6:82: error: {answer} can only be piped into the texts of a why probe
            <what id="q2" type="nps"><text>{nmae}, how likely are you to recommend us to {answer}?</text></what>
                                                                                         ^
        """#,
        "invalid/quota-unknown-segment.json": #"""
        invalid/quota-unknown-segment.json:9:32: error: unknown variable {yunger}
            {"id": "q_young", "when": "{yunger}", "target": 100}
                                       ^
        """#,
        "invalid/rating-range.xml": #"""
        invalid/rating-range.xml:7:19: error: the scale of question 'sat' must have min < max, but it is 5..1
              <scale min="5" max="1"><label value="7">Too high</label></scale>
                          ^
        invalid/rating-range.xml:7:44: error: scale label 7 of question 'sat' is outside 5..1
              <scale min="5" max="1"><label value="7">Too high</label></scale>
                                                   ^
        """#,
        "invalid/semantic-many.xml": #"""
        invalid/semantic-many.xml:4:35: error: unknown variable {olde}
          <quotas><quota id="q_old" when="{olde}" target="100"/></quotas>
                                          ^
        invalid/semantic-many.xml:6:40: error: min of question 'age' (120) is greater than its max (18)
            <what id="age" type="numeric" min="120" max="18"><text>Age?</text></what>
                                               ^
        invalid/semantic-many.xml:7:39: error: question 'm' asks for at least 3 but at most 2 selections (min > max)
            <what id="m" type="multiple" min="3" max="2">
                                              ^
        invalid/semantic-many.xml:7:39: error: min of question 'm' is 3, but it has only 2 options
            <what id="m" type="multiple" min="3" max="2">
                                              ^
        invalid/semantic-many.xml:11:38: error: top of question 'r' must be between 1 and its 1 items, but it is 4
            <what id="r" type="ranking" top="4"><text>Rank</text><options><option code="a">A</option></options></what>
                                             ^
        invalid/semantic-many.xml:12:33: error: type mismatch: '+' needs numbers, but 'x' is text
            <note id="n1" when="{age} + 'x' &gt; 3 and {m} &lt; 2"><text>Note</text></note>
                                        ^
        invalid/semantic-many.xml:12:48: error: type mismatch: choice codes of {m} have no order; compare with = or use in [...]
            <note id="n1" when="{age} + 'x' &gt; 3 and {m} &lt; 2"><text>Note</text></note>
                                                       ^
        """#,
        "invalid/type-mismatch-code.json": #"""
        invalid/type-mismatch-code.json:11:68: error: {channel} has no option with code 'mail' (its codes: '1', '2')
                {"note": {"id": "n1", "text": "Mail", "when": "{channel} = 'mail'"}},
                                                                           ^
        invalid/type-mismatch-code.json:12:67: error: type mismatch: {channel} is a choice code (text), but 2 is a number; write '2' (codes are text)
                {"note": {"id": "n2", "text": "App", "when": "{channel} = 2"}},
                                                                          ^
        invalid/type-mismatch-code.json:13:75: error: {channel} has no option with code '3' (its codes: '1', '2')
                {"note": {"id": "n3", "text": "Some", "when": "{channel} in ['1', '3']"}}
                                                                                  ^
        """#,
        "invalid/type-mismatch-code.xml": #"""
        invalid/type-mismatch-code.xml:9:37: error: {channel} has no option with code 'mail' (its codes: '1', '2')
            <note id="n1" when="{channel} = 'mail'"><text>Mail</text></note>
                                            ^
        invalid/type-mismatch-code.xml:10:37: error: type mismatch: {channel} is a choice code (text), but 2 is a number; write '2' (codes are text)
            <note id="n2" when="{channel} = 2"><text>App</text></note>
                                            ^
        invalid/type-mismatch-code.xml:11:44: error: {channel} has no option with code '3' (its codes: '1', '2')
            <note id="n3" when="{channel} in ['1', '3']"><text>Some</text></note>
                                                   ^
        """#,
        "invalid/type-mismatch-number-string.json": #"""
        invalid/type-mismatch-number-string.json:11:62: error: type mismatch: cannot compare {age} (a number) with 'old' (text)
                {"note": {"id": "n1", "text": "Hi", "when": "{age} = 'old' or {sat} >= '4'"}},
                                                                     ^
        invalid/type-mismatch-number-string.json:11:80: error: type mismatch: cannot compare {sat} (a number) with '4' (text)
                {"note": {"id": "n1", "text": "Hi", "when": "{age} = 'old' or {sat} >= '4'"}},
                                                                                       ^
        invalid/type-mismatch-number-string.json:12:54: error: the condition of note 'n2' must be true or false, but it is a number
                {"note": {"id": "n2", "text": "Hi", "when": "{sat} + 1"}}
                                                             ^
        """#,
        "invalid/unknown-function.xml": #"""
        invalid/unknown-function.xml:9:25: error: unknown function 'cont' (did you mean count()?)
            <note id="n1" when="cont({q1}) &gt; 1"><text>Many</text></note>
                                ^
        invalid/unknown-function.xml:10:25: error: count() takes 1 argument, but 2 are given
            <note id="n2" when="count({q1}, 2) = 1 or iif(true, 1)"><text>One</text></note>
                                ^
        invalid/unknown-function.xml:10:47: error: iif() takes 3 arguments, but 2 are given
            <note id="n2" when="count({q1}, 2) = 1 or iif(true, 1)"><text>One</text></note>
                                                      ^
        """#,
        "invalid/unknown-option-list.xml": #"""
        invalid/unknown-option-list.xml:5:5: warning: option list 'agree5' is never used
            <list id="agree5"><option code="1">Disagree</option><option code="5">Agree</option></list>
            ^
        invalid/unknown-option-list.xml:8:74: error: unknown option list 'agre5' (did you mean 'agree5'?)
            <what id="q1" type="single"><text>I trust them.</text><options list="agre5"/></what>
                                                                                 ^
        """#,
        "invalid/unknown-reference.xml": #"""
        invalid/unknown-reference.xml:6:36: error: unknown variable {chanel} (did you mean {channel}?)
            <what id="q2" type="nps" when="{chanel} = 'web'"><text>How likely?</text></what>
                                           ^
        invalid/unknown-reference.xml:7:41: error: unknown variable {nothing}
            <note id="n1" when="{q2} &gt; 8 and {nothing}"><text>Thanks</text></note>
                                                ^
        """#,
        "invalid/warnings.xml": #"""
        invalid/warnings.xml:6:5: warning: option list 'unused' is never used
            <list id="unused"><option code="1"><label>One</label><label lang="zh">一</label></option></list>
            ^
        invalid/warnings.xml:10:5: warning: nps question 'nps' has no 'zh' translation for: low, high
            <what id="nps" type="nps">
            ^
        invalid/warnings.xml:16:36: warning: the prompt of why probe 'w1' never pipes {answer}, so the respondent is not reminded what they are explaining
            <why id="w1" about="nps"><text>Why?</text><text lang="zh">为什么？</text></why>
                                           ^
        """#,
        "invalid/warnings-rotate.json": #"""
        invalid/warnings-rotate.json:7:31: warning: section 'brand' is the only section marked rotate, so it has nothing to rotate with; mark at least two sections or remove 'rotate'
            {"id": "brand", "rotate": true, "items": [{"note": {"id": "n1", "text": "About the brand."}}]},
                                      ^
        """#,
        "invalid/warnings-rotate.xml": #"""
        invalid/warnings-rotate.xml:7:31: warning: section 'brand' is the only section marked rotate, so it has nothing to rotate with; mark at least two sections or remove 'rotate'
          <section id="brand" rotate="true">
                                      ^
        """#,
        "invalid/why-probe-about.xml": #"""
        invalid/why-probe-about.xml:6:25: error: why probe 'w1' is about 'nps', which is asked later; move the probe after it
            <why id="w1" about="nps"><text>Why {answer}?</text></why>
                                ^
        invalid/why-probe-about.xml:8:25: error: why probe 'w2' is about 'nsp', which does not exist (did you mean 'nps'?)
            <why id="w2" about="nsp"><text>Why {answer}?</text></why>
                                ^
        invalid/why-probe-about.xml:9:25: error: why probe 'w3' must be about a what question, but 'intro' is note 'intro'
            <why id="w3" about="intro"><text>Why {answer}?</text></why>
                                ^
        invalid/why-probe-about.xml:10:35: error: why probe 'w4' is asked for each selected option, but 'nps' is an nps question; use a multiple or ranking question
            <why id="w4" about="nps" for="each-selected"><text>Why {answer}?</text></why>
                                          ^
        """#,
        "invalid/xml-billion-laughs.xml": #"""
        invalid/xml-billion-laughs.xml:2:1: error: DOCTYPE declarations are not allowed in survey files: DTDs and entities are refused for safety (no entity expansion, no external entities or DTDs)
        <!DOCTYPE lolz [
        ^
        """#,
        "invalid/xml-expression-syntax.xml": #"""
        invalid/xml-expression-syntax.xml:6:42: error: invalid expression: unexpected end of expression
            <note id="n1" when="{nps} &lt;= 6 and"><text>Sorry to hear.</text></note>
                                                 ^
        invalid/xml-expression-syntax.xml:7:42: error: invalid expression: unterminated string
            <note id="n2" when="{nps} &gt;= 9 or 'x"><text>Great.</text></note>
                                                 ^
        """#,
        "invalid/xml-external-dtd.xml": #"""
        invalid/xml-external-dtd.xml:2:1: error: DOCTYPE declarations are not allowed in survey files: DTDs and entities are refused for safety (no entity expansion, no external entities or DTDs)
        <!DOCTYPE survey SYSTEM "http://example.com/survey.dtd">
        ^
        """#,
        "invalid/xml-malformed.xml": #"""
        invalid/xml-malformed.xml:7:13: error: Opening and ending tag mismatch: what line 5 and section
          </section>
                    ^
        """#,
        "invalid/xml-missing-namespace.xml": #"""
        invalid/xml-missing-namespace.xml:2:1: error: the root element must be <survey xmlns="https://voc.dev/schema/survey/1"> (the namespace is missing)
        <survey id="t" version="1.0.0">
        ^
        """#,
        "invalid/xml-schema-attributes.xml": #"""
        invalid/xml-schema-attributes.xml:5:5: error: <what> is missing the required attribute 'type'
            <what id="q1" tpye="single">
            ^
        invalid/xml-schema-attributes.xml:5:19: error: attribute 'tpye' is not allowed on <what> (did you mean 'type'?)
            <what id="q1" tpye="single">
                          ^
        invalid/xml-schema-attributes.xml:9:25: error: 'singel' is not a valid value of attribute 'type' on <what>; use one of 'single', 'multiple', 'rating', 'nps', 'numeric', 'text', 'date', 'ranking', 'matrix', 'importance', 'maxdiff', 'kano'
            <what id="q2" type="singel" required="yes">
                                ^
        invalid/xml-schema-attributes.xml:9:43: error: 'yes' is not a valid value of attribute 'required' on <what>; expected true or false
            <what id="q2" type="singel" required="yes">
                                                  ^
        """#,
        "invalid/xml-schema-elements.xml": #"""
        invalid/xml-schema-elements.xml:5:5: error: <question> is not expected here; expected one of <title>, <what>, <why>, <note>
            <question id="q1" type="nps"><text>How likely?</text></question>
            ^
        invalid/xml-schema-elements.xml:8:30: error: <help> is not expected here; expected <text>
            <what id="q2" type="nps"><help>From 0 to 10</help></what>
                                     ^
        invalid/xml-schema-elements.xml:11:25: error: 'remark' is not a valid value of attribute 'kind' on <note>; use one of 'info', 'instruction', 'stimulus'
            <note id="n1" kind="remark"><text>Hello</text></note>
                                ^
        """#,
        "invalid/xml-xxe.xml": #"""
        invalid/xml-xxe.xml:3:3: error: DOCTYPE declarations are not allowed in survey files: DTDs and entities are refused for safety (no entity expansion, no external entities or DTDs)
          <!DOCTYPE survey [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
          ^
        """#,
    ]

    @Test(arguments: expectations.keys.sorted())
    func rendersTheFullDiagnostics(name: String) throws {
        let document = try Fixtures.load(name)
        #expect(document.rendered() == Self.expectations[name])
        if name.hasPrefix("invalid/warnings") {
            #expect(!document.hasErrors && document.survey != nil)
        } else {
            #expect(document.hasErrors && document.survey == nil)
        }
    }

    @Test func everyInvalidFixtureHasAnExpectation() throws {
        let keys = Set(Self.expectations.keys).union(QualityFixtureTests.expectations.keys)
        #expect(Set(try Fixtures.names(in: "invalid")) == keys)
        #expect(Self.expectations.count >= 25)
    }

    @Test func semanticMessagesAreTheSameInBothSyntaxes() throws {
        let xml = try Fixtures.load("invalid/type-mismatch-code.xml").diagnostics.map { $0.code + ": " + $0.message }
        let json = try Fixtures.load("invalid/type-mismatch-code.json").diagnostics.map { $0.code + ": " + $0.message }
        #expect(xml == json)
        #expect(xml.count == 3)
    }
}
