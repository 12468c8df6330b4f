/// How one JSON object maps onto a `SourceNode` element of the XML syntax: which keys are scalar attributes,
/// which are localized texts and which hold child elements. This table is voc's structural JSON validation; it
/// mirrors `Schemas/survey.schema.json`.
struct JSONShape: Sendable {
    /// The JSON types a scalar key accepts.
    enum Scalar: Sendable {
        case string, boolean, integer, number
        /// A number or a string (codes, `min`/`max` which are numbers or dates).
        case numberOrString
        /// An array of language tags (XML: a space-separated list).
        case languageList
        /// An array of codes or values, each a string or a number (XML: a space-separated list).
        case codeList
    }

    /// How a key holding structure maps to child elements.
    enum Child: Sendable {
        /// An object: one child element `name` with the shape `shape`.
        case object(name: String, shape: String)
        /// An array of objects of shape `shape`, as `element` children, inside a `wrapper` element if given.
        case array(wrapper: String?, element: String)
        /// Options: an array of options, or `{"list": "ID"}`, as an `<options>` element.
        case options
        /// An object of strings, as `<metadata><entry key="…">value</entry></metadata>`.
        case metadata
        /// Section items: an array of `{"what": {…}}`, `{"why": {…}}` or `{"note": {…}}`.
        case items
        /// Scale labels: an array of `{"value": 1, "label": …}`, as `<label value="1">` elements.
        case scaleLabels
    }

    var scalars: [String: Scalar] = [:]
    /// Keys holding localized texts (a string, or an object keyed by language).
    var texts: Set<String> = []
    var children: [String: Child] = [:]

    /// Every key this shape accepts.
    var keys: [String] { Array(scalars.keys) + Array(texts) + Array(children.keys) }

    /// The shapes by element name.
    static let all: [String: JSONShape] = [
        "survey": JSONShape(
            scalars: [
                "$schema": .string, "id": .string, "version": .string, "kind": .string, "lang": .string,
                "translations": .languageList, "page": .string,
            ],
            texts: ["title", "description"],
            children: [
                "metadata": .metadata, "special-codes": .object(name: "special-codes", shape: "special-codes"),
                "attributes": .array(wrapper: "attributes", element: "attribute"),
                "option-lists": .array(wrapper: "option-lists", element: "list"),
                "computed": .array(wrapper: nil, element: "computed"),
                "segments": .array(wrapper: "segments", element: "segment"),
                "quotas": .array(wrapper: "quotas", element: "quota"),
                "weighting": .object(name: "weighting", shape: "weighting"),
                "consistency-rules": .array(wrapper: "consistency-rules", element: "rule"),
                "sections": .array(wrapper: nil, element: "section"),
            ]),
        "special-codes": JSONShape(scalars: ["dont-know": .numberOrString, "refused": .numberOrString]),
        "attribute": JSONShape(scalars: ["id": .string, "type": .string, "personal": .boolean], texts: ["label"]),
        "list": JSONShape(scalars: ["id": .string], children: ["options": .array(wrapper: nil, element: "option")]),
        "option": JSONShape(
            scalars: [
                "code": .numberOrString, "anchored": .boolean, "exclusive": .boolean, "other": .boolean,
                "when": .string,
            ],
            texts: ["label"]),
        "computed": JSONShape(scalars: ["id": .string, "expr": .string]),
        "segment": JSONShape(scalars: ["id": .string, "when": .string], texts: ["label"]),
        "quota": JSONShape(scalars: ["id": .string, "when": .string, "target": .integer]),
        "weighting": JSONShape(
            scalars: ["margins-file": .string], children: ["margins": .array(wrapper: nil, element: "margin")]),
        "margin": JSONShape(scalars: ["variable": .string, "level": .numberOrString, "target": .number]),
        "rule": JSONShape(scalars: ["id": .string, "when": .string], texts: ["message"]),
        "section": JSONShape(
            scalars: [
                "id": .string, "when": .string, "randomize": .boolean, "rotate": .boolean, "stage": .string,
                "minutes": .integer, "page": .string,
            ],
            texts: ["title"], children: ["items": .items]),
        "what": JSONShape(
            scalars: [
                "id": .string, "type": .string, "when": .string, "required": .boolean, "dont-know": .boolean,
                "refused": .boolean, "randomize": .boolean, "personal": .boolean, "min": .numberOrString,
                "max": .numberOrString, "integer": .boolean, "unit": .string, "max-length": .integer,
                "pattern": .string, "top": .integer, "per-set": .integer, "sets": .integer, "seed": .integer,
            ],
            texts: ["text", "help", "low", "high"],
            children: [
                "options": .options, "rows": .array(wrapper: "rows", element: "option"),
                "needs": .array(wrapper: "needs", element: "option"),
                "items": .array(wrapper: "items", element: "option"),
                "scale": .object(name: "scale", shape: "scale"),
                "performance": .object(name: "performance", shape: "scale"),
                "features": .array(wrapper: nil, element: "feature"),
                "checks": .array(wrapper: nil, element: "check"),
                "attention-check": .object(name: "attention-check", shape: "attention-check"),
            ]),
        "scale": JSONShape(scalars: ["min": .integer, "max": .integer], children: ["labels": .scaleLabels]),
        "feature": JSONShape(scalars: ["code": .numberOrString], texts: ["label", "functional", "dysfunctional"]),
        "check": JSONShape(scalars: ["when": .string, "severity": .string], texts: ["message"]),
        "attention-check": JSONShape(scalars: ["row": .numberOrString, "expect": .codeList]),
        "why": JSONShape(
            scalars: [
                "id": .string, "about": .string, "when": .string, "for": .string, "depth": .integer,
                "codebook": .string, "required": .boolean,
            ],
            texts: ["text", "ladder"]),
        "note": JSONShape(scalars: ["id": .string, "kind": .string, "when": .string], texts: ["text"]),
    ]
}
