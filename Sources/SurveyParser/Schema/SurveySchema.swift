/// The schemas of the two file syntaxes, built into the binary (`voc schema xml|json` prints them).
///
/// The sources are `Schemas/survey.xsd` and `Schemas/survey.schema.json` in the repository;
/// `Scripts/embed-files.sh` regenerates the embedded copies, and a test checks they are identical.
public enum SurveySchema {
    /// The XML namespace of survey files.
    public static let namespace = "https://voc.dev/schema/survey/1"
    /// The `$id` of the JSON Schema, usable as a JSON file's `"$schema"` value.
    public static let jsonSchemaID = "https://voc.dev/schema/survey/1/survey.schema.json"
}
