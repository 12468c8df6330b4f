// voc-bench: `swift run -c release voc-bench NAME [--n N] [--seed S] [--repeats R]` prints one JSON document per
// benchmark. Parser benchmarks: parse-xml, parse-json (see ParseBenchmark.swift).
import Foundation
import SurveyParser

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
switch arguments.first {
case "parse-xml", "parse-json":
    ParseBenchmark.run(
        format: arguments[0] == "parse-xml" ? .xml : .json, questions: option("--n").flatMap { Int($0) } ?? 5_000,
        seed: option("--seed").flatMap { UInt64($0) } ?? 20_261_123,
        repeats: option("--repeats").flatMap { Int($0) } ?? 5)
default:
    print("usage: voc-bench NAME [--n N] [--seed S] [--repeats R]   (NAME: parse-xml, parse-json)")
    exit(2)
}
