// voc-bench: `swift run -c release voc-bench NAME [options]` prints one JSON document per benchmark run.
import Foundation
//
// Benchmarks: rake, weight-csv, estimate, csv-read, interview. Data are generated from a fixed seed.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    print("usage: voc-bench NAME [--n N] [--seed S]   (NAME: \(BenchmarkRegistry.names.joined(separator: ", ")))")
    exit(2)
}
let options = BenchmarkOptions(arguments: Array(arguments.dropFirst()))
guard let benchmark = BenchmarkRegistry.benchmark(named: name) else {
    print("unknown benchmark '\(name)'; known: \(BenchmarkRegistry.names.joined(separator: ", "))")
    exit(2)
}
do {
    try benchmark(options)
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
