import Foundation
import SurveyTestSupport
import Testing

@Suite struct PostgresTestServerTests {
    @Test func startsStopsAndRestartsAThrowawayServer() throws {
        let server = try PostgresTestServer()
        #expect(server.port > 0)
        try server.stop()
        try server.start()
        #expect(server.log.contains("ready to accept connections"))
    }
}
