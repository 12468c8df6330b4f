import Foundation
import SurveyStatistics
import Testing

/// Loads the R `survey` reference figures and data copied into `Reference/` (see Reference/README.md).
enum ReferenceData {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The JSON document `name` as nested dictionaries.
    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The number at a key path such as ["dstrat", "mean_api00", "se", "api00"].
    static func number(_ root: [String: Any], _ keys: String...) -> Double { number(root, path: keys) }

    static func number(_ root: [String: Any], path keys: [String]) -> Double {
        var node: Any = root
        for key in keys { node = (node as! [String: Any])[key]! }
        return (node as! NSNumber).doubleValue
    }

    static func numbers(_ root: [String: Any], _ keys: String...) -> [Double] {
        var node: Any = root
        for key in keys { node = (node as! [String: Any])[key]! }
        return (node as! [NSNumber]).map(\.doubleValue)
    }

    /// `apistrat.csv` as R's `dstrat`: svydesign(id=~1, strata=~stype, weights=~pw, fpc=~fpc).
    static func dstrat() throws -> SurveyEstimator {
        let frame = try SurveyFrame(csvPath: path("apistrat.csv"),
                                    columns: ["stype", "api00", "api99", "enroll", "pw", "fpc", "sch.wide"])
        let design = try SurveyDesign(frame: frame, weight: "pw", strata: "stype", fpc: ["fpc"])
        return SurveyEstimator(frame: frame, design: design)
    }

    /// `apiclus1.csv` as R's `dclus1`: svydesign(id=~dnum, weights=~pw, fpc=~fpc).
    static func dclus1() throws -> SurveyEstimator {
        let frame = try SurveyFrame(csvPath: path("apiclus1.csv"),
                                    columns: ["stype", "api00", "api99", "enroll", "pw", "fpc", "sch.wide", "dnum"])
        let design = try SurveyDesign(frame: frame, weight: "pw", clusters: ["dnum"], fpc: ["fpc"])
        return SurveyEstimator(frame: frame, design: design)
    }
}

/// Expects |actual − expected| ≤ relative·|expected| (or ≤ absolute when given and larger).
func expectRelative(_ actual: Double, _ expected: Double, _ relative: Double, absolute: Double = 0,
                    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let tolerance = max(relative * abs(expected), absolute)
    #expect(abs(actual - expected) <= tolerance,
            "\(label): \(actual) vs R \(expected) (tolerance \(tolerance))", sourceLocation: sourceLocation)
}

/// Estimates to 1e-8 relative, SEs to 1e-6 relative (README of the reference figures).
let estimateTolerance = 1e-8
let seTolerance = 1e-6
