using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Provisioning.Generators.Model;

/// <summary>
/// The one partial class that receives every generated <c>Add…Async</c> of an assembly, read from the
/// <c>ProvisioningSessionExtensionsClass</c> build property ("Namespace.ClassName").
/// </summary>
/// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
/// <param name="Name">The class's name.</param>
internal sealed record ExtensionsHost(string Namespace, string Name)
{
    public const string BuildProperty = "build_property.ProvisioningSessionExtensionsClass";

    /// <summary>The host a property value names, or null when it is empty or not a dotted C# name.</summary>
    public static ExtensionsHost? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Trim().Split('.');
        if (parts.Any(part => !SyntaxFacts.IsValidIdentifier(part)))
        {
            return null;
        }

        return new ExtensionsHost(string.Join(".", parts.Take(parts.Length - 1)), parts[parts.Length - 1]);
    }
}
