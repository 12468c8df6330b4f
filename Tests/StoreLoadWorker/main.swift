import Foundation
import SurveyStore
import SurveyTestSupport

// voc-store-load STORE INTERVIEWER TARGET: one scripted interviewer process (StoreLoadScript) working the queue
// of STORE until it is empty; prints "completed N quota-full M outages K" and exits 0, or the error and exits 1.
let arguments = CommandLine.arguments
guard arguments.count == 4, let target = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: voc-store-load STORE INTERVIEWER TARGET\n".utf8))
    exit(2)
}
do {
    let store = try await StoreOpener.open(arguments[1], timeout: 30)
    let tally = try await StoreLoadScript.interview(store, interviewer: arguments[2], target: target)
    print("completed \(tally.completed) quota-full \(tally.quotaFull) outages \(tally.outages)")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
