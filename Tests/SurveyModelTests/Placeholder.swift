import Testing
@testable import SurveyModel
