import ArgumentParser
import SurveyModel

/// A positional `STORE` (a store, or a survey file for its default store) with the `StoreOptions` and `--survey ID`
/// for a store holding several surveys: what `voc status` and `voc quality` work on.
struct StoreSurveyOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The store file, or a survey file (its default store).", valueName: "STORE"))
    var target: String

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "The survey id, when the store holds several surveys.")
    var survey: String?

    /// The store's path, and the survey asked for: `--survey`, else the survey file's; nil leaves the choice to
    /// `StudyStore` (the store's only survey).
    func resolve() throws -> (path: String, surveyID: String?) {
        let (path, surveyFromFile) = try storeOptions.resolve(target: target)
        return (path, survey ?? surveyFromFile?.id)
    }
}
