using Provisioning.Collections;

namespace Provisioning.Generators.Model;

/// <summary>Where a partial type is declared and how to name it from generated code.</summary>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">The types it is nested in, outermost first.</param>
/// <param name="Keyword">Its declaration keyword ("class", "record").</param>
/// <param name="Name">Its name, escaped when it is a keyword.</param>
/// <param name="FullyQualifiedName">Its name as generated code writes it: <c>global::Ns.Outer.Sma</c>.</param>
/// <param name="FlatName">Its containing types' and its own names joined ("OuterSma"), for generated type names.</param>
/// <param name="HintName">A unique, stable file name stem: "Ns.Sma", "Ns.Outer+Sma" for a nested type.</param>
/// <param name="IsPublic">True when it and every containing type are public.</param>
internal sealed record TypeDeclarationModel(
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName,
    string FlatName,
    string HintName,
    bool IsPublic);
