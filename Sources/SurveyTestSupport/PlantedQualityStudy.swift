import Foundation
import SurveyModel
import SurveyStore

/// A seeded study with planted low-quality responses among honest ones, for the data-quality tests and the
/// `quality` benchmark: two industries rate eight needs (importance 1–5), a satisfaction grid carries an
/// instructed row (`att`: "choose 2"), an NPS with a why probe (English or Chinese), an age with a consistency rule
/// (`age >= 18`), per-question answer times and interview times.
///
/// The truth: needs `n1`, `n2` are common (top-2-box 0.8 in both industries), `n3` matters in retail only, `n4` in
/// finance only, `n6` is just below important everywhere (0.45) and the rest are unimportant. The planted bad
/// responses sit in finance, where straightliners (all 5) and speeders (answering 3 to 5 at random, the
/// acquiescent satisficing of fast respondents) push `n6` over the line.
public enum PlantedQualityStudy {
    public enum Plant: String, Sendable, CaseIterable {
        case speeder, straightliner, duplicate, nearDuplicate, gibberishEnglish, gibberishChinese, attention
        case consistency, sharedContact
    }

    public struct Study: Sendable {
        public var respondents: [Respondent]
        public var responses: [StoredResponse]
        /// Response id → what was planted in it (honest responses are absent).
        public var planted: [String: Plant]
    }

    public static let surveyID = "planted-quality"
    public static let version = SemanticVersion(1, 0, 0)
    public static let needs = (1...8).map { "n\($0)" }
    /// Top-2-box truth per need: (retail, finance).
    static let truth: [(Double, Double)] = [
        (0.8, 0.8), (0.8, 0.8), (0.75, 0.2), (0.2, 0.75), (0.15, 0.15), (0.45, 0.45), (0.2, 0.2), (0.1, 0.1),
    ]

    /// Planted responses per kind (speeders and straightliners: `bad` each).
    public static func generate(seed: UInt64, honestPerIndustry: Int = 300, bad: Int = 90) -> Study {
        var generator = SplitMix64(seed: seed, purpose: "planted-quality")
        var study = Study(respondents: [], responses: [], planted: [:])
        var counter = 0
        func add(_ industry: String, _ plant: Plant?, _ build: (inout Draft, inout SplitMix64) -> Void) {
            counter += 1
            let id = String(format: "r%06d", counter)
            var draft = Draft(id: id, industry: industry, generator: &generator, index: counter)
            build(&draft, &generator)
            study.respondents.append(
                Respondent(id: id, attributes: ["industry": industry, "email": draft.email]))
            study.responses.append(draft.stored)
            if let plant { study.planted[id] = plant }
        }
        for industry in ["retail", "finance"] {
            for _ in 0..<honestPerIndustry { add(industry, nil) { _, _ in } }
        }
        let small = max(4, bad / 4)
        for _ in 0..<bad {
            add("finance", .straightliner) { draft, generator in
                let value = Double(5)
                draft.grid = Dictionary(uniqueKeysWithValues: needs.map { ($0, value) })
                draft.satisfaction = Dictionary(uniqueKeysWithValues: Draft.satisfactionRows.map { ($0, value) })
                _ = generator.next()
            }
            add("finance", .speeder) { draft, generator in
                draft.grid = Dictionary(
                    uniqueKeysWithValues: needs.map { ($0, Double(3 + generator.nextInt(below: 3))) })
                draft.speed = 0.15 + 0.15 * generator.nextUnit()
            }
        }
        for pair in 0..<small {
            // A bot pasting one record twice, and a near copy with one grid answer changed.
            var template: Draft?
            for copy in 0..<3 {
                add("finance", copy == 2 ? .nearDuplicate : .duplicate) { draft, generator in
                    if let template {
                        draft.copyAnswers(from: template)
                        if copy == 2 { draft.grid["n8"] = draft.grid["n8"] == 1 ? 2 : 1 }
                    } else {
                        draft.nps = Double(generator.nextInt(below: 11))
                        template = draft
                    }
                }
            }
            _ = pair
        }
        let english = ["asdfgh jkl", "sdfsdfsdf", "qwerty qwerty", "xxxxxxxx", "1111111", "hjkl hjkl hjkl", "???"]
        let chinese = ["啊啊啊啊啊", "哈哈哈哈哈哈", "。。。。。。", "sdfsdfsdf", "嗯嗯嗯嗯嗯", "111111", "asdasdasd"]
        for index in 0..<small {
            add(index % 2 == 0 ? "retail" : "finance", .gibberishEnglish) { draft, _ in
                draft.language = "en"
                draft.why = english[index % english.count]
            }
            add(index % 2 == 0 ? "finance" : "retail", .gibberishChinese) { draft, _ in
                draft.language = "zh"
                draft.why = chinese[index % chinese.count]
            }
            add("retail", .attention) { draft, generator in
                draft.satisfaction["att"] = Double(3 + generator.nextInt(below: 3))
            }
            add("finance", .consistency) { draft, generator in draft.age = Double(12 + generator.nextInt(below: 5)) }
        }
        for index in 0..<small {
            let email = "shared\(index)@example.org"
            for _ in 0..<2 { add("retail", .sharedContact) { draft, _ in draft.email = email } }
        }
        return study
    }

