import Foundation
import SurveyParser

/// A seeded XLSForm of any size for benchmarks and tests: groups of 20 questions (single and multiple choice from
/// ten shared lists, integers with a constraint, text), each question after the first of a group shown when the
/// one before it was answered a certain way, labels in English and French.
public enum GeneratedXLSForm {
    /// The `survey`, `choices` and `settings` sheets of a form of `questions` questions drawn from `seed`.
    public static func sheets(questions: Int, seed: UInt64) -> [XLSXWriter.Sheet] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var survey: [[String]] = [
            ["type", "name", "label::English (en)", "label::Français (fr)", "relevant", "constraint", "required"]
        ]
        var previous: (name: String, type: Int)?
        for index in 0..<questions {
            if index % 20 == 0 {
                if index > 0 { survey.append(["end group"]) }
                survey.append(["begin group", "g\(index / 20)", "Part \(index / 20 + 1)", "Partie \(index / 20 + 1)"])
                previous = nil
            }
            let name = "q\(index)"
            let type = next(4)
            let list = "list\(next(10))"
            let typeText = ["select_one \(list)", "select_multiple \(list)", "integer", "text"][type]
            var relevant = ""
            if let previous {
                switch previous.type {
                case 0: relevant = "${\(previous.name)} = 'c\(next(5))'"
                case 1: relevant = "selected(${\(previous.name)}, 'c\(next(5))')"
                case 2: relevant = "${\(previous.name)} > \(next(50))"
                default: relevant = "${\(previous.name)} != ''"
                }
            }
            survey.append([
                typeText, name, "Question \(index + 1)", "Question \(index + 1) (fr)", relevant,
                type == 2 ? ". >= 0 and . <= 120" : "", next(2) == 0 ? "yes" : "",
            ])
            previous = (name, type)
        }
        if questions > 0 { survey.append(["end group"]) }
        var choices: [[String]] = [["list_name", "name", "label::English (en)", "label::Français (fr)"]]
        for list in 0..<10 {
            for choice in 0..<5 {
                choices.append(["list\(list)", "c\(choice)", "Option \(choice + 1)", "Option \(choice + 1) (fr)"])
            }
        }
        let settings = [
            ["form_id", "form_title", "default_language"], ["generated", "Generated form", "English (en)"],
        ]
        return [
            XLSXWriter.Sheet(name: "survey", rows: survey), XLSXWriter.Sheet(name: "choices", rows: choices),
            XLSXWriter.Sheet(name: "settings", rows: settings),
        ]
    }
}
