public import SurveyModel

/// Semantic checks of a survey, the same for XML and JSON files (and for surveys built in code, whose
/// diagnostics then have no positions).
///
/// Errors: duplicate ids; unknown option lists, references and functions; wrong arity; type mismatches
/// (including codes a question does not have); conditions that refer to the question itself or to a later one;
/// cycles among computed variables and segments; why probes about unknown, later or non-what questions;
/// impossible sizes (MaxDiff, rating scales, selections, ranking top); unknown piping references in texts;
/// attention checks on unsupported question types, with a missing, misplaced or unknown row, or accepting no
/// answer or one the question cannot take; consistency rules with a duplicate id or a condition that is not
/// true/false over known variables.
/// Warnings: missing translations, unused option lists, why prompts that never pipe `{answer}`, a single section
/// marked `rotate`, and other likely mistakes. Every problem is reported; nothing stops at the first.
public enum SurveyValidator {
    /// All semantic diagnostics of `survey`, positioned with `sourceMap`, in reporting order.
    public static func validate(_ survey: Survey, sourceMap: SourceMap) -> [Diagnostic] {
        var context = ValidationContext(survey: survey, sourceMap: sourceMap)
        context.declareSymbols()
        context.checkStructure()
        context.checkExpressions()
        context.checkQualityDeclarations()
        context.checkTexts()
        context.checkUsage()
        return context.diagnostics
    }
}
