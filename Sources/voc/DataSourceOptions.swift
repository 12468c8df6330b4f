import ArgumentParser

/// Where a statistics command reads respondents from.
///
/// Today: a CSV file (`--data FILE.csv`). This group is the seam for the survey store: a positional `STORE`
/// argument will join it, and `validate()` will then require exactly one of the two.
struct DataSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("CSV file with one row per respondent and a header row.",
                                            valueName: "FILE"))
    var data: String?

    func validate() throws {
        guard let data, !data.isEmpty else {
            throw ValidationError("give the respondents with --data FILE.csv (reading a store is not available yet)")
        }
    }

    /// The CSV path (validated).
    var csvPath: String { data ?? "" }
}
