import Foundation

/// Locates the model files shipped in `Models/Default` (the resource bundle of this target).
public enum ShippedModels {
    /// The folder holding the shipped default model and its model card.
    public static var defaultFolder: URL? { Bundle.module.url(forResource: "Default", withExtension: nil) }
    /// `Models/Default/default.mtmodel`.
    public static var defaultModelURL: URL? { defaultFolder?.appendingPathComponent("default.mtmodel") }
}
