/// A rectangle of the screen and what it shows.
public struct HitRegion: Hashable, Sendable {
    /// Where.
    public let rect: Rect
    /// What.
    public let target: HitTarget
}
