import Testing

@testable import SurveyWeb

@Suite struct FormFieldsTests {
    @Test func parsesRepeatedNamesPlusAndPercentEscapes() {
        let fields = FormFields(urlEncoded: "a=x&a=y&why=because+it%27s+%3Cfast%3E&bad=%ZZ&empty=")
        #expect(fields.all("a") == ["x", "y"])
        #expect(fields["why"] == "because it's <fast>")
        #expect(fields["bad"] == "%ZZ")
        #expect(fields["empty"] == "")
        #expect(fields.trimmed("empty") == nil)
    }
}
