import SurveyModel
import SurveyParser

/// Writing a survey in the format the command line chose (by file extension, see `SurveyFormat(path:)`).
enum SurveyFileFormat {
    /// The text of `survey` in `format`, as `SurveyWriter` writes it.
    static func text(of survey: Survey, as format: SurveyFormat) -> String {
        switch format {
        case .xml: SurveyWriter.xml(survey)
        case .json: SurveyWriter.json(survey)
        }
    }
}
