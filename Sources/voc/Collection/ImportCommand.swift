import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyCollector
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc import SURVEY FILE...`: checks and stores responses from CSV, JSON Lines and SPSS files.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import responses from CSV (as exported), JSON Lines, SPSS (.sav, .zsav) files and Qualtrics, "
                + "LimeSurvey and KoboToolbox/ODK CSV exports, checked against the survey.",
            discussion: """
                Each response is checked for types, ranges, codes and logic (answers to questions its conditions \
                skip are errors). Every error is reported as file:row:column; valid responses are stored and the \
                command exits with status 1 when any row was rejected. --all-or-nothing stores a file only when it \
                has no error at all, in one transaction. Response ids already in the store are skipped, so \
                importing a file again changes nothing. A CSV file X.csv brings its why answers from X.why.csv. \
                Files must be UTF-8: text that is not is an error at its row and column. Times a file does not \
                give stay unknown: no started_at means no start time, and a complete response without \
                completed_at has no completion time (both export as empty cells). \
                SPSS system files (.sav, .zsav) are recognised by their content, whatever their name: variables are \
                matched to the survey's columns by name (as voc export --format sav writes them, ignoring case), \
                numeric codes are read back through the file's documents or value labels, why columns become why \
                answers and the weight variable is left out. --map FILE names the column of the others: a CSV file \
                with the header variable,column and one row per variable (an empty column leaves it out). An SPSS \
                file is stored in one transaction; its errors are located FILE:CASE:POSITION (POSITION being the \
                variable's position in the file, CASE 0 its dictionary) and name the variable, and a file that is \
                truncated or does not fit the survey stores nothing. \
                Other tools' CSV exports are recognised by their content too: Qualtrics (the third header row of \
                {"ImportId":...}), LimeSurvey (question code headings: id, submitdate, Q1, Q2[SQ001], ...) and \
                KoboToolbox or ODK Central (_uuid, meta/instanceID or KEY; group/question columns). Convert the \
                tool's survey with voc convert first: columns are matched to its question names and option codes, \
                choice text is read back to codes, a response not finished (Qualtrics Finished 0, LimeSurvey \
                without submitdate) is partial, and the tools' own bookkeeping (IP address, timings, ...) is left \
                out. A column that holds answers the survey has no place for is an error at the header row and \
                stores nothing of the file; --map names its column (the variable being the export's column name).
                """)

        @Argument(help: ArgumentHelp("The survey definition (.xml or .json).", valueName: "SURVEY"))
        var surveyFile: String

        @Argument(
            help: ArgumentHelp(
                "CSV (.csv), JSON Lines (.jsonl, .ndjson), SPSS (.sav, .zsav) files or other tools' CSV exports.",
                valueName: "FILE"))
        var files: [String]

        @Option(
            name: .long,
            help: ArgumentHelp(
                "SPSS files and other tools' exports: a CSV map 'variable,column' naming the survey column of variables "
                    + "whose names differ.",
                valueName: "FILE"))
        var map: String?

        @OptionGroup var storeOptions: StoreOptions

        @Flag(name: .customLong("all-or-nothing"), help: "Store each file only if it has no error (atomically).")
        var allOrNothing = false

        @Flag(name: .long, help: "Print the counts as one JSON document.")
        var json = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one FILE to import") }
            for file in files + (map.map { [$0] } ?? []) where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("no file at \(file)")
            }
        }

        func run() async throws {
            var reports: [ImportFileReport] = []
            var columnMap: ImportColumnMap?
            if let map {
                // Read before the store is opened, so that a bad map changes nothing.
                do {
                    columnMap = try ImportColumnMap.load(path: map)
                } catch {
                    for diagnostic in error.diagnostics {
                        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
                    }
                    throw ExitCode.failure
                }
            }
            do {
                let survey = try SurveyFile.load(surveyFile)
                let store = try await storeOptions.open(
                    storeOptions.path(surveyFile: surveyFile, survey: survey), mustExist: false)
                var importer = ResponseImporter(
                    store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
                importer.columnMap = columnMap
                for file in files {
                    let report = try await importer.importFile(file, allOrNothing: allOrNothing)
                    for diagnostic in report.diagnostics {
                        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
                    }
                    reports.append(report)
                }
            } catch {
                throw CommandFailure.report(error)
            }
            print(json ? ImportPrinter.json(reports) : ImportPrinter.text(reports))
            if reports.contains(where: { !$0.diagnostics.isEmpty }) { throw ExitCode.failure }
        }
    }
}

/// Renders import counts per file and in total.
enum ImportPrinter {
    static func text(_ reports: [ImportFileReport]) -> String {
        var table = TextTable(
            headers: ["file", "read", "stored", "rejected", "skipped"], rightAligned: [false, true, true, true, true])
        for report in reports {
            table.append([
                report.file, String(report.read), String(report.stored), String(report.rejected),
                String(report.skipped),
            ])
        }
        if reports.count > 1 {
            table.append(
                ["total"]
                    + [\ImportFileReport.read, \.stored, \.rejected, \.skipped].map { key in
                        String(reports.reduce(0) { $0 + $1[keyPath: key] })
                    })
        }
        return table.rendered
    }

    static func json(_ reports: [ImportFileReport]) -> String {
        func string(_ text: String) -> String { JSONString.quoted(text) }
        let files = reports.map {
            "{\"file\":\(string($0.file)),\"read\":\($0.read),\"stored\":\($0.stored),\"rejected\":\($0.rejected),"
                + "\"skipped\":\($0.skipped),\"errors\":\($0.diagnostics.count)}"
        }
        return "{\"files\":[" + files.joined(separator: ",") + "]}"
    }
}
