import Foundation
import ArgumentParser
import SurveyAnalysis

/// The thresholds of `voc quality` (defaults and sources: `QualitySettings`, README "Data quality").
struct QualityThresholdOptions: ParsableArguments {
    @Option(help: ArgumentHelp("speeding below this fraction of the median duration.", valueName: "FRACTION"))
    var speeding = QualitySettings().speedingFraction

    @Option(
        name: .customLong("page-speed"),
        help: ArgumentHelp("page-speeding at this relative speed index or above.", valueName: "INDEX"))
    var pageSpeed = QualitySettings().pageSpeedIndex

    @Option(
        name: .customLong("straightline-rows"),
        help: ArgumentHelp("Judge straightlining in grids with at least this many answered rows.", valueName: "N"))
    var straightlineRows = QualitySettings().straightlineRows

    @Option(
        name: .customLong("near-duplicate"),
        help: ArgumentHelp("near-duplicate at this share of agreeing closed items or more.", valueName: "SHARE"))
    var nearDuplicate = QualitySettings().nearDuplicateShare

    @Option(
        name: .customLong("duplicate-chance"),
        help: ArgumentHelp(
            "Flag (near-)duplicates only when fewer responses than this would agree so much by chance.",
            valueName: "P"))
    var duplicateChance = QualitySettings().duplicateChance

    @Option(
        name: .customLong("open-min-words"),
        help: ArgumentHelp("open-short below this many words (two CJK characters count as one).", valueName: "W"))
    var openMinimumWords = QualitySettings().openMinimumWords

    @Option(
        name: .customLong("contact-attributes"),
        help: ArgumentHelp(
            "Respondent attributes compared for duplicate-contact (default: those named like email or phone).",
            valueName: "A,B"))
    var contactAttributes: String?

    @Option(
        name: .customLong("flagged-score"),
        help: ArgumentHelp("A response counts as flagged at this score or above.", valueName: "SCORE"))
    var flaggedScore = QualitySettings().flaggedScore

    func validate() throws {
        if !(speeding > 0 && speeding < 1) { throw ValidationError("--speeding must be between 0 and 1") }
        if !(pageSpeed > 1) { throw ValidationError("--page-speed must be more than 1") }
        if straightlineRows < 2 { throw ValidationError("--straightline-rows must be at least 2") }
        if !(nearDuplicate > 0.5 && nearDuplicate <= 1) {
            throw ValidationError("--near-duplicate must be more than 0.5 and at most 1")
        }
        if !(duplicateChance > 0 && duplicateChance < 1) {
            throw ValidationError("--duplicate-chance must be between 0 and 1")
        }
        if !(openMinimumWords >= 0) { throw ValidationError("--open-min-words must be zero or more") }
        if !(flaggedScore > 0) { throw ValidationError("--flagged-score must be more than 0") }
    }

    var settings: QualitySettings {
        var settings = QualitySettings()
        settings.speedingFraction = speeding
        settings.pageSpeedIndex = pageSpeed
        settings.straightlineRows = straightlineRows
        settings.nearDuplicateShare = nearDuplicate
        settings.duplicateChance = duplicateChance
        settings.openMinimumWords = openMinimumWords
        settings.contactAttributes = contactAttributes.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        settings.flaggedScore = flaggedScore
        return settings
    }
}
