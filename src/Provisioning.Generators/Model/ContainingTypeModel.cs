namespace Provisioning.Generators.Model;

/// <summary>A type that contains a generated partial type: its declaration keyword and name.</summary>
/// <param name="Keyword">"class", "struct", "record", "record struct" or "interface".</param>
/// <param name="Name">The type's name, escaped when it is a keyword.</param>
internal readonly record struct ContainingTypeModel(string Keyword, string Name);
