import SurveyModel
@testable import SurveyParser
import Testing

@Suite struct XMLWriterTests {
    @Test func escapesAndNests() throws {
        let writer = try XMLWriter(indent: false)
        try writer.startElement("a")
        try writer.attribute("x", "1 < 2 & \"q\"")
        try writer.element("b", text: "Tom & Jerry <3 \u{1}")
        try writer.comment("not -- here")
        let xml = try writer.finish()
        #expect(
            xml.contains("<a x=\"1 &lt; 2 &amp; &quot;q&quot;\"><b>Tom &amp; Jerry &lt;3 </b><!--not - - here--></a>"))
        #expect(throws: XMLWriterError.self) { try writer.startElement("c") }
    }

    /// The escaper of the survey writer and the `.xlsx` writer: markup escaped, characters XML 1.0 cannot hold left
    /// out (as the libxml2 writer above does).
    @Test func textEscaperLeavesOutWhatXMLCannotHold() {
        #expect(XMLElementOut.escape("a\u{1}<b>\u{FFFE}&\t\n", attribute: false) == "a&lt;b&gt;&amp;\t\n")
        #expect(XMLElementOut.escape("\"x\"\u{0B}\t\r\n", attribute: true) == "&quot;x&quot;&#9;&#13;&#10;")
        #expect(XLSXWriter.escaped("Tom\u{7} & Jerry") == "Tom &amp; Jerry")
    }

    @Test func validatesAgainstSchema() {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="n" type="xs:integer"/>
            </xs:schema>
            """
        #expect(XMLSchemaValidator.validate(xml: "<n>4</n>", xsd: xsd).isEmpty)
        let bad = XMLSchemaValidator.validate(xml: "<n>four</n>", xsd: xsd, xmlName: "n.xml")
        #expect(bad.first?.code == "xsd-violation" && bad.first?.location?.line == 1)
        #expect(XMLSchemaValidator.validate(xml: "<n>4</n>", xsd: "<nope/>").first?.code == "xsd-invalid")
    }
}
