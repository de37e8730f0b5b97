/// Settings of a tidy run.
public struct Options: Sendable, Equatable {
    /// Remove figure markers such as `（如图）` (NS-FIGREF). On by default: the cleaned text is
    /// usually used without its pictures.
    public var removeFigureMarkers: Bool = true

    public init() {}
}
