import Foundation
import SurveyStore
import Testing

/// The same backend-neutral checks (`ResponseStoreConformance.checks`) against every backend.
@Suite struct StoreConformanceTests {
    @Test(arguments: StoreBackend.allCases, ResponseStoreConformance.checks)
    func conformance(_ backend: StoreBackend, _ check: ResponseStoreConformance.Check) async throws {
        try await check.run(try await backend.makeStore())
    }
}
