import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

@Suite struct CodebookLoaderTests {
    @Test func loadsXMLWithLevelsRulesParentsAndTranslations() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <codebook xmlns="https://voc.dev/schema/codebook/1" id="cb" lang="en">
              <title>Needs</title>
              <title lang="zh">需求</title>
              <code id="price" level="attribute"><label>Price</label><label lang="zh">价格</label>
                <keyword>cheap</keyword><keyword>便宜</keyword><pattern>\\bfee(s)?\\b</pattern></code>
              <code id="budget" level="consequence" parent="price"><label>Budget</label>
                <description>Can plan spending</description></code>
              <code id="security" level="value"><label>Security</label></code>
            </codebook>
            """
        let document = CodebookLoader.load(text: xml, path: "cb.xml", format: .xml)
        #expect(document.diagnostics.isEmpty, "\(document.rendered())")
        let codebook = try #require(document.codebook)
        #expect(codebook.id == "cb")
        #expect(codebook.title.translations["zh"] == "需求")
        #expect(codebook.codes.map(\.id) == ["price", "budget", "security"])
        #expect(codebook.codes.map(\.level) == [.attribute, .consequence, .value])
        #expect(codebook.code("price")?.rules == [.keyword("cheap"), .keyword("便宜"), .pattern(#"\bfee(s)?\b"#)])
        #expect(codebook.code("price")?.label.translations["zh"] == "价格")
        #expect(codebook.code("budget")?.parent == "price")
        #expect(codebook.code("budget")?.description?.text == "Can plan spending")
    }

    @Test func loadsJSONWithLocalizedObjects() throws {
        let json = """
            {"id": "nps", "lang": "en", "title": {"en": "Themes", "zh": "主题"},
             "codes": [
               {"id": "delivery", "label": {"en": "Delivery", "zh": "配送"}, "keywords": ["late", "快递"]},
               {"id": "returns", "label": "Returns", "patterns": ["money\\\\s+back"], "parent": "delivery"}
             ]}
            """
        let document = CodebookLoader.load(text: json, path: "nps.json", format: .json)
        #expect(document.diagnostics.isEmpty, "\(document.rendered())")
        let codebook = try #require(document.codebook)
        #expect(codebook.title.translations["zh"] == "主题")
        #expect(codebook.code("delivery")?.rules == [.keyword("late"), .keyword("快递")])
        #expect(codebook.code("returns")?.rules == [.pattern(#"money\s+back"#)])
        #expect(codebook.code("returns")?.level == nil)
    }

    @Test func shippedCodebooksLoad() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Surveys/codebooks")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.count >= 7)
        for file in files {
            let document = CodebookLoader.load(contentsOf: directory.appendingPathComponent(file).path)
            #expect(!document.hasErrors, "\(file): \(document.rendered())")
            #expect(document.codebook?.id == String(file.prefix { $0 != "." }))
        }
    }

    @Test func xmlSemanticErrorsAreAllReportedWithPositions() {
        let xml = """
            <codebook xmlns="https://voc.dev/schema/codebook/1" id="cb">
              <title>T</title>
              <code id="a" level="attribute"><label>A</label><pattern>(unclosed</pattern></code>
              <code id="a"><label>Again</label></code>
              <code id="b" parent="zz"><label>B</label></code>
              <code id="c" parent="d"><label>C</label></code>
              <code id="d" parent="c"><label>D</label></code>
            </codebook>
            """
        let document = CodebookLoader.load(text: xml, path: "bad.xml", format: .xml)
        #expect(document.codebook == nil)
        #expect(
            document.rendered() == """
                bad.xml:3:59: error: invalid regular expression in code 'a'
                  <code id="a" level="attribute"><label>A</label><pattern>(unclosed</pattern></code>
                                                                          ^
                bad.xml:4:13: error: duplicate code id 'a'
                  <code id="a"><label>Again</label></code>
                            ^
                bad.xml:5:24: error: code 'b' has an unknown parent 'zz'
                  <code id="b" parent="zz"><label>B</label></code>
                                       ^
                bad.xml:6:24: error: code 'c' is its own ancestor (a cycle of parents)
                  <code id="c" parent="d"><label>C</label></code>
                                       ^
                bad.xml:7:24: error: code 'd' is its own ancestor (a cycle of parents)
                  <code id="d" parent="c"><label>D</label></code>
                                       ^
                """)
    }

    @Test func xmlSchemaErrorsNameLineAndColumn() {
        let xml = """
            <codebook xmlns="https://voc.dev/schema/codebook/1" id="cb">
              <title>T</title>
              <code id="a" level="goal"><label>A</label></code>
            </codebook>
            """
        let document = CodebookLoader.load(text: xml, path: "schema.xml", format: .xml)
        #expect(document.codebook == nil)
        #expect(
            document.rendered() == """
                schema.xml:3:23: error: 'goal' is not a valid value of attribute 'level' on <code>; \
                use one of 'attribute', 'consequence', 'value'
                  <code id="a" level="goal"><label>A</label></code>
                                      ^
                """)
    }

    @Test func jsonErrorsAreAllReportedWithPositions() {
        let json = """
            {"id": "cb", "title": "T", "codes": [
              {"id": "a", "label": "A", "level": "goal", "colour": "red"},
              {"id": "b", "label": "B", "keywords": [1]},
              {"label": "no id"}
            ]}
            """
        let document = CodebookLoader.load(text: json, path: "bad.json", format: .json)
        #expect(document.codebook == nil)
        #expect(
            document.rendered() == """
                bad.json:2:39: error: unknown level 'goal' of code 'a'; use attribute, consequence or value
                  {"id": "a", "label": "A", "level": "goal", "colour": "red"},
                                                      ^
                bad.json:2:46: error: unknown key 'colour' in a code
                  {"id": "a", "label": "A", "level": "goal", "colour": "red"},
                                                             ^
                bad.json:3:42: error: 'keywords' must contain strings, not a number
                  {"id": "b", "label": "B", "keywords": [1]},
                                                         ^
                bad.json:4:3: error: a code needs an 'id'
                  {"label": "no id"}
                  ^
                """)
    }
}

/// A codebook may let ladders link codes of the same level (docs/methods.md §1.3).
@Suite struct CodebookSameLevelLinksTests {
    @Test func xmlAndJSONDeclareTheSameLevels() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <codebook xmlns="https://voc.dev/schema/codebook/1" id="cb" same-level-links="consequence value">
              <title>Needs</title>
              <code id="price" level="attribute"><label>Price</label></code>
            </codebook>
            """
        let fromXML = CodebookLoader.load(text: xml, path: "cb.xml", format: .xml)
        #expect(fromXML.diagnostics.isEmpty, "\(fromXML.rendered())")
        #expect(fromXML.codebook?.sameLevelLinks == [.consequence, .value])
        let json = """
            {"id": "cb", "title": "Needs", "sameLevelLinks": ["value"],
             "codes": [{"id": "price", "label": "Price", "level": "attribute"}]}
            """
        let fromJSON = CodebookLoader.load(text: json, path: "cb.json", format: .json)
        #expect(fromJSON.diagnostics.isEmpty, "\(fromJSON.rendered())")
        #expect(fromJSON.codebook?.sameLevelLinks == [.value])
        let none = CodebookLoader.load(
            text: xml.replacingOccurrences(of: " same-level-links=\"consequence value\"", with: ""), path: "cb.xml",
            format: .xml)
        #expect(none.codebook?.sameLevelLinks == [])
    }

    @Test func attributesCannotLinkToAttributes() throws {
        let json = """
            {"id": "cb", "title": "Needs", "sameLevelLinks": ["attribute", "values"],
             "codes": [{"id": "price", "label": "Price", "level": "attribute"}]}
            """
        let document = CodebookLoader.load(text: json, path: "cb.json", format: .json)
        #expect(document.hasErrors)
        #expect(
            document.diagnostics.map(\.message) == [
                "attributes cannot link to attributes in a ladder (a new attribute starts a new ladder); "
                    + "same-level-links takes consequence and value",
                "unknown level 'values' in same-level-links; use consequence or value",
            ])
        #expect(
            document.diagnostics.allSatisfy { $0.location?.line == 1 && $0.location?.column == 50 },
            "\(document.rendered())")
    }
}
