namespace Provisioning.Generators.Model;

/// <summary>One entry of an assembly's indicator registration: the name (for ordering) and the type.</summary>
/// <param name="Name">The declared name.</param>
/// <param name="FullyQualifiedType">The indicator type as generated code writes it.</param>
internal readonly record struct IndicatorRegistrationModel(string Name, string FullyQualifiedType);
