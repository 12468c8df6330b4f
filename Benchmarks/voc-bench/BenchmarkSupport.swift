import Foundation
import SurveyParser

/// Command-line options shared by the benchmarks.
struct BenchmarkOptions {
    /// Sizes to run (`--n 1000000`, repeatable); each benchmark has defaults.
    var sizes: [Int] = []
    var seed: UInt64 = 20_261_123
    /// Repetitions of the timed part (the minimum is reported).
    var repeats = 3
    /// Permutations of permutation tests (`--permutations P`).
    var permutations = 10

    init(arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--n": if let n = Double(value) { sizes.append(Int(n)) }
            case "--seed": seed = UInt64(value) ?? seed
            case "--repeats": repeats = max(1, Int(value) ?? repeats)
            case "--permutations": permutations = max(0, Int(value) ?? permutations)
            default: break
            }
            index += 2
        }
    }
}

/// Benchmarks by name.
enum BenchmarkRegistry {
    static let all: [(String, @Sendable (BenchmarkOptions) throws -> Void)] = [
        ("rake", RakeBenchmark.run),
        ("calibration", CalibrationBenchmark.run),
        ("replicates", ReplicateBenchmark.run),
        ("weight-csv", WeightCSVBenchmark.run),
        ("estimate", EstimateBenchmark.run),
        ("raked-estimate", RakedEstimateBenchmark.run),
        ("csv-read", CSVReadBenchmark.run),
        ("export", ExportBenchmark.run),
        ("import-csv", ImportCSVBenchmark.run),
        ("import-sav", ImportSAVBenchmark.run),
        ("interview", InterviewBenchmark.run),
        ("parse-xml", { ParseBenchmark.run(format: .xml, options: $0) }),
        ("parse-json", { ParseBenchmark.run(format: .json, options: $0) }),
        ("needs", NeedsBenchmark.run),
        ("store-compare", StoreCompareBenchmark.run),
        ("qualitative", QualitativeBenchmark.run),
        ("quality", QualityBenchmark.run),
        ("web", WebBenchmark.run),
        ("convert-xlsform", ConvertXLSFormBenchmark.run),
    ]
    static var names: [String] { all.map(\.0) }

    static func benchmark(named name: String) -> ((BenchmarkOptions) throws -> Void)? {
        all.first { $0.0 == name }?.1
    }
}

/// Seconds from a monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// CPU seconds (user + system) used by this process so far; with `now()` it separates the cost of the code from
/// waiting for a core on a busy machine.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6 + Double(usage.ru_stime.tv_sec)
        + Double(usage.ru_stime.tv_usec) * 1e-6
}

/// The 1-minute load average (to judge wall-clock figures on a shared machine).
func loadAverage() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return .nan }
    return Double(text.split(separator: " ").first ?? "") ?? .nan
}

/// Runs `body` `repeats` times and returns the fastest time in seconds and the last result.
func timed<T>(repeats: Int, _ body: () throws -> T) rethrows -> (seconds: Double, cpu: Double, result: T) {
    var best = Double.infinity
    var bestCPU = Double.infinity
    var result: T? = nil
    for _ in 0..<repeats {
        let start = now()
        let startCPU = cpuSeconds()
        result = try body()
        best = min(best, now() - start)
        bestCPU = min(bestCPU, cpuSeconds() - startCPU)
    }
    return (best, bestCPU, result!)
}

/// Peak resident set size (VmHWM) in bytes of this process, or of process `pid`, from /proc/PID/status; 0 if
/// unavailable (e.g. the process has exited).
func peakResidentBytes(pid: pid_t? = nil) -> Int {
    let path = "/proc/" + (pid.map { String($0) } ?? "self") + "/status"
    guard let status = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return digits * 1024
    }
    return 0
}

/// Prints one JSON object with keys in the given order (numbers, strings, booleans; NaN as null).
func printJSON(_ members: [(String, Any)]) {
    let body = members.map { key, value -> String in
        let text: String
        switch value {
        case let number as Double: text = number.isFinite ? String(number) : "null"
        case let number as Int: text = String(number)
        case let flag as Bool: text = flag ? "true" : "false"
        case let string as String: text = "\"" + string + "\""
        default: text = "\"\(value)\""
        }
        return "\"\(key)\":\(text)"
    }
    print("{" + body.joined(separator: ",") + "}")
}

/// SplitMix64: a small, fast, seedable generator for synthetic data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// An index drawn with the given cumulative probabilities (last = 1).
    mutating func draw(_ cumulative: [Double]) -> Int32 {
        let u = uniform()
        var index = 0
        while index < cumulative.count - 1 && u >= cumulative[index] { index += 1 }
        return Int32(index)
    }
}
