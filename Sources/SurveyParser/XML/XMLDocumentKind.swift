/// The kinds of XML document voc reads: the root element, its namespace and the built-in schema it must follow.
struct XMLDocumentKind: Sendable {
    var rootName: String
    var namespace: String
    var compiledSchema: CompiledSchema

    static let survey = XMLDocumentKind(
        rootName: "survey", namespace: SurveySchema.namespace, compiledSchema: CompiledSchema(xsd: SurveySchema.xsd))
}