    /// One response being built: honest answers drawn from the truth, changed by the plant.
    public struct Draft: Sendable {
        static let satisfactionRows = ["r1", "r2", "r3", "r4", "r5", "att"]
        static let englishReasons = [
            "the staff", "the mobile app", "the fees", "the branch opening hours", "the interest rate",
            "the online banking", "the advice I got", "the waiting time", "the card limits", "the security checks",
        ]
        static let englishVerdicts = [
            "were really helpful", "keeps getting better", "feel a bit high to me", "suit my working week",
            "could be more generous", "works well on my phone", "saved me money last year", "was longer than I hoped",
            "are fine for my needs", "make me feel safe",
        ]
        static let chineseReasons = ["工作人员", "手机应用", "手续费", "营业时间", "存款利率", "网上银行", "理财建议", "排队时间"]
        static let chineseVerdicts = [
            "非常热情周到", "越来越好用了", "对我来说有点高", "很适合我的作息", "还可以再提高一些", "在手机上用起来很方便",
            "去年帮我省了不少钱", "比我预想的要长",
        ]

        let id: String
        let industry: String
        var email: String
        var language: String
        var age: Double
        var nps: Double
        var why: String
        var grid: [String: Double]
        var satisfaction: [String: Double]
        /// The response's speed relative to the typical one (1: typical; 0.2: five times as fast).
        var speed = 1.0
        var baseSeconds: Double
        var questionSeconds: [Double]

        init(id: String, industry: String, generator: inout SplitMix64, index: Int) {
            self.id = id
            self.industry = industry
            email = "person\(index)@example.org"
            language = generator.nextUnit() < 0.3 ? "zh" : "en"
            age = Double(18 + generator.nextInt(below: 60))
            nps = Double(generator.nextInt(below: 11))
            let reason = generator.nextInt(below: 10)
            let verdict = generator.nextInt(below: 10)
            if language == "zh" {
                why = "我觉得\(Self.chineseReasons[reason % 8])\(Self.chineseVerdicts[verdict % 8])，第\(index)次来"
            } else {
                why = "I think \(Self.englishReasons[reason]) \(Self.englishVerdicts[verdict]), visit number \(index)"
            }
            if generator.nextUnit() < 0.1 { why = language == "zh" ? "价格" : "price" }
            var grid: [String: Double] = [:]
            for (position, need) in PlantedQualityStudy.needs.enumerated() {
                let top2 = industry == "retail" ? truth[position].0 : truth[position].1
                grid[need] = Self.rating(top2: top2, generator: &generator)
            }
            self.grid = grid
            var satisfaction: [String: Double] = [:]
            for row in Self.satisfactionRows.dropLast() { satisfaction[row] = Double(1 + generator.nextInt(below: 5)) }
            satisfaction["att"] = 2
            self.satisfaction = satisfaction
            baseSeconds = 300 * exp(0.25 * (generator.nextUnit() - 0.5) * 2)
            questionSeconds = (0..<6).map { _ in 8 + 30 * generator.nextUnit() }
        }

        /// A 1–5 rating whose chance of 4 or 5 is `top2`.
        static func rating(top2: Double, generator: inout SplitMix64) -> Double {
            if generator.nextUnit() < top2 { return generator.nextUnit() < 0.5 ? 4 : 5 }
            return Double(1 + generator.nextInt(below: 3))
        }

        mutating func copyAnswers(from other: Draft) {
            age = other.age
            nps = other.nps
            grid = other.grid
            satisfaction = other.satisfaction
        }

        var stored: StoredResponse {
            let start = Date(timeIntervalSince1970: 1_790_000_000 + (Double(id.dropFirst()) ?? 0))
            let answers: [String: AnswerValue] = [
                "age": .number(age), "nps": .number(nps), "imp": .grid(grid), "sat": .grid(satisfaction),
            ]
            let order = ["age", "nps", "imp", "sat"]
            var records: [StoredAnswer] = []
            var elapsed = 0.0
            for (position, question) in order.enumerated() {
                let seconds = questionSeconds[position] * speed
                elapsed += seconds
                records.append(
                    StoredAnswer(
                        record: AnswerRecord(
                            questionID: question, value: answers[question]!,
                            answeredAt: start.addingTimeInterval(elapsed),
                            paradata: AnswerParadata(milliseconds: Int(seconds * 1000)))))
            }
            let completed = start.addingTimeInterval(baseSeconds * speed)
            let ladder = [LadderStep(probeID: "why_nps", questionID: "nps", depth: 1, text: why)]
            return StoredResponse(
                response: Response(
                    id: id, respondentID: id, surveyID: PlantedQualityStudy.surveyID,
                    surveyVersion: PlantedQualityStudy.version, status: .complete, disposition: .complete,
                    startedAt: start, updatedAt: completed, seed: 1, answers: answers, ladder: ladder),
                interviewer: nil, mode: "web", language: language, completedAt: completed,
                answerRecords: records.sorted { $0.record.questionID < $1.record.questionID })
        }
    }
}
