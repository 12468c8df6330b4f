import Foundation
public import SurveyModel

/// A focus-group session run with a discussion guide.
public struct FocusSession: Sendable, Hashable, Codable {
    public var id: String
    /// The guide (a survey of kind focus-group) and the version used.
    public var guideID: String
    public var guideVersion: SemanticVersion
    public var title: String
    public var createdAt: Date
    /// The section in progress (nil before the start and after the end).
    public var currentSectionID: String?
    /// When the current section started.
    public var sectionStartedAt: Date?
    public var ended: Bool

    public init(
        id: String, guideID: String, guideVersion: SemanticVersion, title: String, createdAt: Date,
        currentSectionID: String? = nil, sectionStartedAt: Date? = nil, ended: Bool = false
    ) {
        self.id = id
        self.guideID = guideID
        self.guideVersion = guideVersion
        self.title = title
        self.createdAt = createdAt
        self.currentSectionID = currentSectionID
        self.sectionStartedAt = sectionStartedAt
        self.ended = ended
    }
}
